// GET /webhook-subscriptions/{id}/deliveries: the delivery log — each message with every try's answer and duration.
import { listWebhookDeliveries as list } from "#features/webhooks/list-webhook-deliveries.ts";
import { defineEndpoint } from "../endpoint.ts";
import { WebhookDeliveryLog, WebhookSubscriptionParams } from "../webhook-schemas.ts";

export const listWebhookDeliveries = defineEndpoint({
  operationId: "listWebhookDeliveries",
  tag: "Webhooks",
  summary: "Read a subscription's delivery log",
  description:
    "The latest 50 messages, newest first, each with every try: when, how long it took and the status the receiver answered.",
  request: { params: WebhookSubscriptionParams },
  response: { status: 200, description: "The delivery log.", schema: WebhookDeliveryLog },
  problems: { "not-found": "No subscription has this id." },
  async handle({ services, viewer, params }) {
    const log = await list(services.db, { viewer, subscriptionId: params.id });
    return {
      body: {
        messages: log.messages.map((message) => ({
          id: message.id,
          eventType: message.eventType as never,
          status: message.status,
          createdAt: message.createdAt.toISOString(),
          attempts: message.attempts.map((attempt) => ({ ...attempt, attemptedAt: attempt.attemptedAt.toISOString() })),
        })),
      },
    };
  },
});
