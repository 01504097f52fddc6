// The OpenAPI document's `webhooks` section: one entry per event, the body a subscriber receives and what to answer.
import { z } from "zod";
import type { ZodOpenApiPathItemObject } from "zod-openapi";
import { WEBHOOK_DELIVERY_ATTEMPTS, WEBHOOK_EVENT_TYPES } from "#core/webhooks.ts";
import { webhookEventDocs } from "./webhook-schemas.ts";

const signatureHeaders = z.object({
  "webhook-id": z.string().meta({ description: "The message id (`msg_…`); the same on every retry and redelivery." }),
  "webhook-timestamp": z.string().meta({ description: "When this try was signed, in whole seconds since 1970 (UTC)." }),
  "webhook-signature": z.string().meta({
    description:
      "`v1,<base64 HMAC-SHA256>` of `id.timestamp.body` with the subscription's secret (Standard Webhooks). Verify it " +
      "with any Standard Webhooks library before trusting the body.",
  }),
});

export function webhookPathItems(): Record<string, ZodOpenApiPathItemObject> {
  return Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((type) => {
      const doc = webhookEventDocs[type];
      return [
        type,
        {
          post: {
            operationId: `webhook_${type.replace(".", "_")}`,
            tags: ["Webhooks"],
            summary: doc.summary,
            description:
              `${doc.summary} Sent to every subscription that asked for \`${type}\`. The body carries ids and states ` +
              "only (no names, email addresses or answers): read more through this API with your own access. " +
              `Answer any 2xx status within 10 seconds; anything else is tried again with growing waits, ${WEBHOOK_DELIVERY_ATTEMPTS} tries in all.`,
            requestParams: { header: signatureHeaders },
            requestBody: { required: true, content: { "application/json": { schema: doc.schema } } },
            responses: { "200": { description: "Received. Any 2xx status counts." } },
          },
        },
      ];
    }),
  );
}
