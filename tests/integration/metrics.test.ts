// /metrics on both engines: the token rules, requests counted by route pattern, the job queue read from the database,
// seat ledger lock waits and mail delivery failures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { enqueue } from "#platform/jobs/queue.ts";
import { pruneJob } from "#jobs/maintenance.ts";
import { allJobs } from "#jobs/registry.ts";
import { createWorker } from "#jobs/worker.ts";
import { queueMail } from "#features/mail/queue-mail.ts";
import { findOutboxMessage } from "#features/mail/list-outbox.ts";
import { registerForSession } from "#features/registration/register-for-session.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { serveForTest, type TestHttp } from "../support/http.ts";
import { seedCourse, seedPeople, seedSession } from "../support/catalog.ts";

const TOKEN = "metrics-token-for-tests-0123456789";

type Sample = { name: string; labels: Record<string, string>; value: number };

/** The samples of a Prometheus text exposition. */
function samplesOf(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[key!] = value!;
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

/** The sum of the samples with this name whose labels include `labels` (0 when there is none). */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  return samples
    .filter((s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value))
    .reduce((sum, s) => sum + s.value, 0);
}

describe.each(enginesUnderTest())("/metrics on %s", (engine) => {
  let services: TestServices;
  let http: TestHttp;

  const scrape = async () => {
    const response = await fetch(`${http.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    return samplesOf(await response.text());
  };

  beforeAll(async () => {
    // Nothing listens on port 1 of loopback: every delivery fails at once.
    services = await createTestServices(engine, { METRICS_TOKEN: TOKEN, SMTP_URL: "smtp://127.0.0.1:1" });
    http = await serveForTest(services);
  });
  afterAll(async () => {
    await http?.close();
    await services?.close();
  });

  it("answers only the right bearer token, and is not there at all without METRICS_TOKEN", async () => {
    const missing = await fetch(`${http.url}/metrics`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
    for (const authorization of [`Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, "Bearer ", `Basic ${TOKEN}`]) {
      expect((await fetch(`${http.url}/metrics`, { headers: { authorization } })).status).toBe(401);
    }
    const right = await fetch(`${http.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(right.status).toBe(200);
    expect(right.headers.get("content-type")).toMatch(/^text\/plain;.*version=0\.0\.4/);
    const samples = samplesOf(await right.text());
    // The process's own figures come with the hub's.
    expect(valueOf(samples, "process_cpu_user_seconds_total")).toBeGreaterThan(0);
    expect(samples.some((s) => s.name === "nodejs_heap_size_used_bytes")).toBe(true);

    const withoutToken = await serveForTest({ ...services, config: { ...services.config, metricsToken: undefined } });
    try {
      const response = await fetch(`${withoutToken.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("hub_");
    } finally {
      await withoutToken.close();
    }
  });

  it("counts and times a request under its route pattern, never its raw address", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id);
    const page = { method: "GET", route: "/trainings/:id" };
    const api = { method: "GET", route: "/api/v1/sessions/{id}" };
    const before = await scrape();

    // Each answer is read to its end, as a client does: a page is counted when its last byte has gone.
    const statusOf = async (address: string) => {
      const response = await fetch(`${http.url}${address}`);
      await response.text();
      return response.status;
    };
    expect(await statusOf(`/trainings/${session.id}`)).toBe(200);
    expect(await statusOf(`/trainings/${session.id}`)).toBe(200);
    expect(await statusOf(`/api/v1/sessions/${session.id}`)).toBe(200);
    expect(await statusOf(`/no/such/page/${session.id}`)).toBe(404);
    expect(await statusOf(`/api/v1/nothing-here/${session.id}`)).toBe(404);

    const after = await scrape();
    const count = (samples: Sample[], labels: Record<string, string>) =>
      valueOf(samples, "hub_http_requests_total", labels);
    expect(count(after, { ...page, status: "200" }) - count(before, { ...page, status: "200" })).toBe(2);
    expect(count(after, { ...api, status: "200" }) - count(before, { ...api, status: "200" })).toBe(1);
    expect(
      count(after, { route: "unmatched", status: "404" }) - count(before, { route: "unmatched", status: "404" }),
    ).toBe(2);
    const timed = (samples: Sample[]) => valueOf(samples, "hub_http_request_duration_seconds_count", page);
    expect(timed(after) - timed(before)).toBe(2);
    expect(valueOf(after, "hub_http_request_duration_seconds_bucket", { ...page, le: "+Inf" })).toBe(timed(after));
    // The previous scrape itself was counted under its own route.
    expect(count(after, { route: "/metrics", status: "200" })).toBeGreaterThanOrEqual(1);
    expect(after.some((s) => Object.values(s.labels).some((value) => value.includes(session.id)))).toBe(false);
  });

  it("reads the queue depth and the oldest waiting job's age from the job table at each scrape", async () => {
    const depth = (samples: Sample[]) => valueOf(samples, "hub_jobs_queued", { job: pruneJob.name });
    expect(depth(await scrape())).toBe(0);
    for (let i = 0; i < 3; i++) await enqueue(services.db, pruneJob, {});
    await services.db.execute(
      sql`UPDATE job SET run_at = now() - interval '120 seconds' WHERE id = (SELECT min(id) FROM job WHERE name = ${pruneJob.name})`,
    );
    const queued = await scrape();
    expect(depth(queued)).toBe(3);
    const age = valueOf(queued, "hub_jobs_oldest_queued_age_seconds", { job: pruneJob.name });
    expect(age).toBeGreaterThanOrEqual(119);
    expect(age).toBeLessThan(600);
    // Every known job appears, waiting or not.
    for (const binding of allJobs) {
      expect(queued.some((s) => s.name === "hub_jobs_queued" && s.labels.job === binding.contract.name)).toBe(true);
    }

    // A job waiting for a later time is not behind yet; a claimed one no longer waits.
    await enqueue(services.db, pruneJob, {}, { runAt: new Date(Date.now() + 3_600_000) });
    const worker = createWorker(services, { jobs: allJobs, concurrency: 1 });
    expect(await worker.tick()).toBe(1);
    expect(depth(await scrape())).toBe(2);
  });

  it("observes how long seat decisions wait for their session's lock", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id, { overrides: { capacity: 1 } });
    const people = await seedPeople(services.db, 3);
    const waits = (samples: Sample[]) => valueOf(samples, "hub_seat_ledger_lock_wait_seconds_count");
    const before = waits(await scrape());
    for (const viewer of people) {
      await registerForSession(
        services,
        { viewer, sessionId: session.id, consent: true },
        { userId: viewer.userId, label: "test" },
      );
    }
    const after = await scrape();
    expect(waits(after) - before).toBeGreaterThanOrEqual(people.length);
    expect(valueOf(after, "hub_seat_ledger_lock_wait_seconds_sum")).toBeGreaterThan(0);
  });

  it("counts mail SMTP did not accept, apart from the last try that gives up", async () => {
    const failures = (samples: Sample[], outcome: string) =>
      valueOf(samples, "hub_mail_delivery_failures_total", { outcome });
    // Only the two deliveries below are due, so one tick runs both.
    await services.db.execute(sql`DELETE FROM job WHERE status = 'pending'`);
    const before = await scrape();
    const queue = (to: string) =>
      queueMail(services.db, { to, locale: "en", recipientName: "Sam", template: "verify-email", link: "http://x/y" });
    const retried = await queue("retry@example.org");
    const lastTry = await queue("last-try@example.org");
    await services.db.execute(
      sql`UPDATE job SET max_attempts = 1 WHERE name = 'mail.deliver' AND payload->>'messageId' = ${lastTry}`,
    );
    const worker = createWorker(services, { jobs: allJobs, concurrency: 4 });
    await worker.tick();

    const after = await scrape();
    expect(failures(after, "will_retry") - failures(before, "will_retry")).toBe(1);
    expect(failures(after, "gave_up") - failures(before, "gave_up")).toBe(1);
    expect((await findOutboxMessage(services.db, retried))?.status).toBe("queued");
    expect((await findOutboxMessage(services.db, lastTry))?.status).toBe("failed");
  });
});
