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

/** A participant's words about their training, offered under the name they choose; public only once an admin publishes it. */
export const testimonial = pgTable(
  "testimonial",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    shownName: text("shown_name").notNull(),
    body: text("body").notNull(),
    language: text("language", { enum: ["en", "es"] }).notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: text("published_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("testimonial_user_idx").on(t.userId), index("testimonial_published_idx").on(t.publishedAt)],
);

/** One row (id = 1): the blocks the public impact page shows, chosen by the hub. */
export const impactSettings = pgTable("impact_settings", {
  id: integer("id").primaryKey().default(1),
  hiddenBlocks: jsonb("hidden_blocks").$type<string[]>().notNull().default([]),
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
