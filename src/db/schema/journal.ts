// The private practice journal (C8): a wrapped data key per person, and entries and intentions sealed with it
// (decision 0025). What stays in clear is listed there and on the journal page: who, which dates, how large.
import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { user } from "./accounts.ts";

/**
 * One person's journal key (AES-256-GCM), wrapped by the server key derived from the hub secret. Deleting this row —
 * on deleting the journal, or the account by cascade — makes every sealed row of theirs unreadable, backups too.
 */
export const journalKey = pgTable("journal_key", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  wrappedKey: text("wrapped_key").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** An entry: its words, prompt and tags are in `sealed`; its date is in clear so the list and the months can be ordered. */
export const journalEntry = pgTable(
  "journal_entry",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => journalKey.userId, { onDelete: "cascade" }),
    writtenOn: date("written_on", { mode: "string" }).notNull(),
    sealed: text("sealed").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /** Removed, and restorable until the undo window ends; then the row is erased. */
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [
    index("journal_entry_user_idx").on(t.userId, t.writtenOn),
    index("journal_entry_removed_idx")
      .on(t.removedAt)
      .where(sql`${t.removedAt} is not null`),
  ],
);

/** A "moving towards" intention with its steps, all sealed; the check-in rhythm the person chose is in clear. */
export const journalIntention = pgTable(
  "journal_intention",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => journalKey.userId, { onDelete: "cascade" }),
    sealed: text("sealed").notNull(),
    /** Days between gentle check-in notes; null when the person has not turned them on. */
    checkInDays: integer("check_in_days"),
    nextCheckInAt: timestamp("next_check_in_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("journal_intention_user_idx").on(t.userId, t.createdAt),
    index("journal_intention_check_in_idx")
      .on(t.nextCheckInAt)
      .where(sql`${t.nextCheckInAt} is not null`),
  ],
);
