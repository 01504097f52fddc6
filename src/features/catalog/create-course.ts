// Adds a course (a form of IPS training) with its texts, hours, prerequisites, questions and CE hours. Admins only, audited.
import { eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { invalid, problem } from "#features/validation/parse-input.ts";
import { checkCourseInput, type CourseInput } from "./course-input.ts";
import { checkPrerequisiteIds, replacePrerequisites } from "./course-prerequisites.ts";

export async function createCourse(
  db: Executor,
  input: { viewer: Viewer | null; course: CourseInput },
  actor: AuditActor,
): Promise<{ id: string; slug: string }> {
  requireAdmin(input.viewer);
  const { fields, prerequisiteIds } = checkCourseInput(input.course);
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: schema.course.id })
      .from(schema.course)
      .where(eq(schema.course.slug, fields.slug));
    if (taken) throw invalid([{ path: "slug", message: problem("courses.errors.slugTaken") }]);
    await checkPrerequisiteIds(tx, null, prerequisiteIds);
    const [row] = await tx
      .insert(schema.course)
      .values(fields)
      .onConflictDoNothing()
      .returning({ id: schema.course.id, slug: schema.course.slug });
    // Two admins choosing the same address at once: the unique index decides.
    if (!row) throw invalid([{ path: "slug", message: problem("courses.errors.slugTaken") }]);
    await replacePrerequisites(tx, row.id, prerequisiteIds);
    await recordAudit(tx, actor, {
      action: "course.create",
      targetType: "course",
      targetId: row.id,
      summary: { slug: fields.slug, title: fields.titleEn, form: fields.form, contactMinutes: fields.contactMinutes },
    });
    return row;
  });
}
