// A person's trainings: upcoming and past, with status, place in line, offer deadline, join details once confirmed, and —
// once a trainer has signed off — the outcome with its hours and reasons and the certificate it led to.
import { and, asc, eq, sql } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import type { CompletionReason } from "#core/completion.ts";
import { schema, type Executor } from "#db/client.ts";
import { preparedFor } from "#db/prepared.ts";
import type { RegistrationStatus } from "#core/registration.ts";
import { personalFeedStatus } from "#features/calendar/personal-feed.ts";
import type { Localized } from "#i18n/localized.ts";
import { waitlistPositions } from "./seat-ledger.ts";

/** What the trainer's sign-off recorded for one registration: the same figures the result page and certificate use. */
export type MyOutcome = {
  completed: boolean;
  attendedMinutes: number;
  contactMinutes: number;
  reasons: CompletionReason[];
  signedOffAt: Date;
};

export type MyRegistration = {
  id: string;
  status: RegistrationStatus;
  sessionId: string;
  sessionStatus: "draft" | "published" | "cancelled" | "completed";
  courseId: string;
  /** How long an offered seat in this session is held. */
  offerHoldHours: number;
  courseTitleEn: string;
  courseTitleEs: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  format: "in_person" | "online" | "hybrid";
  venueName: string | null;
  venueAddress: string | null;
  /** Only for confirmed registrations. */
  joinUrl: string | null;
  /** Both languages (either may be empty); the pages show the reader's, else the other marked with lang. */
  joinDetails: Localized | null;
  offerExpiresAt: Date | null;
  waitlistPosition: number | null;
  cancelCutoffAt: Date;
  groupId: string | null;
  requestedAt: Date;
  /** Null until a trainer signs the session off. */
  outcome: MyOutcome | null;
  /** The active certificate this registration earned, once issued. */
  certificateId: string | null;
};

// What the pages and the API show of a registration, with its session, course, outcome and the person's feed.
const registrationColumns = {
  id: schema.registration.id,
  status: schema.registration.status,
  sessionId: schema.trainingSession.id,
  sessionStatus: schema.trainingSession.status,
  courseId: schema.trainingSession.courseId,
  offerHoldHours: schema.trainingSession.offerHoldHours,
  courseTitleEn: schema.course.titleEn,
  courseTitleEs: schema.course.titleEs,
  startsAt: schema.trainingSession.startsAt,
  endsAt: schema.trainingSession.endsAt,
  timeZone: schema.trainingSession.timeZone,
  format: schema.trainingSession.format,
  venueName: schema.trainingSession.venueName,
  venueAddress: schema.trainingSession.venueAddress,
  joinUrl: schema.trainingSession.joinUrl,
  joinDetails: schema.trainingSession.joinDetails,
  joinDetailsEs: schema.trainingSession.joinDetailsEs,
  offerExpiresAt: schema.registration.offerExpiresAt,
  cancelCutoffHours: schema.trainingSession.cancelCutoffHours,
  groupId: schema.registration.groupId,
  requestedAt: schema.registration.requestedAt,
  completed: schema.completion.completed,
  attendedMinutes: schema.completion.attendedMinutes,
  contactMinutes: schema.completion.contactMinutes,
  reasons: schema.completion.reasons,
  signedOffAt: schema.completion.signedOffAt,
  certificateId: schema.credential.id,
  feedCreatedAt: schema.calendarFeed.createdAt,
};

/**
 * The person's registrations (placeholder `userId`), soonest first, with `extra` columns where a page needs more in the
 * same query: one query shape for the API's list and for /my/trainings.
 */
export function selectMyRegistrations<Extra extends SelectedFields>(db: Executor, extra: Extra) {
  return (
    db
      .select({ ...registrationColumns, ...extra })
      .from(schema.registration)
      .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.registration.sessionId))
      .innerJoin(schema.course, eq(schema.course.id, schema.trainingSession.courseId))
      // The outcome rides along in the same query: at most one completion and one active credential per registration.
      .leftJoin(schema.completion, eq(schema.completion.registrationId, schema.registration.id))
      .leftJoin(
        schema.credential,
        and(eq(schema.credential.registrationId, schema.registration.id), eq(schema.credential.status, "active")),
      )
      .leftJoin(schema.calendarFeed, eq(schema.calendarFeed.userId, schema.registration.userId))
      .where(eq(schema.registration.userId, sql.placeholder("userId")))
      .orderBy(asc(schema.trainingSession.startsAt))
  );
}

// A person's registrations are read on every visit to their pages: built once, prepared on each connection.
const registrationsQuery = preparedFor((db) => selectMyRegistrations(db, {}).prepare("my_registrations"));

/** One row of `selectMyRegistrations` without extra columns. */
export type MyRegistrationRow = Awaited<ReturnType<ReturnType<typeof registrationsQuery>["execute"]>>[number];

/**
 * Newest sessions last for upcoming ones; the caller splits upcoming from past by `endsAt`. One query, outcomes
 * included, and one more for places in line when the person waits in one.
 */
export async function listMyRegistrations(db: Executor, userId: string): Promise<MyRegistration[]> {
  return (await myRegistrationsFrom(db, userId, await registrationsQuery(db).execute({ userId }))).registrations;
}

/**
 * Rows of `selectMyRegistrations` as registrations, with places in line (one more query when the person waits in one)
 * and whether the person has a calendar feed, read in the same query (one row per person at most, so it rides along); a
 * person with no registrations at all costs one more query for it.
 */
export async function myRegistrationsFrom(
  db: Executor,
  userId: string,
  rows: readonly MyRegistrationRow[],
): Promise<{ registrations: MyRegistration[]; feed: { createdAt: Date } | null }> {
  const [positions, feed] = await Promise.all([
    waitlistPositions(
      db,
      rows.filter((row) => row.status === "waitlisted").map((row) => row.id),
    ),
    rows.length ? Promise.resolve(null) : personalFeedStatus(db, userId),
  ]);
  // Each field named rather than the row spread: a page's query may carry columns of its own, and copying a row without
  // some of its keys (rest destructuring) is V8's slow path, paid for every registration on every visit.
  const registrations = rows.map((row): MyRegistration => ({
    id: row.id,
    status: row.status,
    sessionId: row.sessionId,
    sessionStatus: row.sessionStatus,
    courseId: row.courseId,
    offerHoldHours: row.offerHoldHours,
    courseTitleEn: row.courseTitleEn,
    courseTitleEs: row.courseTitleEs,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timeZone: row.timeZone,
    format: row.format,
    venueName: row.venueName,
    venueAddress: row.venueAddress,
    joinUrl: row.status === "confirmed" ? row.joinUrl : null,
    joinDetails: row.status === "confirmed" ? { en: row.joinDetails ?? "", es: row.joinDetailsEs ?? "" } : null,
    offerExpiresAt: row.offerExpiresAt,
    waitlistPosition: positions.get(row.id) ?? null,
    cancelCutoffAt: new Date(row.startsAt.getTime() - row.cancelCutoffHours * 3_600_000),
    groupId: row.groupId,
    requestedAt: row.requestedAt,
    outcome:
      row.completed !== null && row.signedOffAt !== null
        ? {
            completed: row.completed,
            attendedMinutes: row.attendedMinutes ?? 0,
            contactMinutes: row.contactMinutes ?? 0,
            reasons: row.reasons ?? [],
            signedOffAt: row.signedOffAt,
          }
        : null,
    certificateId: row.certificateId,
  }));
  const feedCreatedAt = rows[0]?.feedCreatedAt;
  return { registrations, feed: feedCreatedAt ? { createdAt: feedCreatedAt } : rows.length ? null : feed };
}
