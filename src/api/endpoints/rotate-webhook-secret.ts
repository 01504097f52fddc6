// POST /webhook-subscriptions/{id}/rotate-secret: a new signing secret, shown once; the old one stops at once.
import { rotateWebhookSecret as rotate } from "#features/webhooks/rotate-webhook-secret.ts";
import { defineEndpoint } from "../endpoint.ts";
import { RotatedWebhookSecret, WebhookSubscriptionParams } from "../webhook-schemas.ts";

export const rotateWebhookSecret = defineEndpoint({
  operationId: "rotateWebhookSecret",
  tag: "Webhooks",
  summary: "Replace a subscription's signing secret",
  description:
    "Makes a new secret and answers with it (only here). Every message sent from now on, retries included, is signed with it. Recorded in the audit log.",
  request: { params: WebhookSubscriptionParams },
  response: { status: 200, description: "The new secret.", schema: RotatedWebhookSecret },
  problems: { "not-found": "No subscription has this id." },
  async handle({ services, viewer, params, actor }) {
    const rotated = await rotate(services.db, { viewer, subscriptionId: params.id, now: services.now(), actor });
    return { body: { id: rotated.id, secret: rotated.secret } };
  },
});
