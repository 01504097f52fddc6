// Each webhook event's description, in the reader's language, for the admin pages.
import type { WebhookEventType } from "#core/webhooks.ts";
import type { MessageKey } from "#i18n/translate.ts";

export const webhookEventKeys: Record<WebhookEventType, MessageKey> = {
  "registration.created": "webhooks.event.registration.created",
  "registration.changed": "webhooks.event.registration.changed",
  "registration.cancelled": "webhooks.event.registration.cancelled",
  "credential.issued": "webhooks.event.credential.issued",
  "credential.revoked": "webhooks.event.credential.revoked",
  "session.changed": "webhooks.event.session.changed",
  "inhouse_training.approved": "webhooks.event.inhouse_training.approved",
};
