// What a reader can filter evaluation results by: the courses and sessions in their reach (an admin: all that have
// started; a trainer: the sessions they teach), newest first.
import { and, desc, eq, lt, sql } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { isHubAdmin, type Viewer } from "#core/access.ts";

export type ResultChoices = {
  courses: { id: string; titleEn: string; titleEs: string }[];
  sessions: { id: string; courseId: string; titleEn: string; titleEs: string; startsAt: Date; timeZone: string }[];
};

const LIMIT = 300;

export async function listResultChoices(db: Executor, viewer: Viewer, now: Date): Promise<ResultChoices> {
  const s = schema.trainingSession;
  const c = schema.course;
  const sessions = await db
    .select({
      id: s.id,
      courseId: s.courseId,
      titleEn: c.titleEn,
      titleEs: c.titleEs,
      startsAt: s.startsAt,
      timeZone: s.timeZone,
    })
    .from(s)
    .innerJoin(c, eq(c.id, s.courseId))
    .where(
      and(
        lt(s.startsAt, now),
        isHubAdmin(viewer)
          ? undefined
          : sql`${s.id} in (select session_id from session_trainer where user_id = ${viewer.userId})`,
      ),
    )
    .orderBy(desc(s.startsAt))
    .limit(LIMIT);
  const courses = new Map<string, ResultChoices["courses"][number]>();
  for (const session of sessions)
    if (!courses.has(session.courseId))
      courses.set(session.courseId, { id: session.courseId, titleEn: session.titleEn, titleEs: session.titleEs });
  return {
    courses: [...courses.values()].sort((a, b) => a.titleEn.localeCompare(b.titleEn)),
    sessions,
  };
}
