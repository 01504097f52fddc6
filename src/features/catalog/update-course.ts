// Edits a course: texts, hours, prerequisites (never a loop), questions and CE hours. Admins only; the changed fields are audited.
import { and, eq, ne } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { sameValue } from "#core/same-value.ts";
import type { Viewer } from "#core/access.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { invalid, problem } from "#features/validation/parse-input.ts";
import { checkCourseInput, type CourseFields, type CourseInput } from "./course-input.ts";
import { checkPrerequisiteIds, replacePrerequisites } from "./course-prerequisites.ts";

export async function updateCourse(
  db: Executor,
  input: { viewer: Viewer | null; courseId: string; course: CourseInput },
  actor: AuditActor,
): Promise<{ changed: string[] }> {
  requireAdmin(input.viewer);
  const { fields, prerequisiteIds } = checkCourseInput(input.course);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(schema.course).where(eq(schema.course.id, input.courseId)).for("update");
    if (!current) throw new AppError("not_found", { detail: "No such course" });
    const [taken] = await tx
      .select({ id: schema.course.id })
      .from(schema.course)
      .where(and(eq(schema.course.slug, fields.slug), ne(schema.course.id, current.id)));
    if (taken) throw invalid([{ path: "slug", message: problem("courses.errors.slugTaken") }]);
    await checkPrerequisiteIds(tx, current.id, prerequisiteIds);

    const before = await tx
      .select({ id: schema.coursePrerequisite.requiredCourseId })
      .from(schema.coursePrerequisite)
      .where(eq(schema.coursePrerequisite.courseId, current.id));
    const changed: string[] = (Object.keys(fields) as Array<keyof CourseFields>).filter(
      (field) => !sameValue(current[field], fields[field]),
    );
    const prerequisitesChanged = !sameValue(before.map((row) => row.id).sort(), [...prerequisiteIds].sort());
    if (prerequisitesChanged) changed.push("prerequisites");
    if (changed.length === 0) return { changed };

    await tx.update(schema.course).set(fields).where(eq(schema.course.id, current.id));
    if (prerequisitesChanged) await replacePrerequisites(tx, current.id, prerequisiteIds);
    await recordAudit(tx, actor, {
      action: "course.update",
      targetType: "course",
      targetId: current.id,
      // Names of what changed, and the small facts; long texts and questions are not copied into the log.
      summary: {
        changed,
        ...(changed.includes("slug") ? { slug: fields.slug } : {}),
        ...(changed.includes("contactMinutes") ? { contactMinutes: fields.contactMinutes } : {}),
        ...(prerequisitesChanged ? { prerequisiteIds } : {}),
      },
    });
    return { changed };
  });
}
