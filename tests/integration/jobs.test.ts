// The job queue on every engine: retries with backoff, dedupe keys, schedules, crashed workers, graceful stop.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { retryDelaySeconds } from "#core/retry.ts";
import { defineJobContract } from "#platform/jobs/contract.ts";
import { claimJobs, enqueue, enqueueMany, failJob } from "#platform/jobs/queue.ts";
import { bindJob, createWorker, drainJobs, nextRunOf, registerSchedules, type Schedule } from "#jobs/worker.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";

type JobRow = {
  id: number;
  name: string;
  status: string;
  attempts: number;
  max_attempts: number;
  run_at: Date;
  last_error: string | null;
  locked_by: string | null;
  locked_until: Date | null;
  finished_at: Date | null;
  payload: Record<string, unknown>;
};

/** Runs per key, shared by the handlers below; a handler fails its first `failTimes` runs. */
const runsByKey = new Map<string, number>();

/** Three tries in all: the contract's attempts are the attempts a job gets. */
const flakyJob = defineJobContract({
  name: "test.flaky",
  payload: z.object({ key: z.string(), failTimes: z.number().int() }),
  attempts: 3,
});

/** `welcome`, when given, is the dedupe key: one job per key while it waits. */
const countedJob = defineJobContract({
  name: "test.counted",
  payload: z.object({ key: z.string(), welcome: z.string().optional() }),
  attempts: 5,
  dedupeKey: ({ welcome }) => welcome,
});

/** A job that waits for the test to let it finish. */
let slowJobGate: { started: () => void; release: Promise<void> } | null = null;
const slowJob = defineJobContract({ name: "test.slow", payload: z.object({ key: z.string() }), attempts: 5 });

const testJobs = [
  bindJob(flakyJob, async (_services, { key, failTimes }) => {
    const run = (runsByKey.get(key) ?? 0) + 1;
    runsByKey.set(key, run);
    if (run <= failTimes) throw new Error(`planned failure ${run} for ${key}`);
  }),
  bindJob(countedJob, async (_services, { key }) => {
    runsByKey.set(key, (runsByKey.get(key) ?? 0) + 1);
  }),
  // Loaded lazily, as the registry loads handlers.
  bindJob(slowJob, {
    load:
      async () =>
      async (_services, { key }) => {
        slowJobGate?.started();
        await slowJobGate?.release;
        runsByKey.set(key, (runsByKey.get(key) ?? 0) + 1);
      },
  }),
];

