// A person's "My trainings" page: their registrations split into upcoming and earlier, with each place's hold time, the
// other sessions of the same course they could move to, whether their calendar feed is on, and how to reach the hub.
import { and, eq, sql } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { preparedFor } from "#db/prepared.ts";
import { isLive, registrationWindow } from "#core/registration.ts";
import { readHubSettingsForPages } from "#features/hub/hub-settings.ts";
import { listMyRegistrationsAndFeed, type MyRegistration } from "./list-my-registrations.ts";

export type TransferChoice = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  format: MyRegistration["format"];
};

/**
 * Where a past training stands for the person: signed off as completed or not, or still waiting for the trainer's
 * sign-off. Null for a place that never reached the training (cancelled, declined, moved…) or one still to come.
 */
export type MyTrainingResult = "completed" | "not_completed" | "awaiting_sign_off";

export type MyTraining = MyRegistration & {
  result: MyTrainingResult | null;
  /** Other open sessions of the same course this place can move to (none for a group entry). */
  transferTo: TransferChoice[];
};

export type MyTrainings = {
  /** Live places in sessions that have not ended, soonest first. */
  upcoming: MyTraining[];
  /** Sessions that ended, and places that ended (cancelled, declined, moved…), newest first. */
  earlier: MyTraining[];
  feed: { createdAt: Date } | null;
  hubContactEmail: string | null;
};

// The published sessions still to start of some courses: where places could move. Built once, prepared on each connection.
const candidatesQuery = preparedFor((db) =>
  db
    .select({
      id: schema.trainingSession.id,
      courseId: schema.trainingSession.courseId,
      status: schema.trainingSession.status,
      startsAt: schema.trainingSession.startsAt,
      endsAt: schema.trainingSession.endsAt,
      timeZone: schema.trainingSession.timeZone,
      format: schema.trainingSession.format,
      opensAt: schema.trainingSession.registrationOpensAt,
      closesAt: schema.trainingSession.registrationClosesAt,
    })
    .from(schema.trainingSession)
    .where(
      and(
        sql`${schema.trainingSession.courseId} = any(${sql.placeholder("courseIds")})`,
        eq(schema.trainingSession.status, "published"),
        sql`${schema.trainingSession.startsAt} > ${sql.placeholder("now")}`,
      ),
    )
    .orderBy(schema.trainingSession.startsAt)
    .prepare("my_trainings_transfer_choices"),
);

/**
 * Two queries, three when the person waits in a line: their registrations with each session's course and hold time and
 * their feed (one query; then their places in line), and the sessions their places could move to. The hub's contact
 * address comes from the pages' short-lived copy of the settings.
 */
export async function readMyTrainings(db: Executor, input: { userId: string; now: Date }): Promise<MyTrainings> {
  const [{ registrations, feed }, hub] = await Promise.all([
    listMyRegistrationsAndFeed(db, input.userId),
    readHubSettingsForPages(db),
  ]);
  const movable = registrations.filter(
    (r) => (r.status === "confirmed" || r.status === "waitlisted") && !r.groupId && r.endsAt > input.now,
  );
  const courseIds = [...new Set(movable.map((r) => r.courseId))];
  const candidates = courseIds.length
    ? await candidatesQuery(db).execute({ courseIds, now: input.now.toISOString() })
    : [];
  // A session the person already has a place in is not somewhere to move to.
  const alreadyIn = new Set(registrations.filter((r) => isLive(r.status)).map((r) => r.sessionId));
  const open = candidates.filter(
    (c) =>
      !alreadyIn.has(c.id) &&
      registrationWindow({
        status: c.status,
        opensAt: c.opensAt,
        closesAt: c.closesAt,
        startsAt: c.startsAt,
        now: input.now,
      }) === "open",
  );

  const movableIds = new Set(movable.map((r) => r.id));
  const withExtras = registrations.map((r): MyTraining => {
    const transferTo = movableIds.has(r.id)
      ? open
          .filter((c) => c.courseId === r.courseId)
          .map(({ id, startsAt, endsAt, timeZone, format }) => ({ id, startsAt, endsAt, timeZone, format }))
      : [];
    return { ...r, result: resultOf(r, input.now), transferTo };
  });
  const isUpcoming = (r: MyTraining) => isLive(r.status) && r.endsAt > input.now && r.sessionStatus !== "cancelled";
  return {
    upcoming: withExtras.filter(isUpcoming),
    earlier: withExtras.filter((r) => !isUpcoming(r)).reverse(),
    feed,
    hubContactEmail: hub.contactEmail,
  };
}

/** A recorded sign-off always speaks; otherwise only a confirmed place in a session that ran and ended awaits one. */
function resultOf(r: MyRegistration, now: Date): MyTrainingResult | null {
  if (r.outcome) return r.outcome.completed ? "completed" : "not_completed";
  if (r.status === "confirmed" && r.sessionStatus !== "cancelled" && r.endsAt <= now) return "awaiting_sign_off";
  return null;
}
