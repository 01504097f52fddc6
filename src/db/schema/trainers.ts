// Trainers: their public profile (shown only with consent), the hub's requirement set for standing, the activity an
// admin records (co-reflection, demos, meetings, refreshers), an admin's override with its reason, and reminders sent.
import { sql } from "drizzle-orm";
import { boolean, customType, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { user } from "./accounts.ts";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/** What a trainer tells people about themself; nothing here is shown publicly unless `isPublic`. */
export const trainerProfile = pgTable("trainer_profile", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  bioEn: text("bio_en").notNull().default(""),
  bioEs: text("bio_es").notNull().default(""),
  languages: jsonb("languages").$type<string[]>().notNull().default([]),
  regions: jsonb("regions").$type<string[]>().notNull().default([]),
  pronouns: text("pronouns"),
  /** The trainer's consent to show this profile on session pages and the public trainers page. */
  isPublic: boolean("is_public").notNull().default(false),
  /** The trainer asked for no reminders before their standing would lapse. */
  remindersOff: boolean("reminders_off").notNull().default(false),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});

/**
 * A trainer's photo (optional), kept apart from the profile so lists never read the image. Shown to others only while
 * the profile's `isPublic` consent holds; the bytes' own type was checked on upload (src/core/trainer-photo.ts).
 */
export const trainerPhoto = pgTable("trainer_photo", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  bytes: bytea("bytes").notNull(),
  type: text("type", { enum: ["image/png", "image/jpeg", "image/webp"] }).notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** The hub's own rules for a trainer level (IPS publishes none); one row per level, edited by admins. */
export const trainerRequirementSet = pgTable(
  "trainer_requirement_set",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    key: text("key").notNull(),
    nameEn: text("name_en").notNull(),
    nameEs: text("name_es").notNull(),
    apprenticeCoTrainings: integer("apprentice_co_trainings").notNull(),
    activeMonthsAfterTraining: integer("active_months_after_training").notNull(),
    coReflectionEveryMonths: integer("co_reflection_every_months"),
    refresherEveryMonths: integer("refresher_every_months"),
    alumniAfterLapsedMonths: integer("alumni_after_lapsed_months").notNull(),
    returnMonths: integer("return_months").notNull(),
    alumniReturnCoTrainings: integer("alumni_return_co_trainings").notNull(),
    /** Days before a lapse that the calm reminder goes out. */
    remindDaysBefore: integer("remind_days_before").notNull().default(30),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [uniqueIndex("trainer_requirement_set_key").on(t.key)],
);

/** Activity an admin records for a trainer (until co-reflection circles record their own attendance). */
export const trainerActivity = pgTable(
  "trainer_activity",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["co_reflection", "demo", "meeting", "refresher"] }).notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    recordedBy: text("recorded_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("trainer_activity_user_idx").on(t.userId, t.occurredAt)],
);

/** An admin's override of a computed standing; the written reason is required and the change audited. */
export const trainerStandingOverride = pgTable("trainer_standing_override", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  status: text("status", { enum: ["apprentice", "active", "lapsed", "alumni"] }).notNull(),
  reason: text("reason").notNull(),
  until: timestamp("until", { withTimezone: true }),
  setBy: text("set_by").references(() => user.id, { onDelete: "set null" }),
  setAt: timestamp("set_at", { withTimezone: true }).notNull(),
});

/** One reminder per trainer per coming lapse date, so the scheduled job sends it once. */
export const trainerStandingReminder = pgTable(
  "trainer_standing_reminder",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    lapsesAt: timestamp("lapses_at", { withTimezone: true }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("trainer_standing_reminder_key").on(t.userId, t.lapsesAt)],
);
