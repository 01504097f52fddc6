// The PostgreSQL job table as a queue: enqueue inside the caller's transaction, claim with FOR UPDATE SKIP LOCKED.
import { sql } from "drizzle-orm";
import { queryRows, schema, type Executor } from "#db/client.ts";
import { retryDelaySeconds } from "#core/retry.ts";

export type EnqueueOptions = {
  name: string;
  payload: unknown;
  runAt?: Date;
  /** While a job with this key is pending or running, enqueueing it again adds nothing. */
  dedupeKey?: string;
  maxAttempts?: number;
};

export async function enqueueJob(db: Executor, options: EnqueueOptions): Promise<void> {
  await db
    .insert(schema.job)
    .values({
      name: options.name,
      payload: options.payload ?? {},
      runAt: options.runAt ?? new Date(),
      dedupeKey: options.dedupeKey ?? null,
      maxAttempts: options.maxAttempts ?? 5,
    })
    .onConflictDoNothing();
}

export type ClaimedJob = { id: number; name: string; payload: unknown; attempts: number; maxAttempts: number };

/**
 * Takes up to `limit` due jobs for this worker. A running job whose lease has run out (its worker died)
 * is due again. SKIP LOCKED lets any number of workers claim at once without waiting or double-claiming.
 */
export async function claimJobs(db: Executor, workerId: string, limit: number, leaseSeconds: number): Promise<ClaimedJob[]> {
  const rows = await queryRows<{ id: string | number; name: string; payload: unknown; attempts: number; max_attempts: number }>(db, sql`
    UPDATE job SET status = 'running', locked_by = ${workerId},
      locked_until = now() + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM job
      WHERE (status = 'pending' AND run_at <= now()) OR (status = 'running' AND locked_until < now())
      ORDER BY run_at, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, name, payload, attempts, max_attempts`);
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
  const rows = await queryRows<{ name: string; next_run_at: string | Date }>(db, sql`
    SELECT name, next_run_at FROM job_schedule WHERE next_run_at <= ${now.toISOString()}::timestamptz FOR UPDATE SKIP LOCKED`);
  const claimed: Array<{ name: string; dueAt: Date }> = [];
  for (const row of rows) {
    const dueAt = new Date(row.next_run_at);
    const next = nextRunFor(row.name, now);
    await db.execute(sql`UPDATE job_schedule SET next_run_at = ${next.toISOString()}::timestamptz, last_run_at = ${now.toISOString()}::timestamptz WHERE name = ${row.name}`);
    claimed.push({ name: row.name, dueAt });
  }
  return claimed;
}
