// The job contract for a registration notice: one job per person and notice, rendered and sent by
// send-registration-notice.ts, which reads the registration as it is when the job runs.
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";

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

export const registrationNoticePayload = z.object({
  registrationId: z.string(),
  notice: z.enum(registrationNotices),
  /** A person's words that go with the notice: an admin's reason for a decision or a cancellation. */
  message: z.string().max(2000).optional(),
  /**
   * A new situation whose notice must go even while an older one still waits (an offer's expiry, a session's calendar
   * sequence); the same notice in the same round is queued once.
   */
  round: z.string().optional(),
});
export type RegistrationNoticePayload = z.infer<typeof registrationNoticePayload>;

export const sendRegistrationNoticeJob = defineJobContract({
  name: "registration-notice",
  payload: registrationNoticePayload,
  attempts: 6,
  dedupeKey: ({ notice, registrationId, round }) => `notice:${notice}:${registrationId}${round ? `:${round}` : ""}`,
});
