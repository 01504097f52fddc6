// A person's "prerequisites done elsewhere" page: the courses other trainings ask for, which of them count as done, and
// the completions they declared with where each stands.
import { asc, eq, isNull } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { Localized } from "#i18n/localized.ts";
import type { CrossHubQueueReason } from "#core/cross-hub-prerequisite.ts";
import { completedCourses } from "./completed-courses.ts";
import { listMyOutsideCompletions } from "./outside-completions.ts";

export type MyPrerequisites = {
  /** Courses that some training asks for first; `done` when the person completed it here or had one approved. */
  courses: { id: string; title: Localized; done: boolean }[];
  declarations: {
    id: string;
    courseTitle: Localized;
    provider: string;
    completedOn: string;
    status: "pending" | "approved" | "declined";
    /** A credential that did not count by itself: why the hub team looks at it. */
    queueReason: CrossHubQueueReason | null;
  }[];
};

export async function readMyPrerequisites(db: Executor, userId: string): Promise<MyPrerequisites> {
  const required = await db
    .selectDistinct({ id: schema.course.id, titleEn: schema.course.titleEn, titleEs: schema.course.titleEs })
    .from(schema.coursePrerequisite)
    .innerJoin(schema.course, eq(schema.course.id, schema.coursePrerequisite.requiredCourseId))
    .where(isNull(schema.course.archivedAt))
    .orderBy(asc(schema.course.titleEn));
  const [done, declarations] = await Promise.all([
    completedCourses(
      db,
      userId,
      required.map((c) => c.id),
    ),
    listMyOutsideCompletions(db, userId),
  ]);
  return {
    courses: required.map((c) => ({ id: c.id, title: { en: c.titleEn, es: c.titleEs }, done: done.has(c.id) })),
    declarations: declarations.map((d) => ({
      id: d.id,
      courseTitle: { en: d.courseTitleEn, es: d.courseTitleEs },
      provider: d.provider,
      completedOn: String(d.completedOn),
      status: d.status,
      queueReason: d.queueReason,
    })),
  };
}
