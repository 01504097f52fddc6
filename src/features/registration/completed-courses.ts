// The courses a person has completed, for prerequisite checks: here (a trainer signed them off as completed) or
// elsewhere (declared with evidence and approved by an admin).
import { and, eq, inArray } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";

/** Of `courseIds`, those the person has completed. Two indexed queries, whatever the number of courses. */
export async function completedCourses(
  db: Executor,
  userId: string,
  courseIds: readonly string[],
): Promise<Set<string>> {
  if (courseIds.length === 0) return new Set();
  const here = await db
    .select({ courseId: schema.trainingSession.courseId })
    .from(schema.completion)
    .innerJoin(schema.registration, eq(schema.registration.id, schema.completion.registrationId))
    .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.registration.sessionId))
    .where(
      and(
        eq(schema.registration.userId, userId),
        eq(schema.completion.completed, true),
        inArray(schema.trainingSession.courseId, [...courseIds]),
      ),
    );
  const elsewhere = await db
    .select({ courseId: schema.outsideCompletion.courseId })
    .from(schema.outsideCompletion)
    .where(
      and(
        eq(schema.outsideCompletion.userId, userId),
        eq(schema.outsideCompletion.status, "approved"),
        inArray(schema.outsideCompletion.courseId, [...courseIds]),
      ),
    );
  return new Set([...here, ...elsewhere].map((row) => row.courseId));
}
