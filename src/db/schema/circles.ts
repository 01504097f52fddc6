// Co-reflection circles (DESIGN C8): members and their turns facilitating, invitations, meetings stored one row per
// occurrence (so an answer belongs to one date, never to a series), answers, attendance, and the group agreement's
// versions. Nothing said in a meeting has a column here, on purpose.
import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { CircleRecurrence } from "#core/circle-recurrence.ts";
import { user } from "./accounts.ts";
import { reflectionPrompt } from "./prompts.ts";

export const circleJoinPolicies = ["request", "invitation"] as const;
export const circleMemberStatuses = ["active", "requested", "left"] as const;
export const circleRsvpAnswers = ["going", "not_going", "maybe"] as const;

// "circle" is also PostgreSQL's built-in geometric type, which `null::circle` (the backup's restore) would name, so
// the table has a longer name.
export const circle = pgTable(
  "co_reflection_circle",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    language: text("language", { enum: ["en", "es"] }).notNull(),
    minMembers: integer("min_members").notNull().default(4),
    maxMembers: integer("max_members").notNull().default(12),
    joinPolicy: text("join_policy", { enum: circleJoinPolicies }).notNull().default("invitation"),
    timeZone: text("time_zone").notNull(),
    /** Where it meets; shown to members only. */
    place: text("place"),
    videoUrl: text("video_url"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Set while the circle is archived: read-only for its members, no meetings ahead; an admin may restore it. */
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    archivedBy: text("archived_by").references(() => user.id, { onDelete: "set null" }),
    /** The organizer's or admin's own words for why, shown to members; optional. */
    archiveReason: text("archive_reason"),
  },
  (t) => [index("circle_join_policy_idx").on(t.joinPolicy, t.archivedAt)],
);

/**
 * One person's place in a circle. `organizer` marks who may schedule, invite and publish (the creator, and anyone they
 * name); `rotationPosition` orders the members who take turns facilitating (null: not in the rotation).
 */
export const circleMember = pgTable(
  "circle_member",
  {
    circleId: text("circle_id")
      .notNull()
      .references(() => circle.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    status: text("status", { enum: circleMemberStatuses }).notNull(),
    organizer: boolean("organizer").notNull().default(false),
    rotationPosition: integer("rotation_position"),
    /** The reminder the member chose, in minutes before a meeting (null: none). */
    reminderMinutes: integer("reminder_minutes"),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.circleId, t.userId] }), index("circle_member_user_idx").on(t.userId, t.status)],
);

/** An invitation by email; it is answered by the account holding that address, in the language it was sent in. */
export const circleInvitation = pgTable(
  "circle_invitation",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    circleId: text("circle_id")
      .notNull()
      .references(() => circle.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    status: text("status", { enum: ["pending", "accepted", "declined", "withdrawn"] })
      .notNull()
      .default("pending"),
    invitedBy: text("invited_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (t) => [
    index("circle_invitation_email_idx").on(sql`lower(${t.email})`, t.status),
    uniqueIndex("circle_invitation_pending_key")
      .on(t.circleId, sql`lower(${t.email})`)
      .where(sql`status = 'pending'`),
  ],
);

/** A repeating schedule as stated; its meetings are rows of `circle_meeting`. */
export const circleSeries = pgTable(
  "circle_series",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    circleId: text("circle_id")
      .notNull()
      .references(() => circle.id, { onDelete: "cascade" }),
    rule: jsonb("rule").$type<CircleRecurrence>().notNull(),
    rrule: text("rrule").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("circle_series_circle_idx").on(t.circleId)],
);

/**
 * One meeting on one date. A moved meeting keeps its id (and so its answers and attendance), its place in the series
 * (`originalStartsAt`), and raises `calendarSequence` so calendars update it.
 */
export const circleMeeting = pgTable(
  "circle_meeting",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    circleId: text("circle_id")
      .notNull()
      .references(() => circle.id, { onDelete: "cascade" }),
    seriesId: text("series_id").references(() => circleSeries.id, { onDelete: "set null" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    originalStartsAt: timestamp("original_starts_at", { withTimezone: true }).notNull(),
    status: text("status", { enum: ["scheduled", "cancelled"] })
      .notNull()
      .default("scheduled"),
    facilitatorId: text("facilitator_id").references(() => user.id, { onDelete: "set null" }),
    calendarSequence: integer("calendar_sequence").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("circle_meeting_circle_idx").on(t.circleId, t.startsAt),
    index("circle_meeting_starts_idx").on(t.startsAt),
  ],
);

/**
 * The prompt a facilitator chose for one meeting (one date, not the series: the row follows the meeting when it is
 * moved). A meeting without a row shows the library's prompt in turn (core/meeting-prompts.ts).
 */
export const circleMeetingPrompt = pgTable(
  "circle_meeting_prompt",
  {
    meetingId: text("meeting_id")
      .primaryKey()
      .references(() => circleMeeting.id, { onDelete: "cascade" }),
    circleId: text("circle_id")
      .notNull()
      .references(() => circle.id, { onDelete: "cascade" }),
    promptId: text("prompt_id")
      .notNull()
      .references(() => reflectionPrompt.id, { onDelete: "cascade" }),
    chosenBy: text("chosen_by").references(() => user.id, { onDelete: "set null" }),
    chosenAt: timestamp("chosen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("circle_meeting_prompt_circle_idx").on(t.circleId),
    index("circle_meeting_prompt_prompt_idx").on(t.promptId),
  ],
);

/** One member's answer for one meeting. */
export const circleRsvp = pgTable(
  "circle_rsvp",
  {
    meetingId: text("meeting_id")
      .notNull()
      .references(() => circleMeeting.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    answer: text("answer", { enum: circleRsvpAnswers }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] }), index("circle_rsvp_user_idx").on(t.userId)],
);

/** That a person was at a meeting: a fact, never what they said. */
export const circleAttendance = pgTable(
  "circle_attendance",
  {
    meetingId: text("meeting_id")
      .notNull()
      .references(() => circleMeeting.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    recordedBy: text("recorded_by").references(() => user.id, { onDelete: "set null" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] }), index("circle_attendance_user_idx").on(t.userId)],
);

/** A reminder sent, so a member hears about a meeting once. */
export const circleReminderSent = pgTable(
  "circle_reminder_sent",
  {
    meetingId: text("meeting_id")
      .notNull()
      .references(() => circleMeeting.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] })],
);

/** A change to the group agreement proposed by a member, waiting for the facilitator. */
export const circleAgreementProposal = pgTable(
  "circle_agreement_proposal",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    circleId: text("circle_id")
      .notNull()
      .references(() => circle.id, { onDelete: "cascade" }),
    proposedBy: text("proposed_by").references(() => user.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    status: text("status", { enum: ["open", "published", "set_aside"] })
      .notNull()
      .default("open"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("circle_agreement_proposal_circle_idx").on(t.circleId, t.status)],
);

/** A published version of the agreement; versions are never edited, so the history stays as it was agreed. */
export const circleAgreementVersion = pgTable(
  "circle_agreement_version",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    circleId: text("circle_id")
      .notNull()
      .references(() => circle.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    body: text("body").notNull(),
    publishedBy: text("published_by").references(() => user.id, { onDelete: "set null" }),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("circle_agreement_version_key").on(t.circleId, t.version)],
);

export const circleAgreementAck = pgTable(
  "circle_agreement_ack",
  {
    versionId: text("version_id")
      .notNull()
      .references(() => circleAgreementVersion.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.userId] })],
);
