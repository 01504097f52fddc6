// DELETE /webhook-subscriptions/{id}: stops all messages to the address and removes its delivery log.
import { deleteWebhookSubscription as remove } from "#features/webhooks/delete-webhook-subscription.ts";
import { defineEndpoint } from "../endpoint.ts";
import { WebhookSubscriptionParams } from "../webhook-schemas.ts";

export const deleteWebhookSubscription = defineEndpoint({
  operationId: "deleteWebhookSubscription",
  tag: "Webhooks",
  summary: "Remove a webhook subscription",
  description:
    "Stops every message to the address, including those still waiting, and removes its delivery log. Recorded in the audit log.",
  request: { params: WebhookSubscriptionParams },
  response: { status: 204, description: "The subscription is removed." },
  problems: { "not-found": "No subscription has this id." },
  async handle({ services, viewer, params, actor }) {
    await remove(services.db, { viewer, subscriptionId: params.id, actor });
    return { body: undefined };
  },
});
