// The lengths of the forms of training this hub offers, from its courses and their upcoming sessions, for "Learn IPS".
import { and, eq, gte, isNull, sql } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { lengthsByForm, type CourseLengthFacts } from "#core/training-lengths.ts";

/**
 * One query: every course still offered with each of its published sessions that has not started, and the number of
 * distinct days (in the session's own zone) its meetings fall on.
 */
export async function waysToLearn(db: Executor, now: Date) {
  const c = schema.course;
  const s = schema.trainingSession;
  const m = schema.sessionMeeting;
  const rows = await db
    .select({
      courseId: c.id,
      form: c.form,
      contactMinutes: c.contactMinutes,
      sessionId: s.id,
      days: sql<number>`count(distinct (${m.startsAt} at time zone ${s.timeZone})::date)`.mapWith(Number),
    })
    .from(c)
    .leftJoin(s, and(eq(s.courseId, c.id), eq(s.status, "published"), gte(s.startsAt, now)))
    .leftJoin(m, eq(m.sessionId, s.id))
    .where(isNull(c.archivedAt))
    .groupBy(c.id, s.id);
  const courses = new Map<string, CourseLengthFacts & { upcomingSessionDays: number[] }>();
  for (const row of rows) {
    const course = courses.get(row.courseId) ?? {
      form: row.form,
      contactMinutes: row.contactMinutes,
      upcomingSessionDays: [],
    };
    if (row.sessionId) course.upcomingSessionDays.push(row.days);
    courses.set(row.courseId, course);
  }
  return lengthsByForm([...courses.values()]);
}
