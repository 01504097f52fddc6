// Attendance and completion, the credentials issued from them with the keys that sign them, and each person's
// certifications with the continuing-education hours they count (docs/product.md: C4, C5, C6).
import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { CategoryMinutes, CertificationRules } from "#core/certification.ts";
import type { CompletionReason } from "#core/completion.ts";
import { crossHubQueueReasons, type CrossHubVerification } from "#core/cross-hub-prerequisite.ts";
import { user } from "./accounts.ts";
import { course, sessionMeeting, trainingSession } from "./catalog.ts";
import { registration } from "./registration.ts";
import { trustedIssuer } from "./trusted-issuers.ts";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/** Minutes one person was present at one meeting; one row per person per meeting, edited in place and audited. */
export const attendance = pgTable(
  "attendance",
  {
    registrationId: text("registration_id")
      .notNull()
      .references(() => registration.id, { onDelete: "cascade" }),
    meetingId: text("meeting_id")
      .notNull()
      .references(() => sessionMeeting.id, { onDelete: "cascade" }),
    minutesPresent: integer("minutes_present").notNull(),
    /** How it was recorded: by a trainer, or by the person scanning the meeting's code. */
    method: text("method", { enum: ["trainer", "self_check_in"] }).notNull(),
    /** Self check-in records the moment of arrival. */
    arrivedAt: timestamp("arrived_at", { withTimezone: true }),
    recordedBy: text("recorded_by").references(() => user.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("attendance_registration_meeting_key").on(t.registrationId, t.meetingId),
    index("attendance_meeting_idx").on(t.meetingId),
  ],
);

/** The completion decision for one registration, made at the trainer's sign-off. */
export const completion = pgTable("completion", {
  registrationId: text("registration_id")
    .primaryKey()
    .references(() => registration.id, { onDelete: "cascade" }),
  completed: boolean("completed").notNull(),
  contactMinutes: integer("contact_minutes").notNull(),
  attendedMinutes: integer("attended_minutes").notNull(),
  ceMinutes: integer("ce_minutes").notNull(),
  reasons: jsonb("reasons").$type<CompletionReason[]>().notNull().default([]),
  signedOffBy: text("signed_off_by").references(() => user.id, { onDelete: "set null" }),
  signedOffAt: timestamp("signed_off_at", { withTimezone: true }).notNull(),
});

/** The hub's Ed25519 signing keys. The private half is encrypted; retired keys stay published so old credentials verify. */
export const signingKey = pgTable("signing_key", {
  /** The JWK `kid`. */
  id: text("id").primaryKey(),
  algorithm: text("algorithm").notNull().default("EdDSA"),
  publicJwk: jsonb("public_jwk").$type<Record<string, string>>().notNull(),
  /** AES-256-GCM with a key derived from the hub's secret: iv, tag and ciphertext, base64url, dot-separated. */
  privateKeyEncrypted: text("private_key_encrypted").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  retiredAt: timestamp("retired_at", { withTimezone: true }),
});

/** One issuance: the signed Open Badges 3.0 credential and the facts its PDF certificate prints. */
export const credential = pgTable(
  "credential",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    /** The short code printed on the certificate and used in /verify/{code}. */
    code: text("code").notNull(),
    registrationId: text("registration_id")
      .notNull()
      .references(() => registration.id, { onDelete: "restrict" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "restrict" }),
    courseId: text("course_id")
      .notNull()
      .references(() => course.id, { onDelete: "restrict" }),
    sessionId: text("session_id")
      .notNull()
      .references(() => trainingSession.id, { onDelete: "restrict" }),
    /** The legal name (or the chosen name when none is given) at issue: what the certificate says. */
    recipientName: text("recipient_name").notNull(),
    /** The name the person chose to show on the public verification page. */
    displayName: text("display_name").notNull(),
    attendedMinutes: integer("attended_minutes").notNull(),
    categories: jsonb("categories").$type<CategoryMinutes[]>().notNull().default([]),
    inPerson: boolean("in_person").notNull(),
    activityStartDate: date("activity_start_date", { mode: "string" }).notNull(),
    activityEndDate: date("activity_end_date", { mode: "string" }).notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull(),
    validUntil: timestamp("valid_until", { withTimezone: true }),
    status: text("status", { enum: ["active", "revoked", "superseded"] })
      .notNull()
      .default("active"),
    statusReason: text("status_reason"),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }),
    supersededById: text("superseded_by_id"),
    /** This credential's bit in the hub's revocation status list. */
    statusListIndex: integer("status_list_index").notNull(),
    keyId: text("key_id")
      .notNull()
      .references(() => signingKey.id, { onDelete: "restrict" }),
    /** The credential as JSON and as a compact VC-JWT, exactly as issued. */
    document: jsonb("document").$type<Record<string, unknown>>().notNull(),
    jwt: text("jwt").notNull(),
  },
  (t) => [
    uniqueIndex("credential_code_key").on(t.code),
    uniqueIndex("credential_status_list_index_key").on(t.statusListIndex),
    index("credential_user_idx").on(t.userId, t.issuedAt),
    index("credential_registration_idx").on(t.registrationId),
  ],
);

