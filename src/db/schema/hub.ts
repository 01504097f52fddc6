// The hub's own settings and its public crisis and warmline resources.
import { sql } from "drizzle-orm";
import { boolean, date, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** One row (id = 1): what the hub is called and how it looks. */
export const hubSettings = pgTable("hub_settings", {
  id: integer("id").primaryKey().default(1),
  name: text("name").notNull(),
  tagline: text("tagline"),
  /** The tagline in Spanish; when empty, Spanish pages show the English one marked lang="en". */
  taglineEs: text("tagline_es"),
  logoUrl: text("logo_url"),
  accentColor: text("accent_color").notNull().default("#2f6f5e"),
  contactEmail: text("contact_email"),
  providerNumber: text("provider_number"),
  region: text("region"),
  /** Whether participants may start co-reflection circles themselves (admins and trainers always may). */
  membersMayStartCircles: boolean("members_may_start_circles").notNull().default(false),
  /** Retention periods an admin chose, by category (core/retention.ts); a missing category keeps its default. */
  retention: jsonb("retention").$type<Record<string, number>>().notNull().default({}),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const supportResource = pgTable("support_resource", {
  id: text("id")
    .primaryKey()
    .default(sql`gen_random_uuid()::text`),
  name: text("name").notNull(),
  descriptionEn: text("description_en").notNull(),
  descriptionEs: text("description_es").notNull(),
  phone: text("phone"),
  sms: text("sms"),
  url: text("url"),
  hours: text("hours"),
  peerRun: boolean("peer_run").notNull().default(false),
  sortOrder: integer("sort_order").notNull().default(0),
  lastVerifiedOn: date("last_verified_on", { mode: "string" }).notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
