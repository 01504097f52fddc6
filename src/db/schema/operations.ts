// The hub's own machinery: audit log, mail outbox, job queue and its schedules, rate-limit counters.
import { sql } from "drizzle-orm";
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

/** Append-only: a trigger in the migrations refuses UPDATE and DELETE. */
export const auditEvent = pgTable(
  "audit_event",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: text("actor_id"),
    actorLabel: text("actor_label"),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id"),
    summary: jsonb("summary").$type<Record<string, unknown>>().notNull().default({}),
    ip: text("ip"),
    requestId: text("request_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_event_created_idx").on(t.createdAt),
    index("audit_event_actor_idx").on(t.actorId, t.createdAt),
    index("audit_event_action_idx").on(t.action, t.createdAt),
    index("audit_event_target_idx").on(t.targetType, t.targetId),
  ],
);

export const outboxMessage = pgTable(
  "outbox_message",
  {
    id: text("id")
      .primaryKey()
      .default(sql`gen_random_uuid()::text`),
    toAddress: text("to_address").notNull(),
    locale: text("locale").notNull(),
    template: text("template").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    /** Files sent with the message, such as a calendar entry (.ics). */
    attachments: jsonb("attachments")
      .$type<{ filename: string; contentType: string; content: string }[]>()
      .notNull()
      .default([]),
    /** queued → sent (over SMTP) or kept (no SMTP configured: read it on the outbox page) or failed. */
    status: text("status", { enum: ["queued", "sent", "kept", "failed"] })
      .notNull()
      .default("queued"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("outbox_message_created_idx").on(t.createdAt), index("outbox_message_to_idx").on(t.toAddress)],
);

export const job = pgTable(
  "job",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    name: text("name").notNull(),
    payload: jsonb("payload").$type<unknown>().notNull(),
    /** Enqueueing the same key twice while the first is not finished adds nothing. */
    dedupeKey: text("dedupe_key"),
    status: text("status", { enum: ["pending", "running", "done", "failed"] })
      .notNull()
      .default("pending"),
    runAt: timestamp("run_at", { withTimezone: true }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(5),
    lockedBy: text("locked_by"),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastError: text("last_error"),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("job_ready_idx")
      .on(t.runAt)
      .where(sql`status = 'pending'`),
    index("job_running_idx")
      .on(t.lockedUntil)
      .where(sql`status = 'running'`),
    uniqueIndex("job_dedupe_key")
      .on(t.dedupeKey)
      .where(sql`dedupe_key is not null and status in ('pending', 'running')`),
  ],
);

export const jobSchedule = pgTable("job_schedule", {
  name: text("name").primaryKey(),
  cron: text("cron").notNull(),
  nextRunAt: timestamp("next_run_at", { withTimezone: true }).notNull(),
  lastRunAt: timestamp("last_run_at", { withTimezone: true }),
});

export const rateLimitBucket = pgTable(
  "rate_limit_bucket",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    hits: integer("hits").notNull().default(0),
  },
  (t) => [
    uniqueIndex("rate_limit_bucket_key").on(t.key, t.windowStart),
    index("rate_limit_bucket_window_idx").on(t.windowStart),
  ],
);

/**
 * Wrong passwords per account (by lower-cased email, known to the hub or not, so the answer never tells them apart),
 * across every way a password is tried; core/password-throttle.ts decides the waits. A right password deletes the row.
 */
export const passwordFailure = pgTable("password_failure", {
  email: text("email").primaryKey(),
  failures: integer("failures").notNull(),
  lastFailureAt: timestamp("last_failure_at", { withTimezone: true }).notNull(),
  waitUntil: timestamp("wait_until", { withTimezone: true }),
});

/**
 * An API client's Idempotency-Key and what the first request with it answered, so a retry gets the same answer
 * instead of doing the work twice. The answer is stored encrypted under a key derived from the hub secret and the
 * client's own key (api/idempotency.ts); rows are forgotten after a day.
 */
export const idempotencyKey = pgTable(
  "idempotency_key",
  {
    /** Whose key it is: the person's id, or "anonymous" for a request without a token. */
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    /** A hash of the method, path and body: the same key with another request is refused. */
    fingerprint: text("fingerprint").notNull(),
    status: integer("status"),
    /** The stored answer (headers and body), sealed; null while the first request is still running. */
    sealedResponse: text("sealed_response"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index("idempotency_key_created_idx").on(t.createdAt)],
);
