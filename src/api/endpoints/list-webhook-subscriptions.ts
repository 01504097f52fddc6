// GET /webhook-subscriptions: every subscription, without secrets.
import { listWebhookSubscriptions as list } from "#features/webhooks/list-webhook-subscriptions.ts";
import { defineEndpoint } from "../endpoint.ts";
import { WebhookSubscriptionList } from "../webhook-schemas.ts";

export const listWebhookSubscriptions = defineEndpoint({
  operationId: "listWebhookSubscriptions",
  tag: "Webhooks",
  summary: "List webhook subscriptions",
  description: "Every subscription, newest first. Secrets are never listed; make a new one if it is lost.",
  response: { status: 200, description: "The subscriptions.", schema: WebhookSubscriptionList },
  async handle({ services, viewer }) {
    const subscriptions = await list(services.db, { viewer });
    return {
      body: {
        subscriptions: subscriptions.map((s) => ({
          ...s,
          eventTypes: s.eventTypes as never,
          createdAt: s.createdAt.toISOString(),
          secretRotatedAt: s.secretRotatedAt?.toISOString() ?? null,
        })),
      },
    };
  },
});
