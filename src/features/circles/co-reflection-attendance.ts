// The dates each person attended co-reflection, for rules that count it (trainer standing, certification rules).
import { and, eq, gte, inArray } from "drizzle-orm";
import { utcToZoned } from "#core/local-time.ts";
import { schema, type Executor } from "#db/client.ts";

/**
 * Each person's attended co-reflection meeting dates since `since`, as ISO calendar dates in the circle's own time
 * zone (a 7 pm Tuesday meeting in Oregon is a Tuesday, even though it is Wednesday in UTC), oldest first, one date per
 * day. One query for any number of people; people with none map to an empty list.
 */
export async function coReflectionDates(
  db: Executor,
  personIds: readonly string[],
  since: Date,
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return result;
  const rows = await db
    .select({
      userId: schema.circleAttendance.userId,
      startsAt: schema.circleMeeting.startsAt,
      timeZone: schema.circle.timeZone,
    })
    .from(schema.circleAttendance)
    .innerJoin(schema.circleMeeting, eq(schema.circleMeeting.id, schema.circleAttendance.meetingId))
    .innerJoin(schema.circle, eq(schema.circle.id, schema.circleMeeting.circleId))
    .where(
      and(
        inArray(schema.circleAttendance.userId, [...personIds]),
        eq(schema.circleMeeting.status, "scheduled"),
        gte(schema.circleMeeting.startsAt, since),
      ),
    )
    .orderBy(schema.circleMeeting.startsAt);
  for (const row of rows) {
    const dates = result.get(row.userId)!;
    const date = utcToZoned(row.startsAt, row.timeZone).date;
    if (dates.at(-1) !== date) dates.push(date);
  }
  return result;
}
