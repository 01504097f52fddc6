// The demo hub's in-house training waiting for review: Luis, the coast partner's organizational trainer, reports a
// two-day Overview he ran for its staff last month — written through the same use case a trainer's form calls.
import { and, eq } from "drizzle-orm";
import { schema, type Database } from "#db/client.ts";
import { addDaysToDate, utcToZoned } from "#core/local-time.ts";
import { saveInhouseReport } from "#features/inhouse/save-inhouse-report.ts";
import { DEMO_COURSE_SLUGS } from "./seed-catalog.ts";
import { DEMO_SECOND_ORGANIZATION } from "./seed-partners.ts";

export async function seedDemoInhouseTraining(db: Database, now: Date): Promise<void> {
  const [luis] = await db
    .select({ id: schema.user.id, email: schema.user.email, name: schema.user.name })
    .from(schema.user)
    .where(eq(schema.user.email, "luis@example.org"));
  const [coast] = await db
    .select({ id: schema.organization.id })
    .from(schema.organization)
    .where(eq(schema.organization.slug, DEMO_SECOND_ORGANIZATION.slug));
  const [course] = await db
    .select({ id: schema.course.id })
    .from(schema.course)
    .where(eq(schema.course.slug, DEMO_COURSE_SLUGS.overview));
  if (!luis || !coast || !course) return;
  const [already] = await db
    .select({ id: schema.inhouseTrainingReport.id })
    .from(schema.inhouseTrainingReport)
    .where(and(eq(schema.inhouseTrainingReport.reporterId, luis.id)));
  if (already) return;
  const timeZone = "America/Los_Angeles";
  const firstDay = addDaysToDate(utcToZoned(now, timeZone).date, -30);
  const meetings = [0, 1].map((day) => ({ date: addDaysToDate(firstDay, day), startTime: "09:00", endTime: "12:00" }));
  await saveInhouseReport(
    { db, now: () => now },
    {
      viewer: {
        userId: luis.id,
        email: luis.email,
        name: luis.name,
        emailVerified: true,
        roles: [{ role: "trainer", organizationId: null }],
      },
      submit: true,
      input: {
        organizationId: coast.id,
        courseId: course.id,
        timeZone,
        format: "in_person",
        language: "es",
        meetings,
        attendees: [
          { name: "Marisol Vega", email: "marisol.vega@example.org", minutes: [180, 180] },
          { name: "Teo Lindqvist", email: "teo.lindqvist@example.org", minutes: [180, 175] },
          { name: "Jun Park", email: "jun.park@example.org", minutes: [180, 60] },
        ],
        evaluation: {
          respondents: 3,
          summary:
            "Las tres personas dijeron que las cuatro tareas les ayudan en el centro de día; pidieron más práctica de conversaciones difíciles.",
        },
      },
    },
    { userId: luis.id, label: "demo seed" },
  );
}
