// Webhook subscriptions, the messages fanned out to them and every delivery attempt (issue 10, item 7).
import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { user } from "./accounts.ts";

/** One receiving address and the events it asked for; the secret signs every message (Standard Webhooks). */
export const webhookSubscription = pgTable("webhook_subscription", {
  id: text("id").primaryKey(),
  url: text("url").notNull(),
  description: text("description").notNull().default(""),
  eventTypes: text("event_types").array().notNull(),
  /** `whsec_…`; kept readable because every delivery is signed with it, shown to people only when made or rotated. */
  secret: text("secret").notNull(),
  enabled: boolean("enabled").notNull().default(true),
  createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  secretRotatedAt: timestamp("secret_rotated_at", { withTimezone: true }),
});

/** One event for one subscription: the exact body that is signed and sent, again on every retry and redelivery. */
export const webhookMessage = pgTable(
  "webhook_message",
  {
    /** `msg_…`, sent as `webhook-id`, so a receiver can tell a retry from a new event. */
    id: text("id").primaryKey(),
    subscriptionId: text("subscription_id")
      .notNull()
      .references(() => webhookSubscription.id, { onDelete: "cascade" }),
    eventType: text("event_type").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    status: text("status", { enum: ["pending", "delivered", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
  },
  (t) => [
    index("webhook_message_subscription_idx").on(t.subscriptionId, t.createdAt),
    // The daily prune finds old messages by age.
    index("webhook_message_created_idx").on(t.createdAt),
  ],
);

/** One try at sending a message: when, how long, and what the receiver answered (or why nothing came back). */
export const webhookDeliveryAttempt = pgTable(
  "webhook_delivery_attempt",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    messageId: text("message_id")
      .notNull()
      .references(() => webhookMessage.id, { onDelete: "cascade" }),
    attemptedAt: timestamp("attempted_at", { withTimezone: true }).notNull(),
    durationMs: integer("duration_ms").notNull(),
    responseStatus: integer("response_status"),
    /** Why no answer came (refused address, timeout, connection error); never the receiver's response body. */
    error: text("error"),
  },
  (t) => [index("webhook_delivery_attempt_message_idx").on(t.messageId, t.attemptedAt)],
);
