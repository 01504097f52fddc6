// A person's "My trainings" page: their registrations split into upcoming and earlier, with each place's hold time, the
// other sessions of the same course they could move to, whether their calendar feed is on, and how to reach the hub.
import { sql } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { preparedFor } from "#db/prepared.ts";
import { isLive, registrationWindow } from "#core/registration.ts";
import { readHubSettingsForPages } from "#features/hub/hub-settings.ts";
import { myRegistrationsFrom, selectMyRegistrations, type MyRegistration } from "./list-my-registrations.ts";

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
  /** Other open sessions of the same course this place can move to (none for a group entry); one list per course. */
  transferTo: readonly TransferChoice[];
};

export type MyTrainings = {
  /** Live places in sessions that have not ended, soonest first. */
  upcoming: MyTraining[];
  /** Sessions that ended, and places that ended (cancelled, declined, moved…), newest first. */
  earlier: MyTraining[];
  feed: { createdAt: Date } | null;
  hubContactEmail: string | null;
};

/** A published session still to start, as the query sends it: [id, status, startsAt, endsAt, zone, format, opens, closes]. */
type CourseSession = [
  string,
  "draft" | "published" | "cancelled" | "completed",
  string,
  string,
  string,
  MyRegistration["format"],
  string | null,
  string | null,
];

// The person's registrations and, on the first row of each course, that course's published sessions still to start
// (where a place could move to) in the same query: one round trip instead of two on every visit. Built once, prepared
// on each connection.
const myTrainingsQuery = preparedFor((db) =>
  selectMyRegistrations(db, {
    courseSessions: sql<CourseSession[] | string | null>`case when row_number() over (
        partition by ${schema.trainingSession.courseId}
        order by ${schema.trainingSession.startsAt}, ${schema.registration.id}
      ) = 1 then (
        select json_agg(
          json_build_array(c.id, c.status, c.starts_at, c.ends_at, c.time_zone, c.format, c.registration_opens_at,
            c.registration_closes_at)
          order by c.starts_at
        )
        from ${schema.trainingSession} c
        where c.course_id = ${schema.trainingSession.courseId} and c.status = 'published'
          and c.starts_at > ${sql.placeholder("now")}
      ) end`,
  }).prepare("my_trainings"),
);

/**
 * One query, two when the person waits in a line: their registrations with each session's course and hold time, their
 * feed and the sessions their places could move to (then their places in line). The hub's contact address comes from
 * the pages' short-lived copy of the settings.
 */
export async function readMyTrainings(db: Executor, input: { userId: string; now: Date }): Promise<MyTrainings> {
  const [rows, hub] = await Promise.all([
    myTrainingsQuery(db).execute({ userId: input.userId, now: input.now.toISOString() }),
    readHubSettingsForPages(db),
  ]);
  const { registrations, feed } = await myRegistrationsFrom(db, input.userId, rows);
  const candidates = rows.flatMap(({ courseId, courseSessions }) =>
    (typeof courseSessions === "string" ? (JSON.parse(courseSessions) as CourseSession[]) : (courseSessions ?? [])).map(
      ([id, status, startsAt, endsAt, timeZone, format, opensAt, closesAt]) => ({
        id,
        courseId,
        status,
        startsAt: new Date(startsAt),
        endsAt: new Date(endsAt),
        timeZone,
        format,
        opensAt: opensAt === null ? null : new Date(opensAt),
        closesAt: closesAt === null ? null : new Date(closesAt),
      }),
    ),
  );
  const movable = registrations.filter(
    (r) => (r.status === "confirmed" || r.status === "waitlisted") && !r.groupId && r.endsAt > input.now,
  );
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

  // One list per course, shared by every place in it: the page words each list once.
  const byCourse = new Map<string, TransferChoice[]>();
  for (const { courseId, id, startsAt, endsAt, timeZone, format } of open) {
    const list = byCourse.get(courseId);
    if (list) list.push({ id, startsAt, endsAt, timeZone, format });
    else byCourse.set(courseId, [{ id, startsAt, endsAt, timeZone, format }]);
  }
  const movableIds = new Set(movable.map((r) => r.id));
  const none: readonly TransferChoice[] = [];
  const withExtras = registrations.map((r): MyTraining => ({
    ...r,
    result: resultOf(r, input.now),
    transferTo: (movableIds.has(r.id) && byCourse.get(r.courseId)) || none,
  }));
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
