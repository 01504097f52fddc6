// The PostgreSQL job table as a queue: enqueue a contract's job inside the caller's transaction, claim with FOR UPDATE
// SKIP LOCKED, retry with backoff. The only code that writes job rows.
import { sql } from "drizzle-orm";
import type { z } from "zod";
import { queryRows, schema, type Executor } from "#db/client.ts";
import { retryDelaySeconds } from "#core/retry.ts";
import type { JobContract } from "./contract.ts";

type JobRow = typeof schema.job.$inferInsert;

function rowFor<Schema extends z.ZodType>(
  contract: JobContract<Schema>,
  payload: z.infer<Schema>,
  runAt: Date,
  dedupeKey?: string,
): JobRow {
  const parsed = contract.payload.parse(payload);
  return {
    name: contract.name,
    payload: parsed ?? {},
    runAt,
    dedupeKey: dedupeKey ?? contract.dedupeKey?.(parsed) ?? null,
    maxAttempts: contract.attempts,
  };
}

async function insertJobs(db: Executor, rows: JobRow[]): Promise<void> {
  if (rows.length === 0) return;
  // A row whose dedupe key is already waiting is left out, not an error: the job it asks for is coming.
  await db.insert(schema.job).values(rows).onConflictDoNothing();
}

/** Queues one job in the caller's transaction (or on its own), so a change and the work it asks for land together. */
export async function enqueue<Schema extends z.ZodType>(
  db: Executor,
  contract: JobContract<Schema>,
  payload: z.infer<Schema>,
  options: { runAt?: Date } = {},
): Promise<void> {
  await insertJobs(db, [rowFor(contract, payload, options.runAt ?? new Date())]);
}

/** Queues one job per payload in one statement: a batch of registrations, a session's participants. */
export async function enqueueMany<Schema extends z.ZodType>(
  db: Executor,
  contract: JobContract<Schema>,
  payloads: readonly z.infer<Schema>[],
  options: { runAt?: Date } = {},
): Promise<void> {
  const runAt = options.runAt ?? new Date();
  // The same key twice in one statement would conflict with itself; the first one stands, as with separate enqueues.
  const rows = new Map<string, JobRow>();
  payloads.forEach((payload, index) => {
    const row = rowFor(contract, payload, runAt);
    const key = row.dedupeKey ?? `#${index}`;
    if (!rows.has(key)) rows.set(key, row);
  });
  await insertJobs(db, [...rows.values()]);
}

/** Queues one run of a recurring job; the key names the schedule and its due time, so two workers add it once. */
export async function enqueueScheduledRun<Schema extends z.ZodType>(
  db: Executor,
  contract: JobContract<Schema>,
  payload: z.infer<Schema>,
  runKey: string,
): Promise<void> {
  await insertJobs(db, [rowFor(contract, payload, new Date(), runKey)]);
}

export type ClaimedJob = { id: number; name: string; payload: unknown; attempts: number; maxAttempts: number };

/**
 * Takes up to `limit` due jobs for this worker. A running job whose lease has run out (its worker died)
 * is due again. SKIP LOCKED lets any number of workers claim at once without waiting or double-claiming.
 */
export async function claimJobs(
  db: Executor,
  workerId: string,
  limit: number,
  leaseSeconds: number,
): Promise<ClaimedJob[]> {
  const rows = await queryRows<{
    id: string | number;
    name: string;
    payload: unknown;
    attempts: number;
    max_attempts: number;
  }>(
    db,
    sql`
    UPDATE job SET status = 'running', locked_by = ${workerId},
      locked_until = now() + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM job
      WHERE (status = 'pending' AND run_at <= now()) OR (status = 'running' AND locked_until < now())
      ORDER BY run_at, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, name, payload, attempts, max_attempts`,
  );
  return rows.map((row) => ({
    id: Number(row.id),
    name: row.name,
    payload: row.payload,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
  }));
}

export async function completeJob(db: Executor, id: number, workerId: string): Promise<void> {
  await db.execute(sql`UPDATE job SET status = 'done', finished_at = now(), locked_by = NULL, locked_until = NULL
    WHERE id = ${id} AND locked_by = ${workerId}`);
}

/** A failed try waits with exponential backoff; after the last try the job stays failed for a person to look at. */
export async function failJob(db: Executor, job: ClaimedJob, workerId: string, error: string): Promise<void> {
  const finalTry = job.attempts >= job.maxAttempts;
  const delay = retryDelaySeconds(job.attempts);
  await db.execute(sql`UPDATE job SET
      status = ${finalTry ? "failed" : "pending"},
      run_at = CASE WHEN ${finalTry} THEN run_at ELSE now() + make_interval(secs => ${delay}) END,
      finished_at = CASE WHEN ${finalTry} THEN now() ELSE NULL END,
      last_error = ${error.slice(0, 2000)}, locked_by = NULL, locked_until = NULL
    WHERE id = ${job.id} AND locked_by = ${workerId}`);
}

/** Claims each schedule whose time has come (one worker wins per tick) and returns their names. */
export async function claimDueSchedules(
  db: Executor,
  nextRunFor: (name: string, after: Date) => Date,
  now: Date,
): Promise<Array<{ name: string; dueAt: Date }>> {
  const rows = await queryRows<{ name: string; next_run_at: string | Date }>(
    db,
    sql`
    SELECT name, next_run_at FROM job_schedule WHERE next_run_at <= ${now.toISOString()}::timestamptz FOR UPDATE SKIP LOCKED`,
  );
  const claimed: Array<{ name: string; dueAt: Date }> = [];
  for (const row of rows) {
    const dueAt = new Date(row.next_run_at);
    const next = nextRunFor(row.name, now);
    await db.execute(
      sql`UPDATE job_schedule SET next_run_at = ${next.toISOString()}::timestamptz, last_run_at = ${now.toISOString()}::timestamptz WHERE name = ${row.name}`,
    );
    claimed.push({ name: row.name, dueAt });
  }
  return claimed;
}

export type QueuedJobs = { name: string; queued: number; oldestAgeSeconds: number };

/** Per job name, the due jobs no worker has claimed yet and how long the oldest has waited: one read, for /metrics. */
export async function queuedJobsByName(db: Executor): Promise<QueuedJobs[]> {
  const rows = await queryRows<{ name: string; queued: number; oldest_age_seconds: number | string }>(
    db,
    sql`
    SELECT name, count(*)::int AS queued, extract(epoch FROM now() - min(run_at))::float8 AS oldest_age_seconds
      FROM job WHERE status = 'pending' AND run_at <= now() GROUP BY name`,
  );
  return rows.map((row) => ({
    name: row.name,
    queued: row.queued,
    oldestAgeSeconds: Math.max(0, Number(row.oldest_age_seconds)),
  }));
}
