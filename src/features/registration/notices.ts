// The messages a registration sends, and how a use case asks for one: a job per person, queued in the use case's transaction.
import { z } from "zod";
import type { Executor } from "#db/client.ts";
import { enqueueJob } from "#jobs/queue.ts";
import { MAX_DECISION_MESSAGE_LENGTH } from "#core/limits.ts";

export const registrationNotices = [
  "application_received",
  "application_approved",
  "application_declined",
  "confirmed",
  "waitlisted",
  "offer",
  "offer_expired",
  "cancelled",
  "session_changed",
  "reminder",
  "session_cancelled",
  "scholarship_decided",
] as const;
export type RegistrationNotice = (typeof registrationNotices)[number];

/** The job that renders and sends one notice (see send-registration-notice.ts); it reads the registration as it is when it runs. */
export const REGISTRATION_NOTICE_JOB = "registration-notice";

export const registrationNoticePayload = z.object({
  registrationId: z.string(),
  notice: z.enum(registrationNotices),
  /** A person's words that go with the notice: an admin's reason for a decision or a cancellation. */
  message: z.string().max(MAX_DECISION_MESSAGE_LENGTH).optional(),
});
export type RegistrationNoticePayload = z.infer<typeof registrationNoticePayload>;

/**
 * Queues one notice per registration inside the caller's transaction, so a change and its message land together.
 * While the same notice is still waiting to go out, asking again adds nothing; a `round` (an offer's expiry, a
 * session's calendar sequence) marks a new situation whose notice must go even if an older one is still waiting.
 */
export async function notify(db: Executor, registrationIds: readonly string[], notice: RegistrationNotice, options: { round?: string; message?: string } = {}): Promise<void> {
  for (const registrationId of registrationIds) {
    const payload: RegistrationNoticePayload = { registrationId, notice, ...(options.message ? { message: options.message } : {}) };
    await enqueueJob(db, {
      name: REGISTRATION_NOTICE_JOB,
      payload,
      dedupeKey: `notice:${notice}:${registrationId}${options.round ? `:${options.round}` : ""}`,
    });
  }
}
