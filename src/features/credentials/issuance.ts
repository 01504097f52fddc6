// How sign-off asks for credentials: one job per completed registration, queued in the sign-off's transaction.
import type { Executor } from "#db/client.ts";
import { enqueueMany } from "#platform/jobs/queue.ts";
import { issueCredentialJob } from "./issue-credential.job.ts";

export async function requestCredentials(db: Executor, registrationIds: readonly string[]): Promise<void> {
  await enqueueMany(
    db,
    issueCredentialJob,
    registrationIds.map((registrationId) => ({ registrationId })),
  );
}
