// Past trainings brought in from a hub's own spreadsheets: which sessions came from an import (so running the same
// files again adds nothing) and the certificate numbers the old records gave.
import { index, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { user } from "./accounts.ts";
import { trainingSession } from "./catalog.ts";
import { registration } from "./registration.ts";

/** A session created by an import; `ref` is the spreadsheet's own name for it, unique across imports. */
export const importedSession = pgTable(
  "imported_session",
  {
    sessionId: text("session_id")
      .primaryKey()
      .references(() => trainingSession.id, { onDelete: "cascade" }),
    ref: text("ref").notNull(),
    importedBy: text("imported_by").references(() => user.id, { onDelete: "set null" }),
    importedAt: timestamp("imported_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("imported_session_ref_key").on(t.ref)],
);

/** A completion that came from an import rather than a trainer's sign-off, with the old certificate number if any. */
export const importedCompletion = pgTable(
  "imported_completion",
  {
    registrationId: text("registration_id")
      .primaryKey()
      .references(() => registration.id, { onDelete: "cascade" }),
    sessionId: text("session_id")
      .notNull()
      .references(() => trainingSession.id, { onDelete: "cascade" }),
    certificateNumber: text("certificate_number"),
  },
  (t) => [index("imported_completion_session_idx").on(t.sessionId)],
);
