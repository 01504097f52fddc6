// Evaluations and self-assessments: forms as data, the requests sent to people, and the answers — kept apart from
// anything that says who answered (decision 0026). A receipt records only that a registration has answered.
import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { EvaluationQuestion } from "#core/evaluation-forms.ts";
import { user } from "./accounts.ts";
import { course, trainingSession } from "./catalog.ts";
import { registration } from "./registration.ts";

export const evaluationKinds = ["evaluation", "pre", "post", "follow_up"] as const;
export type EvaluationKind = (typeof evaluationKinds)[number];

/** A course's own evaluation form; a course without one asks the hub's default (scope "hub"). */
export const evaluationForm = pgTable("evaluation_form", {
  /** "hub" for the default, otherwise the course's id. */
  scope: text("scope").primaryKey(),
  courseId: text("course_id").references(() => course.id, { onDelete: "cascade" }),
  questions: jsonb("questions").$type<EvaluationQuestion[]>().notNull(),
  /** Whether this course's trainers may read open-text answers (still only for groups large enough to show). */
  shareOpenText: boolean("share_open_text").notNull().default(false),
  updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One invitation to answer: its link (only the hash is kept), when it went, the one reminder, and an opt-out. */
export const evaluationRequest = pgTable(
  "evaluation_request",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    registrationId: text("registration_id")
      .notNull()
      .references(() => registration.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: evaluationKinds }).notNull(),
    tokenHash: text("token_hash").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    optedOutAt: timestamp("opted_out_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("evaluation_request_registration_kind_key").on(t.registrationId, t.kind),
    uniqueIndex("evaluation_request_token_key").on(t.tokenHash),
    index("evaluation_request_reminder_idx")
      .on(t.sentAt)
      .where(sql`reminded_at is null and opted_out_at is null`),
  ],
);

/**
 * That this registration has answered this kind — and nothing else: no time, no link to the answers. Its key is what
 * makes "one answer per person" hold; it is written in the same transaction as the answers.
 */
export const evaluationReceipt = pgTable(
  "evaluation_receipt",
  {
    registrationId: text("registration_id")
      .notNull()
      .references(() => registration.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: evaluationKinds }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.kind] })],
);

/**
 * One set of answers, with no person, registration or precise time: the course and session it is about, the month it
 * came in, and for self-assessments a pseudonymous pair code (HMAC of person and course) that links before and after.
 */
export const evaluationResponse = pgTable(
  "evaluation_response",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    courseId: text("course_id")
      .notNull()
      .references(() => course.id, { onDelete: "cascade" }),
    sessionId: text("session_id")
      .notNull()
      .references(() => trainingSession.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: evaluationKinds }).notNull(),
    /** The first day of the month it was answered in (UTC). */
    answeredMonth: date("answered_month").notNull(),
    pairCode: text("pair_code"),
  },
  (t) => [
    index("evaluation_response_course_idx").on(t.courseId, t.kind, t.answeredMonth),
    index("evaluation_response_session_idx").on(t.sessionId, t.kind),
    index("evaluation_response_pair_idx").on(t.pairCode),
  ],
);

/** One answer to one question (or self-assessment item). */
export const evaluationAnswer = pgTable(
  "evaluation_answer",
  {
    responseId: text("response_id")
      .notNull()
      .references(() => evaluationResponse.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    score: integer("score"),
    /** At the end of a training: "thinking back to before the training". */
    retroScore: integer("retro_score"),
    choice: text("choice"),
    text: text("text"),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.questionId] })],
);
