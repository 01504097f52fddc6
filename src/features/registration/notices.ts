// How a use case asks for a registration's messages: a job per person, queued in the use case's transaction.
import type { Executor } from "#db/client.ts";
import { enqueueMany } from "#platform/jobs/queue.ts";
import {
  sendRegistrationNoticeJob,
  type RegistrationNotice,
  type RegistrationNoticePayload,
} from "./registration-notice.job.ts";

export { registrationNotices, type RegistrationNotice } from "./registration-notice.job.ts";

/** One notice for one registration: what it says, and the round and words that go with it. */
export type NoticeRequest = { registrationId: string; notice: RegistrationNotice; round?: string; message?: string };

/**
 * Queues one notice per request inside the caller's transaction, so a change and its message land together, in one
 * statement. While the same notice is still waiting to go out, asking again adds nothing; a `round` (an offer's expiry, a
 * session's calendar sequence) marks a new situation whose notice must go even if an older one is still waiting.
 */
export async function queueNotices(db: Executor, requests: readonly NoticeRequest[]): Promise<void> {
  await enqueueMany(
    db,
    sendRegistrationNoticeJob,
    requests.map(({ registrationId, notice, round, message }): RegistrationNoticePayload => ({
      registrationId,
      notice,
      ...(round ? { round } : {}),
      ...(message ? { message } : {}),
    })),
  );
}

/** The same notice for several registrations (a session's participants, a group). */
export async function notify(
  db: Executor,
  registrationIds: readonly string[],
  notice: RegistrationNotice,
  options: { round?: string; message?: string } = {},
): Promise<void> {
  await queueNotices(
    db,
    registrationIds.map((registrationId) => ({ registrationId, notice, ...options })),
  );
}
