// The courses a person has completed, for prerequisite checks: here (a trainer signed them off as completed) or
// elsewhere (declared with evidence and approved by an admin).
import { and, eq, inArray } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import { schema, type Executor } from "#db/client.ts";

/** Of `courseIds`, those the person has completed. */
export async function completedCourses(
  db: Executor,
  userId: string,
  courseIds: readonly string[],
): Promise<Set<string>> {
  return (await completedCoursesOf(db, [userId], courseIds)).get(userId) ?? new Set();
}

/**
 * Of `courseIds`, those each of these people has completed (people with none are left out). One indexed query, whatever
 * the number of people and courses: a batch of registrations checks everyone's prerequisites at once.
 */
export async function completedCoursesOf(
  db: Executor,
  userIds: readonly string[],
  courseIds: readonly string[],
): Promise<Map<string, Set<string>>> {
  if (userIds.length === 0 || courseIds.length === 0) return new Map();
  const rows = await unionAll(
    db
      .select({ userId: schema.registration.userId, courseId: schema.trainingSession.courseId })
      .from(schema.completion)
      .innerJoin(schema.registration, eq(schema.registration.id, schema.completion.registrationId))
      .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.registration.sessionId))
      .where(
        and(
          inArray(schema.registration.userId, [...userIds]),
          eq(schema.completion.completed, true),
          inArray(schema.trainingSession.courseId, [...courseIds]),
        ),
      ),
    db
      .select({ userId: schema.outsideCompletion.userId, courseId: schema.outsideCompletion.courseId })
      .from(schema.outsideCompletion)
      .where(
        and(
          inArray(schema.outsideCompletion.userId, [...userIds]),
          eq(schema.outsideCompletion.status, "approved"),
          inArray(schema.outsideCompletion.courseId, [...courseIds]),
        ),
      ),
  );
  const done = new Map<string, Set<string>>();
  for (const row of rows) {
    let courses = done.get(row.userId);
    if (!courses) done.set(row.userId, (courses = new Set()));
    courses.add(row.courseId);
  }
  return done;
}
