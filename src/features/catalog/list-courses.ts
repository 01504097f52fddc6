// Courses with their prerequisites and how many sessions each has: the admin list (archived too) and the public one.
import { asc, isNull, sql } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { courseForms } from "#core/catalog.ts";

export type CourseListing = Omit<
  typeof schema.course.$inferSelect,
  "searchVector" | "completionRules" | "descriptionEn" | "descriptionEs"
> & {
  prerequisiteIds: string[];
  /** Published sessions that have not ended yet, and every session of any status. */
  sessions: { upcoming: number; total: number };
};

/** Three queries whatever the number of courses: the courses, their prerequisites, and session counts grouped by course. */
export async function listCourses(
  db: Executor,
  options: { includeArchived: boolean; now: Date },
): Promise<CourseListing[]> {
  const c = schema.course;
  const rows = await db
    .select({
      id: c.id,
      slug: c.slug,
      form: c.form,
      titleEn: c.titleEn,
      titleEs: c.titleEs,
      summaryEn: c.summaryEn,
      summaryEs: c.summaryEs,
      audienceEn: c.audienceEn,
      audienceEs: c.audienceEs,
      imageUrl: c.imageUrl,
      contactMinutes: c.contactMinutes,
      requiresApproval: c.requiresApproval,
      prerequisiteMode: c.prerequisiteMode,
      ceCategories: c.ceCategories,
      questions: c.questions,
      validForMonths: c.validForMonths,
      archivedAt: c.archivedAt,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    })
    .from(c)
    .where(options.includeArchived ? undefined : isNull(c.archivedAt))
    .orderBy(asc(c.titleEn));
  const prerequisites = await db.select().from(schema.coursePrerequisite);
  const s = schema.trainingSession;
  const counts = await db
    .select({
      courseId: s.courseId,
      total: sql<number>`count(*)`.mapWith(Number),
      upcoming:
        sql<number>`count(*) filter (where ${s.status} = 'published' and ${s.endsAt} >= ${options.now.toISOString()}::timestamptz)`.mapWith(
          Number,
        ),
    })
    .from(s)
    .groupBy(s.courseId);
  const countsByCourse = new Map(counts.map((row) => [row.courseId, { upcoming: row.upcoming, total: row.total }]));
  const formOrder = (form: string) => courseForms.indexOf(form as (typeof courseForms)[number]);
  return rows
    .map((row) => ({
      ...row,
      prerequisiteIds: prerequisites.filter((p) => p.courseId === row.id).map((p) => p.requiredCourseId),
      sessions: countsByCourse.get(row.id) ?? { upcoming: 0, total: 0 },
    }))
    .sort(
      (a, b) =>
        Number(Boolean(a.archivedAt)) - Number(Boolean(b.archivedAt)) ||
        formOrder(a.form) - formOrder(b.form) ||
        a.titleEn.localeCompare(b.titleEn),
    );
}
