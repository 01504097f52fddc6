// A course's prerequisites inside the create and update use cases: they must be real courses and never loop back.
import { eq, inArray } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { prerequisiteCycle } from "#core/prerequisite-graph.ts";
import { invalid, problem } from "#features/validation/parse-input.ts";

/** Throws AppError("invalid") on `prerequisiteIds` when one is unknown, is the course itself, or would close a loop. */
export async function checkPrerequisiteIds(
  tx: Executor,
  courseId: string | null,
  prerequisiteIds: readonly string[],
): Promise<void> {
  if (prerequisiteIds.length === 0) return;
  if (courseId && prerequisiteIds.includes(courseId))
    throw invalid([{ path: "prerequisiteIds", message: problem("courses.errors.prerequisiteSelf") }]);
  const found = await tx
    .select({ id: schema.course.id })
    .from(schema.course)
    .where(inArray(schema.course.id, [...prerequisiteIds]));
  if (found.length !== prerequisiteIds.length)
    throw invalid([{ path: "prerequisiteIds", message: problem("courses.errors.prerequisiteUnknown") }]);
  if (!courseId) return;
  // The whole graph is small (a hub has tens of courses), so one read answers it.
  const edges = await tx
    .select({
      courseId: schema.coursePrerequisite.courseId,
      requiredCourseId: schema.coursePrerequisite.requiredCourseId,
    })
    .from(schema.coursePrerequisite);
  if (prerequisiteCycle(edges, courseId, prerequisiteIds))
    throw invalid([{ path: "prerequisiteIds", message: problem("courses.errors.prerequisiteLoop") }]);
}

export async function replacePrerequisites(
  tx: Executor,
  courseId: string,
  prerequisiteIds: readonly string[],
): Promise<void> {
  await tx.delete(schema.coursePrerequisite).where(eq(schema.coursePrerequisite.courseId, courseId));
  if (prerequisiteIds.length)
    await tx
      .insert(schema.coursePrerequisite)
      .values(prerequisiteIds.map((requiredCourseId) => ({ courseId, requiredCourseId })));
}
