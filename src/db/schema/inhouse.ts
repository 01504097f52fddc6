// In-house trainings a partner's organizational trainer reports, and the messages of their review with the hub (C7).
import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { inhouseStatuses, type InhouseReportFields } from "#core/inhouse-trainings.ts";
import { user } from "./accounts.ts";
import { organization } from "./access.ts";
import { trainingSession } from "./catalog.ts";

/**
 * One report. Its fields are kept as the trainer typed them until the hub approves it; approval turns it into an
 * ordinary completed session (`sessionId`) with registrations and completions, the way past trainings are imported.
 */
export const inhouseTrainingReport = pgTable(
  "inhouse_training_report",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    /** The organizational trainer who ran the training and wrote the report. */
    reporterId: text("reporter_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    status: text("status", { enum: inhouseStatuses }).notNull(),
    fields: jsonb("fields").$type<InhouseReportFields>().notNull(),
    /** The session approval created; its credentials say the partner delivered it. */
    sessionId: text("session_id").references(() => trainingSession.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedBy: text("decided_by").references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [
    index("inhouse_training_report_status_idx").on(t.status, t.submittedAt),
    index("inhouse_training_report_reporter_idx").on(t.reporterId),
    index("inhouse_training_report_session_idx").on(t.sessionId),
  ],
);

/** Each step of a report's review, with the message that goes with it (why changes are asked for, why declined). */
export const inhouseTrainingMessage = pgTable(
  "inhouse_training_message",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    reportId: text("report_id")
      .notNull()
      .references(() => inhouseTrainingReport.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
    action: text("action", { enum: ["submit", "request_changes", "approve", "decline"] }).notNull(),
    body: text("body").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("inhouse_training_message_report_idx").on(t.reportId, t.createdAt)],
);