/** A kind of certification and its renewal rules, as data: a hub can add another state's without code. */
export const certificationType = pgTable("certification_type", {
  key: text("key").primaryKey(),
  name: text("name").notNull(),
  /** Who grants it, for people choosing from the list (for example "Oregon Health Authority"). */
  authority: text("authority").notNull().default(""),
  rules: jsonb("rules").$type<CertificationRules>().notNull(),
  archivedAt: timestamp("archived_at", { withTimezone: true }),
});

/** A certification a person holds (for example Oregon THW Peer Support Specialist). */
export const certification = pgTable(
  "certification",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    typeKey: text("type_key")
      .notNull()
      .references(() => certificationType.key, { onDelete: "restrict" }),
    number: text("number"),
    issuedOn: date("issued_on", { mode: "string" }).notNull(),
    remindersOn: boolean("reminders_on").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("certification_user_idx").on(t.userId)],
);

/**
 * Continuing-education hours earned outside the hub, with evidence the person uploaded, or with a digital credential
 * from another hub (decision 0037): verified at once when it counts by itself, else waiting like any other entry.
 */
export const outsideHours = pgTable(
  "outside_hours",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    provider: text("provider").notNull(),
    completedOn: date("completed_on", { mode: "string" }).notNull(),
    minutes: integer("minutes").notNull(),
    categories: jsonb("categories").$type<CategoryMinutes[]>().notNull().default([]),
    inPerson: boolean("in_person").notNull(),
    evidence: bytea("evidence"),
    evidenceType: text("evidence_type"),
    evidenceName: text("evidence_name"),
    verifiedBy: text("verified_by").references(() => user.id, { onDelete: "set null" }),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** A digital credential given as the evidence: the document as verified (the JWT's payload for a VC-JWT). */
    credential: jsonb("credential").$type<Record<string, unknown>>(),
    /** The same credential however it is shown (its id, or a hash of what was sent): it counts once per person. */
    credentialKey: text("credential_key"),
    /** What the verifier found, check by check, as shown to the admin. */
    verification: jsonb("verification").$type<CrossHubVerification>(),
    /** Set when the credential did not count by itself: why an admin should look. */
    queueReason: text("queue_reason", { enum: crossHubQueueReasons }),
    /** The trusted issuer whose credential was accepted (or named), if any. */
    trustedIssuerId: text("trusted_issuer_id").references(() => trustedIssuer.id, { onDelete: "set null" }),
  },
  (t) => [
    index("outside_hours_user_idx").on(t.userId, t.completedOn),
    uniqueIndex("outside_hours_credential_key").on(t.userId, t.credentialKey),
    index("outside_hours_trusted_issuer_idx").on(t.trustedIssuerId),
  ],
);

/** Reminders already sent for a certification's cycle, so each goes once. */
export const certificationReminder = pgTable(
  "certification_reminder",
  {
    certificationId: text("certification_id")
      .notNull()
      .references(() => certification.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["window_open", "expiry_60", "expiry_30"] }).notNull(),
    cycleEndsOn: date("cycle_ends_on", { mode: "string" }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("certification_reminder_key").on(t.certificationId, t.kind, t.cycleEndsOn)],
);