describe.each(enginesUnderTest())("job queue on %s", (engine) => {
  let services: TestServices;

  const jobRows = async (name: string): Promise<JobRow[]> => {
    const rows = await services.database.query<JobRow>(
      "SELECT id, name, status, attempts, max_attempts, run_at, last_error, locked_by, locked_until, finished_at, payload FROM job WHERE name = $1 ORDER BY id",
      [name],
    );
    return rows.map((row) => ({
      ...row,
      id: Number(row.id),
      run_at: new Date(row.run_at),
      locked_until: row.locked_until ? new Date(row.locked_until) : null,
      finished_at: row.finished_at ? new Date(row.finished_at) : null,
    }));
  };
  const onlyJob = async (name: string): Promise<JobRow> => {
    const rows = await jobRows(name);
    expect(rows).toHaveLength(1);
    return rows[0]!;
  };
  /** Instead of waiting out a backoff, move the job's time to now. */
  const makeDue = (id: number) =>
    services.database.query("UPDATE job SET run_at = now() - interval '1 second' WHERE id = $1", [id]);

  beforeAll(async () => {
    services = await createTestServices(engine);
  });
  afterAll(async () => services.close());
  beforeEach(async () => {
    runsByKey.clear();
    await services.database.exec("DELETE FROM job; DELETE FROM job_schedule;");
  });

  it("retries a failing job with exponential backoff until it succeeds", async () => {
    const worker = createWorker(services, { jobs: testJobs });
    await enqueue(services.db, flakyJob, { key: "twice", failTimes: 2 });

    for (const attempt of [1, 2]) {
      const before = Date.now();
      expect(await worker.tick()).toBe(1);
      const after = Date.now();
      const row = await onlyJob("test.flaky");
      expect(row.status).toBe("pending");
      expect(row.attempts).toBe(attempt);
      expect(row.last_error).toBe(`planned failure ${attempt} for twice`);
      expect(row.locked_by).toBeNull();
      // The next try waits as long as core/retry.ts says (10 s, then 20 s), measured from the failure.
      const delayMs = retryDelaySeconds(attempt) * 1000;
      expect(delayMs).toBe(attempt === 1 ? 10_000 : 20_000);
      expect(row.run_at.getTime()).toBeGreaterThanOrEqual(before + delayMs - 1000);
      expect(row.run_at.getTime()).toBeLessThanOrEqual(after + delayMs + 1000);
      // Not due yet: a tick leaves it alone.
      expect(await worker.tick()).toBe(0);
      expect(runsByKey.get("twice")).toBe(attempt);
      await makeDue(row.id);
    }

    expect(await worker.tick()).toBe(1);
    const done = await onlyJob("test.flaky");
    expect(done.status).toBe("done");
    expect(done.attempts).toBe(3);
    expect(done.finished_at).not.toBeNull();
    expect(runsByKey.get("twice")).toBe(3);
    expect(await worker.tick()).toBe(0);
  });

  it("stops after maxAttempts and keeps the job failed with its last error", async () => {
    const worker = createWorker(services, { jobs: testJobs });
    await enqueue(services.db, flakyJob, { key: "always", failTimes: 99 });
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(await worker.tick()).toBe(1);
      const row = await onlyJob("test.flaky");
      expect(row.attempts).toBe(attempt);
      expect(row.status).toBe(attempt < 3 ? "pending" : "failed");
      await makeDue(row.id);
    }
    const failed = await onlyJob("test.flaky");
    expect(failed.last_error).toBe("planned failure 3 for always");
    expect(failed.finished_at).not.toBeNull();
    // Even with its time in the past, a failed job is not picked up again.
    expect(await worker.tick()).toBe(0);
    expect((await onlyJob("test.flaky")).status).toBe("failed");
    expect(runsByKey.get("always")).toBe(3);
  });

  it("adds one row for a dedupe key while the first job is waiting, and a new one after it finished", async () => {
    await enqueue(services.db, countedJob, { key: "d", welcome: "welcome:42" });
    await enqueue(services.db, countedJob, { key: "d", welcome: "welcome:42" });
    await services.db.transaction(async (tx) => {
      await enqueue(tx, countedJob, { key: "d", welcome: "welcome:42" });
    });
    await enqueue(services.db, countedJob, { key: "other", welcome: "welcome:43" });
    expect((await jobRows("test.counted")).map((r) => r.payload.key)).toEqual(["d", "other"]);

    await drainJobs(createWorker(services, { jobs: testJobs }));
    expect(runsByKey.get("d")).toBe(1);
    // The key only guards unfinished work: the same key later is a new job.
    await enqueue(services.db, countedJob, { key: "d", welcome: "welcome:42" });
    const rows = await jobRows("test.counted");
    expect(rows.map((r) => r.status)).toEqual(["done", "done", "pending"]);
  });

  it("gives each job the attempts its contract declares, one at a time or in a batch, and keeps one per dedupe key", async () => {
    await enqueue(services.db, countedJob, { key: "single" });
    await enqueueMany(services.db, countedJob, [
      { key: "a", welcome: "welcome:7" },
      { key: "a again", welcome: "welcome:7" },
      { key: "b" },
      { key: "c" },
    ]);
    await enqueueMany(services.db, flakyJob, [{ key: "three tries", failTimes: 0 }]);
    await enqueueMany(services.db, countedJob, []);
    const counted = await jobRows("test.counted");
    expect(counted.map((r) => r.payload.key)).toEqual(["single", "a", "b", "c"]);
    expect(counted.every((r) => r.max_attempts === countedJob.attempts)).toBe(true);
    expect((await onlyJob("test.flaky")).max_attempts).toBe(3);
    // A payload the contract refuses is never queued.
    await expect(enqueue(services.db, countedJob, { key: 42 } as never)).rejects.toThrow();
    await drainJobs(createWorker(services, { jobs: testJobs }));
    expect([...runsByKey.keys()].sort()).toEqual(["a", "b", "c", "single", "three tries"]);
  });

  it("enqueues a due schedule exactly once when two workers tick at the same moment, and moves it on", async () => {
    const schedule: Schedule = {
      name: "test-every-5-minutes",
      cron: "*/5 * * * *",
      job: countedJob,
      payload: { key: "scheduled" },
    };
    await registerSchedules(services, [schedule]);
    const [registered] = await services.database.query<{ next_run_at: Date }>(
      "SELECT next_run_at FROM job_schedule WHERE name = $1",
      [schedule.name],
    );
    expect(new Date(registered!.next_run_at).getTime()).toBeGreaterThan(Date.now());

    const workers = [1, 2].map(() => createWorker(services, { jobs: testJobs, schedules: [schedule] }));
    // Not due: nothing happens.
    await Promise.all(workers.map((w) => w.tick()));
    expect(await jobRows("test.counted")).toHaveLength(0);

    await services.database.query("UPDATE job_schedule SET next_run_at = now() - interval '1 minute' WHERE name = $1", [
      schedule.name,
    ]);
    // A process starting now registers the schedule again; that must not push the due run away.
    await registerSchedules(services, [schedule]);
    const before = new Date();
    await Promise.all(workers.map((w) => w.tick()));
    await drainJobs(workers[0]!);

    const rows = await jobRows("test.counted");
    expect(rows).toHaveLength(1);
    expect(rows[0]!.status).toBe("done");
    expect(runsByKey.get("scheduled")).toBe(1);
    const [moved] = await services.database.query<{ next_run_at: Date; last_run_at: Date | null }>(
      "SELECT next_run_at, last_run_at FROM job_schedule WHERE name = $1",
      [schedule.name],
    );
    const next = new Date(moved!.next_run_at);
    expect(next.getTime()).toBeGreaterThan(before.getTime());
    expect(next.getTime()).toBeLessThanOrEqual(nextRunOf(schedule.cron, new Date()).getTime());
    expect(next.getUTCMinutes() % 5).toBe(0);
    expect(moved!.last_run_at).not.toBeNull();

    // Ticking again before the next time enqueues nothing more.
    await Promise.all(workers.map((w) => w.tick()));
    expect(await jobRows("test.counted")).toHaveLength(1);
  });

  it("moves a schedule's next run when its cron line changed (BACKUP_SCHEDULE edited), and only then", async () => {
    const name = "test-edited-schedule";
    const nextRunAt = async () =>
      new Date(
        (
          await services.database.query<{ next_run_at: Date }>("SELECT next_run_at FROM job_schedule WHERE name = $1", [
            name,
          ])
        )[0]!.next_run_at,
      );
    await registerSchedules(services, [{ name, cron: "0 3 1 1 *", job: countedJob }]);
    const yearly = await nextRunAt();
    expect(yearly.getTime()).toBe(nextRunOf("0 3 1 1 *", new Date()).getTime());
    await registerSchedules(services, [{ name, cron: "0 3 1 1 *", job: countedJob }]);
    expect((await nextRunAt()).getTime()).toBe(yearly.getTime());
    await registerSchedules(services, [{ name, cron: "*/5 * * * *", job: countedJob }]);
    const edited = await nextRunAt();
    expect(edited.getTime()).toBeLessThanOrEqual(Date.now() + 5 * 60_000);
    expect(edited.getUTCMinutes() % 5).toBe(0);
  });

  it("claims again a running job whose worker died (its lease ran out), and ignores the dead worker's late answer", async () => {
    await enqueue(services.db, countedJob, { key: "orphan" });
    const [claimed] = await claimJobs(services.db, "worker-that-died", 5, 300);
    expect(claimed?.attempts).toBe(1);
    const survivor = createWorker(services, { jobs: testJobs, workerId: "survivor" });

    // While the lease holds, nobody else takes it.
    expect(await survivor.tick()).toBe(0);
    const running = await onlyJob("test.counted");
    expect(running.status).toBe("running");
    expect(running.locked_by).toBe("worker-that-died");

    await services.database.query("UPDATE job SET locked_until = now() - interval '1 second' WHERE id = $1", [
      running.id,
    ]);
    expect(await survivor.tick()).toBe(1);
    const done = await onlyJob("test.counted");
    expect(done.status).toBe("done");
    expect(done.attempts).toBe(2);
    expect(done.locked_by).toBeNull();
    expect(runsByKey.get("orphan")).toBe(1);

    // The dead worker coming back cannot overwrite the result.
    await failJob(services.db, claimed!, "worker-that-died", "late answer");
    const after = await onlyJob("test.counted");
    expect(after.status).toBe("done");
    expect(after.last_error).toBeNull();
  });

  it("stops gracefully: stop() resolves only after the running job finished", async () => {
    let markStarted!: () => void;
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    let release!: () => void;
    slowJobGate = { started: markStarted, release: new Promise<void>((resolve) => (release = resolve)) };

    const worker = createWorker(services, { jobs: testJobs, pollIntervalMs: 20 });
    worker.start();
    await enqueue(services.db, slowJob, { key: "slow" });
    worker.nudge();
    await started;

    let stopResolved = false;
    const stopping = worker.stop().then(() => {
      stopResolved = true;
    });
    // Give stop() every chance to resolve early if it were going to.
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(stopResolved).toBe(false);
    expect((await onlyJob("test.slow")).status).toBe("running");

    release();
    await stopping;
    expect(runsByKey.get("slow")).toBe(1);
    expect((await onlyJob("test.slow")).status).toBe("done");

    // A stopped worker claims nothing more.
    await enqueue(services.db, countedJob, { key: "after-stop" });
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await onlyJob("test.counted")).status).toBe("pending");
    slowJobGate = null;
  });
});
