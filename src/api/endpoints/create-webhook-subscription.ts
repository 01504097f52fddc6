// POST /webhook-subscriptions: a hub admin subscribes an address to events; the signing secret is in this answer only.
import { createWebhookSubscription as create } from "#features/webhooks/create-webhook-subscription.ts";
import { defineEndpoint } from "../endpoint.ts";
import { CreateWebhookSubscriptionRequest, WebhookSubscriptionWithSecret } from "../webhook-schemas.ts";

export const createWebhookSubscription = defineEndpoint({
  operationId: "createWebhookSubscription",
  tag: "Webhooks",
  summary: "Subscribe an address to events",
  description:
    "Every event you choose is POSTed to the address as JSON, signed per Standard Webhooks (`webhook-id`, " +
    "`webhook-timestamp`, `webhook-signature`) with the secret in this answer, which is never shown again. A message " +
    "that is not answered with a 2xx status is tried again with growing waits. The bodies are described under " +
    "`webhooks` in this document. Recorded in the audit log under your name.",
  request: { body: CreateWebhookSubscriptionRequest },
  response: { status: 201, description: "The subscription, with its secret.", schema: WebhookSubscriptionWithSecret },
  async handle({ services, viewer, body, actor }) {
    const created = await create(services.db, {
      viewer,
      subscription: body,
      allowNonPublicTargets: services.config.webhooks.allowNonPublicTargets,
      now: services.now(),
      actor,
    });
    return {
      body: {
        id: created.id,
        url: created.url,
        description: created.description,
        eventTypes: created.eventTypes as never,
        enabled: true,
        createdAt: created.createdAt.toISOString(),
        secretRotatedAt: null,
        secret: created.secret,
      },
    };
  },
});
