// A subscription's delivery log: its latest messages, each with every try (time, answer, duration), in two queries.
import { desc, eq, inArray, asc } from "drizzle-orm";
import type { Viewer } from "#core/access.ts";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { requireAdmin } from "#features/access/require-admin.ts";

/** The log shows this many messages; older ones stay in the table until the subscription is removed. */
export const DELIVERY_LOG_LENGTH = 50;

export type WebhookDeliveryLog = {
  subscription: { id: string; url: string };
  messages: Array<{
    id: string;
    eventType: string;
    status: "pending" | "delivered" | "failed";
    createdAt: Date;
    payload: Record<string, unknown>;
    attempts: Array<{ attemptedAt: Date; durationMs: number; responseStatus: number | null; error: string | null }>;
  }>;
};

export async function listWebhookDeliveries(
  db: Executor,
  input: { viewer: Viewer | null; subscriptionId: string },
): Promise<WebhookDeliveryLog> {
  requireAdmin(input.viewer);
  const [subscription] = await db
    .select({ id: schema.webhookSubscription.id, url: schema.webhookSubscription.url })
    .from(schema.webhookSubscription)
    .where(eq(schema.webhookSubscription.id, input.subscriptionId));
  if (!subscription) throw new AppError("not_found", { key: "webhooks.errors.notFound" });
  const messages = await db
    .select({
      id: schema.webhookMessage.id,
      eventType: schema.webhookMessage.eventType,
      status: schema.webhookMessage.status,
      createdAt: schema.webhookMessage.createdAt,
      payload: schema.webhookMessage.payload,
    })
    .from(schema.webhookMessage)
    .where(eq(schema.webhookMessage.subscriptionId, subscription.id))
    .orderBy(desc(schema.webhookMessage.createdAt), desc(schema.webhookMessage.id))
    .limit(DELIVERY_LOG_LENGTH);
  const attempts =
    messages.length === 0
      ? []
      : await db
          .select({
            messageId: schema.webhookDeliveryAttempt.messageId,
            attemptedAt: schema.webhookDeliveryAttempt.attemptedAt,
            durationMs: schema.webhookDeliveryAttempt.durationMs,
            responseStatus: schema.webhookDeliveryAttempt.responseStatus,
            error: schema.webhookDeliveryAttempt.error,
          })
          .from(schema.webhookDeliveryAttempt)
          .where(
            inArray(
              schema.webhookDeliveryAttempt.messageId,
              messages.map((message) => message.id),
            ),
          )
          .orderBy(asc(schema.webhookDeliveryAttempt.id));
  return {
    subscription,
    messages: messages.map((message) => ({
      ...message,
      attempts: attempts
        .filter((attempt) => attempt.messageId === message.id)
        .map(({ messageId: _, ...attempt }) => attempt),
    })),
  };
}
