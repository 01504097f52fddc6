// Registrations and applications, their history, scholarships, outside completions and personal calendar feeds.
import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { PriceTierKind } from "#core/catalog.ts";
import { registrationStatuses } from "#core/registration.ts";
import { crossHubQueueReasons, type CrossHubVerification } from "#core/cross-hub-prerequisite.ts";
import { user } from "./accounts.ts";
import { organization } from "./access.ts";
import { course, trainingSession } from "./catalog.ts";
import { trustedIssuer } from "./trusted-issuers.ts";

/**
 * One person's place in one session. A partner's group entry is several rows sharing `groupId`: they wait, are offered
 * and confirmed as one unit, and each person still has their own record for attendance and certificates.
 */
export const registration = pgTable(
  "registration",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    sessionId: text("session_id")
      .notNull()
      .references(() => trainingSession.id, { onDelete: "restrict" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "restrict" }),
    groupId: text("group_id"),
    status: text("status", { enum: registrationStatuses }).notNull(),
    /** The reserve this entry may draw from before the general pool (null: general only). */
    reserve: text("reserve", { enum: ["partner", "scholarship"] }),
    /** While confirmed or offered: the pool its seats are held from. */
    heldFrom: text("held_from", { enum: ["general", "partner", "scholarship"] }),
    /** First come, first served: set when the request is placed (after the session's seat lock), never changed by a move. */
    requestedAt: timestamp("requested_at", { withTimezone: true, precision: 6 }).notNull(),
    /** The line is ordered by this; equal to requestedAt unless an admin moved the entry (with a reason, audited). */
    queueAt: timestamp("queue_at", { withTimezone: true, precision: 6 }).notNull(),
    offerExpiresAt: timestamp("offer_expires_at", { withTimezone: true }),
    organizationId: text("organization_id").references(() => organization.id, { onDelete: "set null" }),
    registeredBy: text("registered_by").references(() => user.id, { onDelete: "set null" }),
    answers: jsonb("answers").$type<Record<string, string | string[]>>().notNull().default({}),
    pronouns: text("pronouns"),
    accommodations: text("accommodations"),
    priceTier: text("price_tier", { enum: ["standard", "sponsored", "sliding_scale", "free"] })
      .$type<PriceTierKind>()
      .notNull()
      .default("free"),
    amountCents: integer("amount_cents").notNull().default(0),
    transferredFromId: text("transferred_from_id"),
    decidedBy: text("decided_by").references(() => user.id, { onDelete: "set null" }),
    decisionNote: text("decision_note"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    // One live registration per person and session; ended ones (cancelled, declined…) stay as history.
    uniqueIndex("registration_live_key")
      .on(t.sessionId, t.userId)
      .where(sql`status in ('pending_approval', 'approved', 'confirmed', 'waitlisted', 'offered')`),
    index("registration_session_status_idx").on(t.sessionId, t.status, t.queueAt),
    index("registration_user_idx").on(t.userId, t.createdAt),
    index("registration_group_idx").on(t.groupId),
    index("registration_offer_expiry_idx")
      .on(t.offerExpiresAt)
      .where(sql`status = 'offered'`),
  ],
);

/** Every change of a registration's state: who, when, from what to what, and why. */
export const registrationEvent = pgTable(
  "registration_event",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    registrationId: text("registration_id")
      .notNull()
      .references(() => registration.id, { onDelete: "cascade" }),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    actorId: text("actor_id").references(() => user.id, { onDelete: "set null" }),
    reason: text("reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("registration_event_registration_idx").on(t.registrationId, t.createdAt)],
);

export const scholarshipRequest = pgTable(
  "scholarship_request",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    registrationId: text("registration_id")
      .notNull()
      .references(() => registration.id, { onDelete: "cascade" }),
    /** Sensitive: seen only by admins. */
    needStatement: text("need_statement").notNull(),
    status: text("status", { enum: ["requested", "awarded_full", "awarded_partial", "declined"] })
      .notNull()
      .default("requested"),
    awardCents: integer("award_cents"),
    message: text("message"),
    decidedBy: text("decided_by").references(() => user.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("scholarship_request_registration_key").on(t.registrationId),
    index("scholarship_request_status_idx").on(t.status, t.createdAt),
  ],
);

/** A prerequisite done somewhere else, declared with evidence; it counts once an admin approves it. */
export const outsideCompletion = pgTable(
  "outside_completion",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    courseId: text("course_id")
      .notNull()
      .references(() => course.id, { onDelete: "cascade" }),
    provider: text("provider").notNull(),
    completedOn: text("completed_on").notNull(),
    evidence: text("evidence").notNull(),
    status: text("status", { enum: ["pending", "approved", "declined"] })
      .notNull()
      .default("pending"),
    decidedBy: text("decided_by").references(() => user.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** A digital credential given as the evidence: the document as verified (the JWT's payload for a VC-JWT). */
    credential: jsonb("credential").$type<Record<string, unknown>>(),
    /** What the verifier found, check by check, as shown to the admin. */
    verification: jsonb("verification").$type<CrossHubVerification>(),
    /** Set when the credential did not count by itself: why an admin must look. */
    queueReason: text("queue_reason", { enum: crossHubQueueReasons }),
    /** The trusted issuer whose credential was accepted (or named), if any. */
    trustedIssuerId: text("trusted_issuer_id").references(() => trustedIssuer.id, { onDelete: "set null" }),
  },
  (t) => [
    index("outside_completion_user_idx").on(t.userId, t.courseId),
    index("outside_completion_status_idx").on(t.status, t.createdAt),
    index("outside_completion_trusted_issuer_idx").on(t.trustedIssuerId),
  ],
);

/** A secret address for a person's own calendar feed; only its hash is kept. */
export const calendarFeed = pgTable(
  "calendar_feed",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => user.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("calendar_feed_token_key").on(t.tokenHash)],
);

/** Single-use signed links in offer emails (accept or decline without signing in). */
export const offerLink = pgTable(
  "offer_link",
  {
    tokenHash: text("token_hash").primaryKey(),
    registrationId: text("registration_id")
      .notNull()
      .references(() => registration.id, { onDelete: "cascade" }),
    action: text("action", { enum: ["accept", "decline"] }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("offer_link_registration_idx").on(t.registrationId)],
);
