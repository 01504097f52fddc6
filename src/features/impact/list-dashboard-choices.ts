// What the dashboard's filters offer: courses, partner organizations and the people who have trained a session.
import { asc, eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";

export async function listDashboardChoices(db: Executor) {
  const [courses, organizations, trainers] = await Promise.all([
    db
      .select({ id: schema.course.id, titleEn: schema.course.titleEn, titleEs: schema.course.titleEs })
      .from(schema.course)
      .orderBy(asc(schema.course.titleEn)),
    db
      .select({ id: schema.organization.id, name: schema.organization.name })
      .from(schema.organization)
      .orderBy(asc(schema.organization.name)),
    db
      .selectDistinct({ id: schema.user.id, name: schema.user.name })
      .from(schema.sessionTrainer)
      .innerJoin(schema.user, eq(schema.user.id, schema.sessionTrainer.userId))
      .orderBy(asc(schema.user.name)),
  ]);
  return { courses, organizations, trainers };
}
