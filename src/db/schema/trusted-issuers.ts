// Other IPS hubs this hub trusts (issue 13, item 4): their issuer id and where their keys live, and which of their
// achievements stand for which of this hub's courses.
import { sql } from "drizzle-orm";
import { boolean, index, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { user } from "./accounts.ts";
import { course } from "./catalog.ts";

/** An issuer whose verified credentials count here by themselves. */
export const trustedIssuer = pgTable(
  "trusted_issuer",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    /** The `issuer.id` its credentials carry (its address, e.g. https://ips-hub.example.org). */
    issuerId: text("issuer_id").notNull(),
    name: text("name").notNull(),
    /** The only origin its signing keys may be fetched from ("https://ips-hub.example.org"). */
    keyOrigin: text("key_origin").notNull(),
    active: boolean("active").notNull().default(true),
    addedBy: text("added_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("trusted_issuer_issuer_key").on(t.issuerId)],
);

/** One of a trusted issuer's achievements (by id, or by name when it has no stable id) that counts as one of our courses. */
export const trustedAchievementMapping = pgTable(
  "trusted_achievement_mapping",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    trustedIssuerId: text("trusted_issuer_id")
      .notNull()
      .references(() => trustedIssuer.id, { onDelete: "cascade" }),
    achievementId: text("achievement_id"),
    achievementName: text("achievement_name"),
    courseId: text("course_id")
      .notNull()
      .references(() => course.id, { onDelete: "cascade" }),
    addedBy: text("added_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("trusted_achievement_mapping_issuer_idx").on(t.trustedIssuerId, t.courseId),
    index("trusted_achievement_mapping_course_idx").on(t.courseId),
  ],
);
