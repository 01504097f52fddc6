// What the session form offers to choose from: courses that take new sessions, people who hold the trainer role, partners.
import { asc, eq, isNull } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";

export type SessionChoices = {
  courses: Array<{ id: string; titleEn: string; titleEs: string; form: string }>;
  trainers: Array<{ id: string; name: string; email: string }>;
  organizations: Array<{ id: string; name: string }>;
};

export async function listSessionChoices(db: Executor): Promise<SessionChoices> {
  const courses = await db
    .select({
      id: schema.course.id,
      titleEn: schema.course.titleEn,
      titleEs: schema.course.titleEs,
      form: schema.course.form,
    })
    .from(schema.course)
    .where(isNull(schema.course.archivedAt))
    .orderBy(asc(schema.course.titleEn));
  const trainers = await db
    .selectDistinct({ id: schema.user.id, name: schema.user.name, email: schema.user.email })
    .from(schema.roleGrant)
    .innerJoin(schema.user, eq(schema.user.id, schema.roleGrant.userId))
    .where(eq(schema.roleGrant.role, "trainer"))
    .orderBy(asc(schema.user.name), asc(schema.user.email));
  const organizations = await db
    .select({ id: schema.organization.id, name: schema.organization.name })
    .from(schema.organization)
    .orderBy(asc(schema.organization.name));
  return { courses, trainers, organizations };
}
