// The webhooks API's shapes: subscriptions, their delivery log, and the event payloads the OpenAPI `webhooks` section shows.
import { z } from "zod";
import "zod-openapi";
import { WEBHOOK_DELIVERY_ATTEMPTS, WEBHOOK_EVENT_TYPES } from "#core/webhooks.ts";
import { webhookSubscriptionInput } from "#features/webhooks/create-webhook-subscription.ts";

const timestamp = z.iso
  .datetime({ offset: true })
  .meta({ description: "A moment in time, in UTC (RFC 3339).", examples: ["2027-04-06T10:11:12.000Z"] });

const EventType = z.enum(WEBHOOK_EVENT_TYPES).meta({ id: "WebhookEventType", description: "An event a hub sends." });

export const WebhookSubscriptionParams = z.object({
  id: z.string().max(100).meta({ description: "The subscription's id." }),
});

export const WebhookMessageParams = WebhookSubscriptionParams.extend({
  messageId: z.string().max(100).meta({ description: "The message's id (`msg_…`), as sent in `webhook-id`." }),
});

export const CreateWebhookSubscriptionRequest = webhookSubscriptionInput
  .extend({
    url: webhookSubscriptionInput.shape.url.meta({
      description:
        "Where to POST each message: http or https. This machine and private networks are refused unless the hub's " +
        "operator allows them (`WEBHOOKS_ALLOW_PRIVATE_TARGETS`).",
      examples: ["https://hr.example.org/ips-hub/webhooks"],
    }),
    description: webhookSubscriptionInput.shape.description.meta({
      description: "What the subscription is for (up to 200 characters).",
      examples: ["Riverside Peer Center HR system"],
    }),
    eventTypes: webhookSubscriptionInput.shape.eventTypes.meta({
      description: "The events to send; at least one.",
      examples: [["registration.created", "credential.issued"]],
    }),
  })
  .meta({ id: "CreateWebhookSubscriptionRequest" });

export const WebhookSubscription = z
  .object({
    id: z.string(),
    url: z.string(),
    description: z.string(),
    eventTypes: z.array(EventType),
    enabled: z.boolean(),
    createdAt: timestamp,
    secretRotatedAt: timestamp.nullable().meta({ description: "When the signing secret was last replaced." }),
  })
  .meta({
    id: "WebhookSubscription",
    description: "A subscription; its secret is never shown again after it is made.",
  });

export const WebhookSubscriptionWithSecret = WebhookSubscription.extend({
  secret: z.string().meta({
    description:
      "The Standard Webhooks signing secret (`whsec_…`). Shown only in this answer: keep it with the receiving system.",
    examples: ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"],
  }),
}).meta({ id: "WebhookSubscriptionWithSecret" });

export const WebhookSubscriptionList = z
  .object({ subscriptions: z.array(WebhookSubscription) })
  .meta({ id: "WebhookSubscriptionList", description: "Every subscription, newest first." });

export const RotatedWebhookSecret = z
  .object({ id: z.string(), secret: WebhookSubscriptionWithSecret.shape.secret })
  .meta({ id: "RotatedWebhookSecret", description: "The new secret; the old one stopped working." });

export const WebhookDeliveryLog = z
  .object({
    messages: z.array(
      z.object({
        id: z.string().meta({ description: "The message id (`webhook-id`)." }),
        eventType: EventType,
        status: z.enum(["pending", "delivered", "failed"]).meta({
          description: `\`failed\`: not accepted after ${WEBHOOK_DELIVERY_ATTEMPTS} tries; redeliver it when the receiver is fixed.`,
        }),
        createdAt: timestamp,
        attempts: z.array(
          z.object({
            attemptedAt: timestamp,
            durationMs: z.number().int(),
            responseStatus: z
              .number()
              .int()
              .nullable()
              .meta({ description: "The receiver's HTTP status; null if none." }),
            error: z.string().nullable().meta({ description: "Why no answer came (refused, timeout, connection)." }),
          }),
        ),
      }),
    ),
  })
  .meta({ id: "WebhookDeliveryLog", description: "The latest 50 messages to this subscription, newest first." });

/** The body of every message: Standard Webhooks' type/timestamp/data envelope. */
function eventPayload<Shape extends z.ZodRawShape>(
  type: (typeof WEBHOOK_EVENT_TYPES)[number],
  data: z.ZodObject<Shape>,
) {
  return z.object({ type: z.literal(type), timestamp, data }).meta({ id: `WebhookEvent_${type.replace(".", "_")}` });
}

const registrationData = z.object({
  registrationId: z.string(),
  sessionId: z.string(),
  status: z.string().meta({ description: "The registration's state now.", examples: ["confirmed"] }),
  previousStatus: z.string().nullable().meta({ description: "Its state before; null for a new registration." }),
});
const credentialData = z.object({
  credentialId: z.string(),
  registrationId: z.string(),
  supersedes: z
    .string()
    .optional()
    .meta({ description: "The credential this one replaces (re-issued after a name change)." }),
});

/** What each event means and the body it carries; ids only, to be read further through the API with permission. */
export const webhookEventDocs: Record<(typeof WEBHOOK_EVENT_TYPES)[number], { summary: string; schema: z.ZodType }> = {
  "registration.created": {
    summary: "Someone registered, applied or joined the waitlist.",
    schema: eventPayload("registration.created", registrationData),
  },
  "registration.changed": {
    summary: "A registration moved to another state (confirmed, offered a seat, approved, attended, no-show…).",
    schema: eventPayload("registration.changed", registrationData),
  },
  "registration.cancelled": {
    summary: "A registration was cancelled (by the person, an admin, or with its session).",
    schema: eventPayload("registration.cancelled", registrationData),
  },
  "credential.issued": {
    summary: "A certificate was issued after a completion, or re-issued.",
    schema: eventPayload("credential.issued", credentialData),
  },
  "credential.revoked": {
    summary: "A certificate was revoked.",
    schema: eventPayload("credential.revoked", credentialData.omit({ supersedes: true })),
  },
  "session.changed": {
    summary: "A session was edited, cancelled or completed.",
    schema: eventPayload(
      "session.changed",
      z.object({
        sessionId: z.string(),
        status: z.string().meta({ examples: ["published"] }),
        changed: z.string().optional().meta({
          description: "For an edit: what changed, comma-separated (times, place, trainers, capacity, status…).",
        }),
      }),
    ),
  },
  "inhouse_training.approved": {
    summary: "The hub approved an in-house training a partner reported.",
    schema: eventPayload(
      "inhouse_training.approved",
      z.object({ reportId: z.string(), organizationId: z.string(), courseId: z.string() }),
    ),
  },
};
