// How sign-off (and an import of past trainings) asks for credentials: one job per completed registration, queued in
// the caller's transaction, and never twice for the same registration.
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { enqueueMany } from "#platform/jobs/queue.ts";
import { issueCredentialJob } from "./issue-credential.job.ts";

export async function requestCredentials(db: Executor, registrationIds: readonly string[]): Promise<void> {
  await enqueueMany(
    db,
    issueCredentialJob,
    registrationIds.map((registrationId) => ({ registrationId })),
  );
}

/**
 * Registrations whose credential was asked for already: one was issued, or an issue job is waiting, running or done.
 * A job that failed for good does not count, so signing off again tries once more.
 */
export async function credentialsAskedFor(tx: Executor, registrationIds: readonly string[]): Promise<Set<string>> {
  if (registrationIds.length === 0) return new Set();
  const issued = await tx
    .select({ registrationId: schema.credential.registrationId })
    .from(schema.credential)
    .where(inArray(schema.credential.registrationId, [...registrationIds]));
  // The job's payload is `issueCredentialJob`'s: { registrationId }.
  const payloadRegistration = sql<string>`${schema.job.payload}->>'registrationId'`;
  const jobs = await tx
    .select({ registrationId: payloadRegistration })
    .from(schema.job)
    .where(
      and(
        eq(schema.job.name, issueCredentialJob.name),
        inArray(payloadRegistration, [...registrationIds]),
        ne(schema.job.status, "failed"),
      ),
    );
  return new Set([...issued.map((row) => row.registrationId), ...jobs.map((row) => row.registrationId)]);
}
