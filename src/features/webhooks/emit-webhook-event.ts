// Fans an event out to the subscriptions that asked for it, in the caller's transaction: a message row each and a
// delivery job each, so an event is sent exactly when the change that caused it is committed.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { WebhookEventType } from "#core/webhooks.ts";
import { enqueueMany } from "#platform/jobs/queue.ts";
import { deliverWebhookJob } from "./deliver-webhook.job.ts";

/** What a receiver learns: ids and states only, never a person's name, email or answers (they ask the API for more). */
export type WebhookEvent = { type: WebhookEventType; data: Record<string, string | number | boolean | null> };

/** One event; see `emitWebhookEvents` for a batch. */
export async function emitWebhookEvent(
  tx: Executor,
  type: WebhookEventType,
  data: WebhookEvent["data"],
  now: Date,
): Promise<void> {
  await emitWebhookEvents(tx, [{ type, data }], now);
}

/** Several events (a batch of registrations) in three statements whatever their number. */
export async function emitWebhookEvents(tx: Executor, events: readonly WebhookEvent[], now: Date): Promise<void> {
  if (events.length === 0) return;
  // A hub has a handful of subscriptions; reading the enabled ones is one small query, filtered here.
  const subscriptions = await tx
    .select({ id: schema.webhookSubscription.id, eventTypes: schema.webhookSubscription.eventTypes })
    .from(schema.webhookSubscription)
    .where(eq(schema.webhookSubscription.enabled, true));
  if (subscriptions.length === 0) return;
  const timestamp = now.toISOString();
  const messages = events.flatMap((event) =>
    subscriptions
      .filter((subscription) => subscription.eventTypes.includes(event.type))
      .map((subscription) => ({
        id: `msg_${randomUUID().replaceAll("-", "")}`,
        subscriptionId: subscription.id,
        eventType: event.type,
        payload: { type: event.type, timestamp, data: event.data },
        createdAt: now,
      })),
  );
  if (messages.length === 0) return;
  await tx.insert(schema.webhookMessage).values(messages);
  await enqueueMany(
    tx,
    deliverWebhookJob,
    messages.map((message) => ({ messageId: message.id })),
  );
}
