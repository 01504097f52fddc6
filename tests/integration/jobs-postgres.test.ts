// Two worker processes on one PostgreSQL database (two pools): no job runs twice, and a due schedule fires once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { openDatabase, type DatabaseHandle } from "#db/client.ts";
import { defineJobContract } from "#platform/jobs/contract.ts";
import { enqueue } from "#platform/jobs/queue.ts";
import { bindJob, createWorker, registerSchedules, type Schedule, type Worker } from "#jobs/worker.ts";
import { loadConfig } from "#platform/config.ts";
import { createLogger } from "#platform/logger.ts";
import type { Services } from "#platform/services.ts";
import { createServices } from "#server/create-services.ts";
import { createTestDatabase, type TestDatabase } from "../support/databases.ts";

const postgresUrl = process.env.TEST_DATABASE_URL;
const underCi = Boolean(process.env.CI) && !["0", "false"].includes(process.env.CI!.toLowerCase());
const JOB_COUNT = 500;

if (!postgresUrl && underCi) {
  describe("job queue on two PostgreSQL workers", () => {
    it("needs a PostgreSQL server under CI", () => {
      throw new Error(
        "CI is set but TEST_DATABASE_URL is not: the two-worker test must run on PostgreSQL in CI (see .ci/run)",
      );
    });
  });
} else if (!postgresUrl) {
  console.warn(
    "[jobs-postgres] skipped: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres to prove two workers never run a job twice",
  );
  describe.skip("job queue on two PostgreSQL workers (skipped: TEST_DATABASE_URL is not set)", () => {
    it("runs every job exactly once across two workers", () => undefined);
  });
} else {
  describe("job queue on two PostgreSQL workers", () => {
    let testDatabase: TestDatabase;
    let secondPool: DatabaseHandle;
    let first: Services;
    let second: Services;

    /** Which process ran which job, as the handlers saw it. */
    const ranBy = new Map<Services, number[]>();

    /** Records its job id; the table's primary key makes a second run of the same job fail loudly. */
    const recordRunJob = defineJobContract({
      name: "test.record-run",
      payload: z.object({ n: z.number().int() }),
      attempts: 1,
    });
    const recordRun = bindJob(recordRunJob, async (services, { n }, { jobId }) => {
      ranBy.get(services)!.push(jobId);
      // Yield so the two workers' claims and runs interleave.
      await new Promise((resolve) => setImmediate(resolve));
      await services.database.query("INSERT INTO test_job_run (job_id, n, process) VALUES ($1, $2, $3)", [
        jobId,
        n,
        services === first ? "first" : "second",
      ]);
    });

    beforeAll(async () => {
      testDatabase = await createTestDatabase("postgres", { poolSize: 6 });
      secondPool = await openDatabase({ kind: "postgres", url: testDatabase.url!, poolSize: 6 });
      const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", DATABASE_URL: testDatabase.url! });
      const logger = createLogger("silent");
      first = await createServices(config, logger, { database: testDatabase.handle, migrate: false });
      second = await createServices(config, logger, { database: secondPool, migrate: false });
      ranBy.set(first, []);
      ranBy.set(second, []);
      await testDatabase.handle.exec(
        "CREATE TABLE test_job_run (job_id bigint PRIMARY KEY, n integer NOT NULL UNIQUE, process text NOT NULL)",
      );
    });
    afterAll(async () => {
      await secondPool?.close();
      await testDatabase?.drop();
    });

    it(`runs each of ${JOB_COUNT} jobs exactly once when two workers drain the queue together`, async () => {
      await first.db.transaction(async (tx) => {
        for (let n = 1; n <= JOB_COUNT; n++) await enqueue(tx, recordRunJob, { n });
      });
      const workers = [
        createWorker(first, { jobs: [recordRun], concurrency: 4, workerId: "first" }),
        createWorker(first, { jobs: [recordRun], concurrency: 4, workerId: "first-b" }),
        createWorker(second, { jobs: [recordRun], concurrency: 4, workerId: "second" }),
        createWorker(second, { jobs: [recordRun], concurrency: 4, workerId: "second-b" }),
      ];
      // Each loop ends when it finds nothing left to claim.
      const drain = async (worker: Worker) => {
        while ((await worker.tick()) > 0);
      };
      await Promise.all(workers.map(drain));

      const statuses = await first.database.query<{ status: string; attempts: number; count: string }>(
        "SELECT status, attempts, count(*) AS count FROM job WHERE name = 'test.record-run' GROUP BY status, attempts",
      );
      expect(statuses.map((s) => ({ ...s, count: Number(s.count) }))).toEqual([
        { status: "done", attempts: 1, count: JOB_COUNT },
      ]);
      const errors = await first.database.query("SELECT id, last_error FROM job WHERE last_error IS NOT NULL");
      expect(errors).toEqual([]);

      const [runs] = await first.database.query<{ total: string; distinct_jobs: string }>(
        "SELECT count(*) AS total, count(DISTINCT job_id) AS distinct_jobs FROM test_job_run",
      );
      expect(Number(runs!.total)).toBe(JOB_COUNT);
      expect(Number(runs!.distinct_jobs)).toBe(JOB_COUNT);

      const firstRan = ranBy.get(first)!;
      const secondRan = ranBy.get(second)!;
      expect(firstRan.length + secondRan.length).toBe(JOB_COUNT);
      expect(new Set([...firstRan, ...secondRan]).size).toBe(JOB_COUNT);
      // Both processes really took part, so the claims truly raced.
      expect(firstRan.length).toBeGreaterThan(0);
      expect(secondRan.length).toBeGreaterThan(0);
    });

    it("enqueues a due schedule once per due time when both processes tick together, round after round", async () => {
      const countedJob = defineJobContract({
        name: "test.scheduled-count",
        payload: z.object({}).passthrough(),
        attempts: 5,
      });
      const schedule: Schedule = { name: "test-two-processes", cron: "0 * * * *", job: countedJob };
      await registerSchedules(first, [schedule]);
      await registerSchedules(second, [schedule]);
      const workers = [first, second].map((services) =>
        createWorker(services, { jobs: [bindJob(countedJob, async () => undefined)], schedules: [schedule] }),
      );
      for (let round = 1; round <= 20; round++) {
        await first.database.query(
          "UPDATE job_schedule SET next_run_at = now() - make_interval(mins => $2) WHERE name = $1",
          [schedule.name, round],
        );
        await Promise.all(workers.map((w) => w.tick()));
        const [{ count } = { count: "0" }] = await first.database.query<{ count: string }>(
          "SELECT count(*) AS count FROM job WHERE name = 'test.scheduled-count'",
        );
        expect(Number(count), `round ${round}`).toBe(round);
      }
    });
  });
}
