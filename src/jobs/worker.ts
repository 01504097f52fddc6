// Runs due jobs and recurring schedules, in the app process or in its own (`npm run worker`); stops gracefully.
import { randomUUID } from "node:crypto";
import { CronExpressionParser } from "cron-parser";
import type { Services } from "#platform/services.ts";
import { schema } from "#db/client.ts";
import { claimDueSchedules, claimJobs, completeJob, enqueueJob, failJob, type ClaimedJob } from "./queue.ts";
import type { JobDefinition, Schedule } from "./define-job.ts";

export type WorkerOptions = {
  jobs: JobDefinition[];
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
      .onConflictDoUpdate({ target: schema.jobSchedule.name, set: { cron: schedule.cron } });
  }
}

export function createWorker(services: Services, options: WorkerOptions): Worker {
  const id = options.workerId ?? `worker-${randomUUID().slice(0, 8)}`;
  const concurrency = options.concurrency ?? 2;
  const leaseSeconds = options.leaseSeconds ?? 300;
  const byName = new Map(options.jobs.map((job) => [job.name, job]));
  const schedules = new Map((options.schedules ?? []).map((s) => [s.name, s]));
  const log = services.logger.child({ worker: id });

  async function runOne(job: ClaimedJob): Promise<void> {
    const definition = byName.get(job.name);
    try {
      if (!definition) throw new Error(`no handler for job ${job.name}`);
      await definition.run(services, definition.schema.parse(job.payload), { jobId: job.id, attempt: job.attempts, maxAttempts: job.maxAttempts });
      await completeJob(services.db, job.id, id);
      log.debug({ jobId: job.id, job: job.name }, "job done");
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log.warn({ jobId: job.id, job: job.name, attempt: job.attempts, err: message }, "job failed");
      await failJob(services.db, job, id, message);
    }
  }

  async function enqueueDueSchedules(): Promise<void> {
    if (schedules.size === 0) return;
    await services.db.transaction(async (tx) => {
      const due = await claimDueSchedules(tx, (name, after) => nextRunOf(schedules.get(name)?.cron ?? "0 * * * *", after), services.now());
      for (const { name, dueAt } of due) {
        const schedule = schedules.get(name);
        if (!schedule) continue;
        await enqueueJob(tx, {
          name: schedule.job.name,
          payload: schedule.payload ?? {},
          dedupeKey: `schedule:${name}:${dueAt.toISOString()}`,
          maxAttempts: schedule.job.maxAttempts,
        });
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

