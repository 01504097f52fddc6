// POST /webhook-subscriptions/{id}/deliveries/{messageId}/redeliver: sends one message again, with the same id.
import { redeliverWebhookMessage as redeliver } from "#features/webhooks/redeliver-webhook-message.ts";
import { defineEndpoint } from "../endpoint.ts";
import { WebhookMessageParams } from "../webhook-schemas.ts";

export const redeliverWebhookMessage = defineEndpoint({
  operationId: "redeliverWebhookMessage",
  tag: "Webhooks",
  summary: "Send a message again",
  description:
    "Queues the message to be sent again, with the same `webhook-id` and body (so a receiver that already has it can ignore it), and the usual retries.",
  request: { params: WebhookMessageParams },
  response: { status: 204, description: "The message is queued." },
  problems: { "not-found": "This subscription has no message with this id." },
  async handle({ services, viewer, params, actor }) {
    await redeliver(services.db, { viewer, subscriptionId: params.id, messageId: params.messageId, actor });
    services.onJobQueued();
    return { body: undefined };
  },
});
