// One course with everything about it: its texts, questions, CE hours, the courses it requires and how many sessions it has.
import { eq, getTableColumns, or, sql } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";

export type CourseDetail = Omit<typeof schema.course.$inferSelect, "searchVector"> & {
  prerequisites: Array<{ id: string; slug: string; titleEn: string; titleEs: string }>;
  sessionCount: number;
  /** Published sessions that have not ended by `now`. */
  upcomingSessions: number;
};

/** By id, by slug, or by either (`key`); an archived course is found only when `includeArchived` (admins editing it). */
export async function readCourse(
  db: Executor,
  input: { id?: string; slug?: string; key?: string; includeArchived: boolean; now: Date },
): Promise<CourseDetail> {
  const c = schema.course;
  const where =
    input.key !== undefined
      ? or(eq(c.id, input.key), eq(c.slug, input.key))
      : input.id !== undefined
        ? eq(c.id, input.id)
        : eq(c.slug, input.slug ?? "");
  const { searchVector: _searchVector, ...columns } = getTableColumns(c);
  const [course] = await db.select(columns).from(c).where(where);
  if (!course || (course.archivedAt && !input.includeArchived))
    throw new AppError("not_found", { detail: "No such course" });
  const prerequisites = await db
    .select({ id: c.id, slug: c.slug, titleEn: c.titleEn, titleEs: c.titleEs })
    .from(schema.coursePrerequisite)
    .innerJoin(c, eq(c.id, schema.coursePrerequisite.requiredCourseId))
    .where(eq(schema.coursePrerequisite.courseId, course.id))
    .orderBy(c.titleEn);
  const s = schema.trainingSession;
  const [sessions] = await db
    .select({
      total: sql<number>`count(*)`.mapWith(Number),
      upcoming:
        sql<number>`count(*) filter (where ${s.status} = 'published' and ${s.endsAt} >= ${input.now.toISOString()}::timestamptz)`.mapWith(
          Number,
        ),
    })
    .from(s)
    .where(eq(s.courseId, course.id));
  return { ...course, prerequisites, sessionCount: sessions?.total ?? 0, upcomingSessions: sessions?.upcoming ?? 0 };
}
