// Runs due jobs and recurring schedules, in the app process or in its own (`npm run worker`); stops gracefully.
import { randomUUID } from "node:crypto";
import { CronExpressionParser } from "cron-parser";
import { sql } from "drizzle-orm";
import type { Services } from "#platform/services.ts";
import { schema } from "#db/client.ts";
import { retryWhileUnreachable } from "#db/connection-errors.ts";
import type { JobContract, JobHandler } from "#platform/jobs/contract.ts";
import {
  claimDueSchedules,
  claimJobs,
  completeJob,
  enqueueScheduledRun,
  failJob,
  type ClaimedJob,
} from "#platform/jobs/queue.ts";

/** A contract paired with the code that runs it, loaded the first time a job of that name is claimed. */
export type JobBinding<Contract extends JobContract = JobContract> = {
  contract: Contract;
  load: () => Promise<JobHandler<Contract>>;
};

/** Pairs a contract with its handler; pass a loader (a dynamic import) so a worker loads only the code it runs. */
export function bindJob<Contract extends JobContract>(
  contract: Contract,
  handler: JobHandler<Contract> | { load: () => Promise<JobHandler<Contract>> },
): JobBinding {
  const load = typeof handler === "function" ? async () => handler : handler.load;
  return { contract, load } as unknown as JobBinding;
}

/** A recurring job, written in cron syntax and evaluated in UTC. */
export type Schedule = { name: string; cron: string; job: JobContract; payload?: unknown };

export type WorkerOptions = {
  jobs: JobBinding[];
  schedules?: Schedule[];
  concurrency?: number;
  pollIntervalMs?: number;
  leaseSeconds?: number;
  workerId?: string;
};

export type Worker = {
  id: string;
  /** Claims and runs what is due now; returns how many jobs it ran. Tests call it directly. */
  tick(): Promise<number>;
  /** Starts the polling loop; without it the worker only runs when `tick` is called. */
  start(): void;
  /** Wakes the loop at once (after this process enqueued something). */
  nudge(): void;
  stop(): Promise<void>;
};

export function nextRunOf(cron: string, after: Date): Date {
  return CronExpressionParser.parse(cron, { currentDate: after, tz: "UTC" }).next().toDate();
}

export async function registerSchedules(services: Services, schedules: Schedule[]): Promise<void> {
  const now = services.now();
  for (const schedule of schedules) {
    await services.db
      .insert(schema.jobSchedule)
      .values({ name: schedule.name, cron: schedule.cron, nextRunAt: nextRunOf(schedule.cron, now) })
      // A changed cron line (BACKUP_SCHEDULE edited) takes effect from now; an unchanged one keeps its next run.
      .onConflictDoUpdate({
        target: schema.jobSchedule.name,
        set: {
          cron: schedule.cron,
          nextRunAt: sql`CASE WHEN ${schema.jobSchedule.cron} = excluded.cron THEN ${schema.jobSchedule.nextRunAt} ELSE excluded.next_run_at END`,
        },
      });
  }
}

export function createWorker(services: Services, options: WorkerOptions): Worker {
  const id = options.workerId ?? `worker-${randomUUID().slice(0, 8)}`;
  const concurrency = options.concurrency ?? 2;
  const leaseSeconds = options.leaseSeconds ?? 300;
  const byName = new Map(options.jobs.map((binding) => [binding.contract.name, binding]));
  const handlers = new Map<string, Promise<JobHandler>>();
  const handlerFor = (binding: JobBinding) => {
    const name = binding.contract.name;
    let handler = handlers.get(name);
    if (!handler) {
      handlers.set(name, (handler = binding.load()));
      // A failed import is tried again with the next job, not remembered.
      handler.catch(() => handlers.delete(name));
    }
    return handler;
  };
  const schedules = new Map((options.schedules ?? []).map((s) => [s.name, s]));
  const log = services.logger.child({ worker: id });

  // The outcome of a job that ran is recorded through a database outage of up to half the lease; given up at once,
  // the job would stay "running" until its lease ran out and then run again.
  const recordOutcome = (write: () => Promise<void>) =>
    retryWhileUnreachable(write, { withinMs: (leaseSeconds * 1000) / 2 });

  async function runOne(job: ClaimedJob): Promise<void> {
    const binding = byName.get(job.name);
    try {
      if (!binding) throw new Error(`no handler for job ${job.name}`);
      const handler = await handlerFor(binding);
      await handler(services, binding.contract.payload.parse(job.payload), {
        jobId: job.id,
        attempt: job.attempts,
        maxAttempts: job.maxAttempts,
      });
      await recordOutcome(() => completeJob(services.db, job.id, id));
      log.debug({ jobId: job.id, job: job.name }, "job done");
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log.warn({ jobId: job.id, job: job.name, attempt: job.attempts, err: message }, "job failed");
      await recordOutcome(() => failJob(services.db, job, id, message));
    }
  }

  async function enqueueDueSchedules(): Promise<void> {
    if (schedules.size === 0) return;
    await services.db.transaction(async (tx) => {
      const due = await claimDueSchedules(
        tx,
        (name, after) => nextRunOf(schedules.get(name)?.cron ?? "0 * * * *", after),
        services.now(),
      );
      for (const { name, dueAt } of due) {
        const schedule = schedules.get(name);
        if (!schedule) continue;
        await enqueueScheduledRun(tx, schedule.job, schedule.payload ?? {}, `schedule:${name}:${dueAt.toISOString()}`);
      }
    });
  }

  async function tick(): Promise<number> {
    await enqueueDueSchedules();
    const claimed = await claimJobs(services.db, id, concurrency, leaseSeconds);
    await Promise.all(claimed.map(runOne));
    return claimed.length;
  }

  let stopped = false;
  let wake: (() => void) | null = null;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  let loop: Promise<void> = Promise.resolve();
  const runLoop = async () => {
    while (!stopped) {
      let ran = 0;
      try {
        ran = await tick();
      } catch (error) {
        log.error({ err: error instanceof Error ? error.message : String(error) }, "worker tick failed");
      }
      if (ran > 0 || stopped) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollIntervalMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  };

  return {
    id,
    tick,
    start() {
      loop = runLoop();
    },
    nudge: () => wake?.(),
    async stop() {
      stopped = true;
      wake?.();
      await loop;
      log.info("worker stopped");
    },
  };
}

/** Used by tests and the CLI: run everything due until the queue is empty. */
export async function drainJobs(worker: Pick<Worker, "tick">, maxRounds = 50): Promise<void> {
  for (let round = 0; round < maxRounds; round++) {
    if ((await worker.tick()) === 0) return;
  }
}
