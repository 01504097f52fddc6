// Partner organizations' public directory entries, staff links a person consents to, and sponsored seat blocks (C7).
import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { DirectoryField } from "#core/partners.ts";
import { staffLinkStatuses } from "#core/partners.ts";
import { user } from "./accounts.ts";
import { organization } from "./access.ts";
import { trainingSession } from "./catalog.ts";
import { registration } from "./registration.ts";

/** What a partner says about itself in the public directory; each field is shown only when listed in `shownFields`. */
export const partnerDirectoryEntry = pgTable("partner_directory_entry", {
  organizationId: text("organization_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  /** Listed in the directory at all. */
  listed: boolean("listed").notNull().default(false),
  shownFields: jsonb("shown_fields").$type<DirectoryField[]>().notNull().default([]),
  descriptionEn: text("description_en").notNull().default(""),
  descriptionEs: text("description_es").notNull().default(""),
  counties: jsonb("counties").$type<string[]>().notNull().default([]),
  /** Co-reflection is stated by the partner until circles are recorded by the hub. */
  coReflectionInPlace: boolean("co_reflection_in_place").notNull().default(false),
  updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A person linked to a partner organization as its staff. Nothing of the person reaches the partner until the person
 * accepts (`active`), and only what they chose to share; withdrawing ends it. Ended links stay as history.
 */
export const staffLink = pgTable(
  "staff_link",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    /** The address invited (lower-cased); the person who asked, for a request. */
    email: text("email").notNull(),
    /** Set when the person answers an invitation, or at once when they ask to link. */
    userId: text("user_id").references(() => user.id, { onDelete: "cascade" }),
    status: text("status", { enum: staffLinkStatuses }).notNull(),
    shareCompletions: boolean("share_completions").notNull().default(false),
    shareCompliance: boolean("share_compliance").notNull().default(false),
    invitedBy: text("invited_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [
    // One open link per organization and address; declined, withdrawn and cancelled ones stay as history.
    uniqueIndex("staff_link_open_key")
      .on(t.organizationId, t.email)
      .where(sql`status in ('invited', 'requested', 'active')`),
    index("staff_link_email_idx").on(t.email, t.status),
    index("staff_link_user_idx").on(t.userId, t.status),
    index("staff_link_organization_idx").on(t.organizationId, t.status),
  ],
);

/**
 * N seats of a session bought by a partner. Until `releasedAt`, the seats not yet used are held from the session's
 * general pool (the seat ledger counts them); at `releaseAt` a job hands what is unused back to the public.
 */
export const sponsoredBlock = pgTable(
  "sponsored_block",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "restrict" }),
    sessionId: text("session_id")
      .notNull()
      .references(() => trainingSession.id, { onDelete: "restrict" }),
    seats: integer("seats").notNull(),
    /** Staff redeem a seat with this code (with their consented link to the organization). */
    code: text("code").notNull(),
    releaseAt: timestamp("release_at", { withTimezone: true }).notNull(),
    releasedAt: timestamp("released_at", { withTimezone: true }),
    amountCents: integer("amount_cents").notNull(),
    currency: text("currency").notNull().default("USD"),
    invoiceReference: text("invoice_reference").notNull().default(""),
    paid: boolean("paid").notNull().default(false),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("sponsored_block_code_key").on(t.code),
    index("sponsored_block_session_idx")
      .on(t.sessionId)
      .where(sql`released_at is null`),
    index("sponsored_block_organization_idx").on(t.organizationId, t.createdAt),
    index("sponsored_block_release_idx")
      .on(t.releaseAt)
      .where(sql`released_at is null`),
  ],
);

/** A registration that took one of a block's seats. */
export const sponsoredSeat = pgTable(
  "sponsored_seat",
  {
    registrationId: text("registration_id")
      .primaryKey()
      .references(() => registration.id, { onDelete: "cascade" }),
    blockId: text("block_id")
      .notNull()
      .references(() => sponsoredBlock.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sponsored_seat_block_idx").on(t.blockId)],
);
