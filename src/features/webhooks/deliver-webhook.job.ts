// The job contract for sending one webhook message (deliver-webhook.ts); emitting an event queues one per subscription.
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";
import { WEBHOOK_DELIVERY_ATTEMPTS } from "#core/webhooks.ts";

export const deliverWebhookJob = defineJobContract({
  name: "deliver-webhook",
  payload: z.object({ messageId: z.string() }),
  attempts: WEBHOOK_DELIVERY_ATTEMPTS,
  // A redelivery asked for while the message is still waiting to be sent adds nothing.
  dedupeKey: ({ messageId }) => `webhook:${messageId}`,
});
