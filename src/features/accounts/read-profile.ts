// What a person sees and edits on their account page: names, pronouns, language and time zone.
import { eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";

export async function readProfile(db: Executor, userId: string) {
  const [person] = await db
    .select({
      id: schema.user.id,
      name: schema.user.name,
      email: schema.user.email,
      emailVerified: schema.user.emailVerified,
      legalName: schema.user.legalName,
      pronouns: schema.user.pronouns,
      locale: schema.user.locale,
      timeZone: schema.user.timeZone,
      createdAt: schema.user.createdAt,
    })
    .from(schema.user)
    .where(eq(schema.user.id, userId));
  if (!person) throw new AppError("not_found", { detail: "No such person" });
  return person;
}
