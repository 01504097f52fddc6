// One person as an admin sees them: contact details, language, when they joined, and their roles.
import { eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { grantsOf } from "./role-grants.ts";

export async function findPerson(db: Executor, userId: string) {
  const [person] = await db
    .select({
      id: schema.user.id,
      name: schema.user.name,
      email: schema.user.email,
      emailVerified: schema.user.emailVerified,
      pronouns: schema.user.pronouns,
      locale: schema.user.locale,
      timeZone: schema.user.timeZone,
      createdAt: schema.user.createdAt,
    })
    .from(schema.user)
    .where(eq(schema.user.id, userId));
  if (!person) throw new AppError("not_found", "No such person");
  const grants = await grantsOf(db, [person.id]);
  return { ...person, roles: grants.get(person.id) ?? [] };
}
