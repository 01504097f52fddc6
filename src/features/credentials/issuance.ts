// How sign-off asks for credentials: one job per completed registration, queued in the sign-off's transaction.
import { z } from "zod";
import type { Executor } from "#db/client.ts";
import { enqueueJob } from "#jobs/queue.ts";

/** The job that issues one registration's credential (PDF facts + signed VC-JWT); see issue-credential.ts. */
export const ISSUE_CREDENTIAL_JOB = "issue-credential";

export const issueCredentialPayload = z.object({ registrationId: z.string() });

export async function requestCredentials(db: Executor, registrationIds: readonly string[]): Promise<void> {
  for (const registrationId of registrationIds) {
    await enqueueJob(db, { name: ISSUE_CREDENTIAL_JOB, payload: { registrationId }, dedupeKey: `credential:${registrationId}` });
  }
}
