// What a webhook is: the events a hub sends and the limits on a subscription (safe for the browser bundle; the
// address checks, which need node:net, are in webhook-targets.ts).

export const WEBHOOK_EVENT_TYPES = [
  "registration.created",
  "registration.changed",
  "registration.cancelled",
  "credential.issued",
  "credential.revoked",
  "session.changed",
  "inhouse_training.approved",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const MAX_WEBHOOK_URL_LENGTH = 500;
export const MAX_WEBHOOK_DESCRIPTION_LENGTH = 200;
/** Tries in all for one message: with the queue's backoff (10 s doubling) the last comes about 21 minutes after the first. */
export const WEBHOOK_DELIVERY_ATTEMPTS = 8;
/** A receiver that has not answered by then is counted as a failed try. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** The event a registration's change of state is sent as: made, cancelled, or any other move. */
export function registrationEventType(from: string | null, to: string): WebhookEventType {
  if (from === null) return "registration.created";
  if (to === "cancelled") return "registration.cancelled";
  return "registration.changed";
}
