// Impact (DESIGN C9): the county a person chose to give, anonymous daily catalog views, consented testimonials and
// which blocks the public impact page shows.
import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { user } from "./accounts.ts";
import { trainingSession } from "./catalog.ts";

/** Optional: the Oregon county a person lives or works in (FIPS code), used only in counts of 5 or more. */
export const personCounty = pgTable(
  "person_county",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => user.id, { onDelete: "cascade" }),
    countyFips: text("county_fips").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("person_county_fips_idx").on(t.countyFips, t.userId)],
);

/** How many times a session's public page was opened on a day: no person, no address, no cookie — only a count. */
export const sessionViewDaily = pgTable(
  "session_view_daily",
  {
    sessionId: text("session_id")
      .notNull()
      .references(() => trainingSession.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    views: integer("views").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.day] })],
);

/**
 * A participant's words about their training, offered with explicit consent to publish (the wording they agreed to and
 * when) under the attribution they chose; public only once staff approve it. Withdrawing deletes the row at once.
 */
export const testimonial = pgTable(
  "testimonial",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    language: text("language", { enum: ["en", "es"] }).notNull(),
    /** How the person chose to be named: their name, their first name only, or not at all. */
    attribution: text("attribution", { enum: ["name", "first_name", "anonymous"] }).notNull(),
    /** The name shown, fixed when offered from the attribution chosen; null when anonymous. */
    shownName: text("shown_name"),
    /** The version of the consent wording the person agreed to (core/testimonials.ts), and when. */
    consentWording: text("consent_wording").notNull(),
    consentedAt: timestamp("consented_at", { withTimezone: true }).notNull(),
    status: text("status", { enum: ["pending", "approved", "hidden"] })
      .notNull()
      .default("pending"),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedBy: text("reviewed_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("testimonial_user_idx").on(t.userId, t.createdAt),
    index("testimonial_shown_idx").on(t.status, t.language, t.reviewedAt),
    index("testimonial_review_idx").on(t.status, t.createdAt),
  ],
);

/**
 * One row (id = 1): who may see each block of the impact pages (public, staff only, hidden; a block not named is public),
 * and when what the public page shows last changed (its visibility or a testimonial), which its kept copies are checked
 * against.
 */
export const impactSettings = pgTable("impact_settings", {
  id: integer("id").primaryKey().default(1),
  blockVisibility: jsonb("block_visibility").$type<Record<string, string>>().notNull().default({}),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The impact rollup: one row per registration with what the figures need, rebuilt from the live tables whenever it is
 * older than its refresh interval (src/features/impact/impact-rollup.ts). No names, no answers; dropped and rebuilt freely.
 */
export const impactFact = pgTable(
  "impact_fact",
  {
    registrationId: text("registration_id").primaryKey(),
    userId: text("user_id").notNull(),
    sessionId: text("session_id").notNull(),
    courseId: text("course_id").notNull(),
    form: text("form").notNull(),
    organizationId: text("organization_id"),
    countyFips: text("county_fips"),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    /** The session's month and year in its own time zone, "YYYY-MM". */
    month: text("month").notNull(),
    status: text("status").notNull(),
    seated: boolean("seated").notNull(),
    attended: boolean("attended").notNull(),
    completed: boolean("completed").notNull(),
    ceMinutes: integer("ce_minutes").notNull(),
    /** Minutes from joining the line to a confirmed seat, for people seated from the waitlist. */
    minutesToSeat: integer("minutes_to_seat"),
    scholarshipCents: integer("scholarship_cents"),
  },
  (t) => [
    index("impact_fact_starts_idx").on(t.startsAt),
    index("impact_fact_course_idx").on(t.courseId),
    index("impact_fact_organization_idx").on(t.organizationId),
    index("impact_fact_county_idx").on(t.countyFips),
    index("impact_fact_session_idx").on(t.sessionId),
  ],
);

/** One row (id = 1): when the impact rollup was last rebuilt. */
export const impactRollupState = pgTable("impact_rollup_state", {
  id: integer("id").primaryKey().default(1),
  refreshedAt: timestamp("refreshed_at", { withTimezone: true }).notNull(),
});

/** Figures computed from the rollup for one view (a dashboard filter, or the public page), kept until the next rebuild. */
export const impactFigureCopy = pgTable("impact_figure_copy", {
  viewKey: text("view_key").primaryKey(),
  figures: jsonb("figures").$type<unknown>().notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A scheduled export (issue 12 item 8): some of the dashboard's spreadsheets, for an optional filter, mailed weekly or
 * monthly to up to ten named addresses in one language. Paused exports stay listed and send nothing.
 */
export const impactExport = pgTable(
  "impact_export",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    /** Which spreadsheets: "figures", "funnel", "months" (core/impact-exports.ts). */
    kinds: jsonb("kinds").$type<string[]>().notNull(),
    /** Course, partner, county and trainer, as the dashboard filters; the period comes from each mailing. */
    filter: jsonb("filter").$type<Record<string, string>>().notNull().default({}),
    cadence: text("cadence", { enum: ["weekly", "monthly"] }).notNull(),
    /** ISO weekday (1 = Monday) for weekly exports. */
    weekday: integer("weekday"),
    /** Day of the month (1–28) for monthly exports. */
    monthDay: integer("month_day"),
    /** The zone whose clock says when a send day has begun: the creating admin's. */
    timeZone: text("time_zone").notNull(),
    recipients: jsonb("recipients").$type<string[]>().notNull(),
    language: text("language", { enum: ["en", "es"] }).notNull(),
    pausedAt: timestamp("paused_at", { withTimezone: true }),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("impact_export_created_idx").on(t.createdAt)],
);

/**
 * One mailing of an export for one send day. The primary key is the dedupe: two workers that find the same export due
 * both try to insert this row with the mails, and only the one that inserts it queues anything.
 */
export const impactExportMailing = pgTable(
  "impact_export_mailing",
  {
    exportId: text("export_id")
      .notNull()
      .references(() => impactExport.id, { onDelete: "cascade" }),
    sendDay: date("send_day", { mode: "string" }).notNull(),
    periodFrom: date("period_from", { mode: "string" }).notNull(),
    periodTo: date("period_to", { mode: "string" }).notNull(),
    recipients: integer("recipients").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.exportId, t.sendDay] })],
);
