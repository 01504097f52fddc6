// Privacy (DESIGN C10): what each person agreed to, under which wording, and the archives of "download my data".
import { sql } from "drizzle-orm";
import { customType, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { consentPurposes } from "#core/privacy-consent.ts";
import { credentialChoices } from "#core/account-deletion.ts";
import { user } from "./accounts.ts";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/**
 * One consent given: the purpose, the version and language of the wording shown, and when; withdrawing sets
 * `withdrawnAt` and never deletes the row, so what was agreed to stays provable.
 */
export const consentRecord = pgTable(
  "consent_record",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: consentPurposes }).notNull(),
    /** What it is about, where the purpose can be given more than once: a registration's or an organization's id. */
    subjectId: text("subject_id"),
    wordingVersion: integer("wording_version").notNull(),
    wordingLocale: text("wording_locale", { enum: ["en", "es"] }).notNull(),
    /** Who ticked the box: the person, or staff registering them (who then told them the wording). */
    recordedBy: text("recorded_by").references(() => user.id, { onDelete: "set null" }),
    grantedAt: timestamp("granted_at", { withTimezone: true }).notNull(),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
  },
  (t) => [
    index("consent_record_user_idx").on(t.userId, t.purpose, t.grantedAt),
    index("consent_record_subject_idx").on(t.purpose, t.subjectId),
  ],
);

/**
 * A "download my data" archive: asked for, prepared by a job, downloaded with its token by its person only, and deleted
 * once expired. The ZIP is kept in the database, the one store every app process shares (decision 0032).
 */
export const dataExport = pgTable(
  "data_export",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /**
     * SHA-256 of the link's random token, hex, set when the archive is ready (the token itself is only in the email): a
     * database copy cannot be turned into working links.
     */
    tokenHash: text("token_hash"),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull(),
    readyAt: timestamp("ready_at", { withTimezone: true }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    sizeBytes: integer("size_bytes"),
    archive: bytea("archive"),
  },
  (t) => [
    uniqueIndex("data_export_token_key").on(t.tokenHash),
    index("data_export_user_idx").on(t.userId, t.requestedAt),
    index("data_export_expiry_idx").on(t.expiresAt),
  ],
);

/**
 * A "delete my account" request: asked for by the person (with their password), carried out by one job, and listed in
 * the admins' privacy queue with its dates only. The person's user row stays as an anonymous placeholder, so this row
 * keeps pointing at it; what the person chose for their credentials is kept because the job acts on it.
 */
export const accountDeletion = pgTable(
  "account_deletion",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    userId: text("user_id").references(() => user.id, { onDelete: "set null" }),
    credentials: text("credentials", { enum: credentialChoices }).notNull(),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [
    // One request at a time per person: a second click while the first is pending is refused, not queued twice.
    uniqueIndex("account_deletion_pending_key")
      .on(t.userId)
      .where(sql`${t.completedAt} is null`),
    index("account_deletion_requested_idx").on(t.requestedAt),
  ],
);
