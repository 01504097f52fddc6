// `npm run bench:drills`: what the hub does when things break, with figures. Two app processes (production mode, no
// worker inside) and one worker process run on a PostgreSQL server the drill starts itself, so it can stop it.
//   1. kill -9 one app process in the middle of a registration surge: every 201 is in the database, no seat is sold
//      twice, and the other process keeps serving.
//   2. the database stopped mid-run: 503 with Retry-After while it is away, service again without restarting anything,
//      queued jobs resume and none runs twice (each notice reaches the mail server once).
//   3. a soak at steady load (DRILL_SOAK_SECONDS, 600 by default): heap and RSS of each app process at the start and end.
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { openDatabase, queryRows, schema, type Database, type DatabaseHandle } from "#db/client.ts";
import { migrateDatabase } from "#db/migrate.ts";
import { startSmtpServer, type TestSmtpServer } from "../tests/support/smtp.ts";
import { startHubProcess, type HubProcess } from "./support/hub-processes.ts";
import { startOwnPostgres, type OwnPostgres } from "./support/own-postgres.ts";
import { seedPeople, seedSession, type Person } from "./support/seed-people.ts";

const SEATS = 30;
const SURGE_PEOPLE = Number(process.env.DRILL_SURGE_PEOPLE ?? 600);
const OUTAGE_PEOPLE = Number(process.env.DRILL_OUTAGE_PEOPLE ?? 400);
const OUTAGE_SECONDS = Number(process.env.DRILL_OUTAGE_SECONDS ?? 10);
const SOAK_SECONDS = Number(process.env.DRILL_SOAK_SECONDS ?? 600);
/** Requests in flight at once during the outage drill and the soak: a steady load, not a surge. */
const STEADY_CONCURRENCY = 8;
/** The soak's heap and RSS may grow by this much between its first and last minute. */
const GROWTH_LIMIT = 0.1;
const METRICS_TOKEN = "drill-metrics-token-drill-metrics-token";

type Answer = { status: number; retryAfter: string | null; body: any; at: number };

async function send(
  base: string,
  path: string,
  options: { token?: string; method?: string; body?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  try {
    const response = await fetch(`${base}${path}`, {
      method: options.method ?? "GET",
      headers,
      body: options.body,
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // a page, not JSON
    }
    return { status: response.status, retryAfter: response.headers.get("retry-after"), body, at: performance.now() };
  } catch {
    return { status: 0, retryAfter: null, body: undefined, at: performance.now() };
  }
}

const register = (base: string, sessionId: string, person: Person) =>
  send(base, `/api/v1/sessions/${sessionId}/registrations`, { token: person.token, method: "POST", body: "{}" });

const fmt = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : "n/a";

const results: { drill: string; figure: string; value: string; target: string; ok: boolean | undefined }[] = [];
function row(drill: string, figure: string, value: string, target = "", ok?: boolean) {
  results.push({ drill, figure, value, target, ok });
}

async function held(db: Database, sessionId: string): Promise<Map<string, string>> {
  const rows = await queryRows<{ id: string; status: string }>(
    db,
    sql`SELECT id, status FROM registration WHERE session_id = ${sessionId}`,
  );
  return new Map(rows.map((r) => [r.id, r.status]));
}

/** Waits until no job is pending or running (or `seconds` pass); answers how many were still open. */
async function drainJobs(db: Database, seconds: number): Promise<number> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const [open] = await queryRows<{ n: number }>(
      db,
      // Due and not done; a schedule's next run (in the future) is not open work.
      sql`SELECT count(*)::int AS n FROM job WHERE status = 'running' OR (status = 'pending' AND run_at <= now())`,
    );
    if (open!.n === 0 || Date.now() > until) return open!.n;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

// ————— drill 1: kill -9 mid-surge —————

async function killDrill(db: Database, hubs: HubProcess[], sessionId: string, people: Person[]) {
  const drill = "kill -9";
  const victim = hubs[0]!;
  const answers = people.map((person, index) => register(hubs[index % 2]!.url, sessionId, person));
  // Kill once the surge is under way: a quarter of the answers are in.
  let answered = 0;
  await new Promise<void>((resolve) => {
    for (const answer of answers)
      void answer.then(() => {
        answered += 1;
        if (answered === Math.ceil(people.length / 4)) resolve();
      });
  });
  process.kill(victim.pid, "SIGKILL");
  const settled = await Promise.all(answers);
  const created = settled.flatMap((a, index) => (a.status === 201 ? [{ id: String(a.body.id), person: index }] : []));
  const inDb = await held(db, sessionId);
  const lost = created.filter((c) => !inDb.has(c.id)).length;
  const seatsHeld = [...inDb.values()].filter((s) => s === "confirmed" || s === "offered").length;
  const cutOff = settled.filter((a) => a.status === 0).length;
  const serverErrors = settled.filter((a) => a.status >= 500).length;

  // The survivor serves everyone the killed process dropped; each ends registered once.
  const survivor = hubs[1]!;
  const retried = await Promise.all(
    settled.flatMap((a, index) => (a.status === 201 ? [] : [register(survivor.url, sessionId, people[index]!)])),
  );
  const retriedOk = retried.filter((a) => a.status === 201 || a.status === 409).length;
  const after = await held(db, sessionId);
  const [dupes] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM (SELECT user_id FROM registration WHERE session_id = ${sessionId} GROUP BY user_id HAVING count(*) > 1) d`,
  );
  const seatsAfter = [...after.values()].filter((s) => s === "confirmed" || s === "offered").length;

  row(drill, "registrations sent at once (half to the killed process)", fmt(people.length));
  row(drill, "answered 201 before or after the kill", fmt(created.length));
  row(drill, "cut off by the kill (no answer)", fmt(cutOff));
  row(drill, "answered 201 but not in the database (lost)", fmt(lost), "0", lost === 0);
  row(drill, "5xx answers", fmt(serverErrors), "0", serverErrors === 0);
  row(drill, "seats held after the surge", `${fmt(seatsHeld)} of ${SEATS}`, `≤ ${SEATS}`, seatsHeld <= SEATS);
  row(
    drill,
    "cut-off people retried on the survivor: 201 or already registered",
    `${fmt(retriedOk)} of ${fmt(retried.length)}`,
    "all",
    retriedOk === retried.length,
  );
  row(drill, "people registered twice", fmt(dupes!.n), "0", dupes!.n === 0);
  row(drill, "seats held after the retries (oversold if above)", fmt(seatsAfter), `${SEATS}`, seatsAfter === SEATS);
}

// ————— drill 2: the database stopped mid-run —————

async function outageDrill(
  db: Database,
  postgres: OwnPostgres,
  hubs: HubProcess[],
  sessionId: string,
  people: Person[],
  smtp: TestSmtpServer,
) {
  const drill = "database stopped";
  const mailsBefore = smtp.messages.length;
  type Sent = Answer & { phase: "before" | "down" | "after"; kind: "register" | "browse"; person?: number };
  const sent: Sent[] = [];
  let phase: Sent["phase"] = "before";
  let next = 0;
  let running = true;
  let restartedAt = 0;
  const loop = async (lane: number) => {
    while (running) {
      const hub = hubs[lane % hubs.length]!;
      const started = phase;
      if (lane % 2 === 0 && next < people.length) {
        const person = next++;
        const answer = await register(hub.url, sessionId, people[person]!);
        sent.push({ ...answer, phase: started, kind: "register", person });
      } else {
        const answer = await send(hub.url, "/api/v1/sessions");
        sent.push({ ...answer, phase: started, kind: "browse" });
      }
      if (phase === "down") await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const lanes = Array.from({ length: STEADY_CONCURRENCY }, (_, lane) => loop(lane));
  await new Promise((resolve) => setTimeout(resolve, 3000));
  phase = "down";
  const stoppedAt = performance.now();
  postgres.stop();
  await new Promise((resolve) => setTimeout(resolve, OUTAGE_SECONDS * 1000));
  postgres.start();
  restartedAt = performance.now();
  phase = "after";
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  running = false;
  await Promise.all(lanes);

  const down = sent.filter((s) => s.phase === "down" && s.at > stoppedAt + 100 && s.at < restartedAt);
  const unavailable = down.filter((s) => s.status === 503);
  const withRetryAfter = unavailable.filter((s) => s.retryAfter !== null && Number(s.retryAfter) > 0);
  const otherServerErrors = sent.filter((s) => s.status >= 500 && s.status !== 503).length;
  const noAnswer = sent.filter((s) => s.status === 0).length;
  const firstOk = sent
    .filter((s) => s.at > restartedAt && s.status >= 200 && s.status < 300)
    .sort((a, b) => a.at - b.at)[0];
  const recoveredIn = firstOk ? (firstOk.at - restartedAt) / 1000 : NaN;
  const afterTail = sent.filter((s) => s.at > restartedAt + 3000);
  const afterOk = afterTail.filter((s) => s.status >= 200 && s.status < 300).length;

  // Everyone turned away while the database was down registers now; then every notice is delivered, once.
  const turnedAway = sent.filter((s) => s.kind === "register" && s.status !== 201).map((s) => s.person!);
  const retried = await Promise.all(
    turnedAway.map((person) => register(hubs[person % 2]!.url, sessionId, people[person]!)),
  );
  const registered =
    sent.filter((s) => s.kind === "register" && s.status === 201).length +
    retried.filter((a) => a.status === 201).length;
  const stillOpen = await drainJobs(db, 120);
  const [jobs] = await queryRows<{ failed: number; retried: number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE status = 'failed')::int AS failed, count(*) FILTER (WHERE attempts > 1)::int AS retried FROM job`,
  );
  const mails = smtp.messages.slice(mailsBefore).filter((m) => m.to.some((to) => to.endsWith("@surge.example.org")));
  const perPerson = new Map<string, number>();
  for (const mail of mails) {
    const key = `${mail.to.join(",")}|${mail.subject}`;
    perPerson.set(key, (perPerson.get(key) ?? 0) + 1);
  }
  const twice = [...perPerson.values()].filter((n) => n > 1).length;
  const outageMails = mails.filter((m) => m.to.some((to) => to.startsWith("outage-"))).length;

  row(drill, "requests sent (register and browse, 2 processes)", fmt(sent.length));
  row(drill, "outage length", `${OUTAGE_SECONDS} s`);
  row(drill, "answers while it was down", fmt(down.length));
  row(
    drill,
    "  of which 503",
    `${fmt(unavailable.length)} of ${fmt(down.length)}`,
    "all",
    down.length > 0 && unavailable.length === down.length,
  );
  row(
    drill,
    "  503 with Retry-After",
    `${fmt(withRetryAfter.length)} of ${fmt(unavailable.length)}`,
    "all",
    unavailable.length > 0 && withRetryAfter.length === unavailable.length,
  );
  row(drill, "5xx other than 503 (whole run)", fmt(otherServerErrors), "0", otherServerErrors === 0);
  row(drill, "requests with no answer", fmt(noAnswer), "0", noAnswer === 0);
  row(
    drill,
    "first success after the database came back",
    `${fmt(recoveredIn, 2)} s`,
    "no restart",
    firstOk !== undefined,
  );
  row(
    drill,
    "successes from 3 s after it came back",
    `${fmt(afterOk)} of ${fmt(afterTail.length)}`,
    "all",
    afterTail.length > 0 && afterOk === afterTail.length,
  );
  row(drill, "people registered (incl. those turned away, retried after)", fmt(registered));
  const openNames = await queryRows<{ name: string; status: string; attempts: number; error: string | null }>(
    db,
    sql`SELECT name, status, attempts, left(last_error, 120) AS error FROM job WHERE status = 'running' OR (status = 'pending' AND run_at <= now())`,
  );
  row(
    drill,
    "jobs still open 120 s later",
    `${fmt(stillOpen)}${openNames.length ? ` (${openNames.map((j) => `${j.name} ${j.status}, ${j.attempts} tries${j.error ? `: ${j.error}` : ""}`).join("; ")})` : ""}`,
    "0",
    stillOpen === 0,
  );
  row(drill, "jobs failed for good", fmt(jobs!.failed), "0", jobs!.failed === 0);
  row(drill, "jobs retried after an error (resumed)", fmt(jobs!.retried));
  row(
    drill,
    "notices delivered to the people of this drill",
    fmt(outageMails),
    fmt(registered),
    outageMails === registered,
  );
  row(drill, "a notice delivered twice (a job run twice)", fmt(twice), "0", twice === 0);
}

// ————— drill 3: soak —————

function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) * 1024;
}

async function heapBytes(hub: HubProcess): Promise<number> {
  const response = await fetch(`${hub.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  const text = await response.text();
  return Number(/^nodejs_heap_size_used_bytes (\d+(?:\.\d+)?)/m.exec(text)?.[1] ?? NaN);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function soakDrill(hubs: HubProcess[], sessionId: string, reader: Person) {
  const drill = "soak";
  const paths = ["/", "/trainings", `/trainings/${sessionId}`, "/api/v1/sessions", "/api/v1/me/registrations"];
  let running = true;
  let count = 0;
  let serverErrors = 0;
  const loop = async (lane: number) => {
    let i = lane;
    while (running) {
      const hub = hubs[i % hubs.length]!;
      const path = paths[i % paths.length]!;
      const answer = await send(hub.url, path, path.startsWith("/api/v1/me") ? { token: reader.token } : {});
      count += 1;
      if (answer.status >= 500 || answer.status === 0) serverErrors += 1;
      i += 1;
    }
  };
  const samples: { rss: number[]; heap: number[] }[] = [];
  const sample = async () => {
    samples.push({
      rss: hubs.map((hub) => rssBytes(hub.pid)),
      heap: await Promise.all(hubs.map((hub) => heapBytes(hub))),
    });
  };
  const lanes = Array.from({ length: STEADY_CONCURRENCY }, (_, lane) => loop(lane));
  const started = performance.now();
  // The first minute warms the processes up (code compiled, pools and caches filled) and is not sampled; then a sample
  // every 10 s. The soak's length counts from the end of the warm-up.
  const warmUp = Math.min(60, SOAK_SECONDS / 4);
  await new Promise((resolve) => setTimeout(resolve, warmUp * 1000));
  const sampledFrom = performance.now();
  const interval = Math.min(10, Math.max(1, SOAK_SECONDS / 12));
  while ((performance.now() - sampledFrom) / 1000 < SOAK_SECONDS) {
    await new Promise((resolve) => setTimeout(resolve, interval * 1000));
    await sample();
  }
  running = false;
  await Promise.all(lanes);
  const seconds = (performance.now() - started) / 1000;
  const window = Math.max(1, Math.min(6, Math.floor(samples.length / 4)));
  const first = samples.slice(0, window);
  const last = samples.slice(-window);
  row(drill, "warm-up (not sampled), then sampled", `${fmt(warmUp)} s, then ${fmt(SOAK_SECONDS)} s`);
  row(drill, "length, requests, rate", `${fmt(seconds)} s, ${fmt(count)}, ${fmt(count / seconds)}/s`);
  row(drill, "5xx or no answer", fmt(serverErrors), "0", serverErrors === 0);
  hubs.forEach((hub, index) => {
    for (const kind of ["rss", "heap"] as const) {
      const start = median(first.map((s) => s[kind][index]!));
      const end = median(last.map((s) => s[kind][index]!));
      const growth = end / start - 1;
      row(
        drill,
        `process ${index + 1} ${kind === "rss" ? "RSS" : "heap used"}: start → end (median of ${window} samples)`,
        `${fmt(start / 1048576, 1)} → ${fmt(end / 1048576, 1)} MB (${growth >= 0 ? "+" : ""}${fmt(growth * 100, 1)} %)`,
        `≤ +${GROWTH_LIMIT * 100} %`,
        growth <= GROWTH_LIMIT,
      );
    }
  });
}

// ————— the run —————

function startWorker(databaseUrl: string, smtpUrl: string) {
  const child = spawn(process.execPath, ["--import", "./load-typescript.js", "src/cli/worker.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      PUBLIC_URL: "http://127.0.0.1:1",
      SESSION_SECRET: "benchmark-secret-benchmark-secret-benchmark",
      SMTP_URL: smtpUrl,
      LOG_LEVEL: "fatal",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return {
    exited: () => child.exitCode !== null,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

async function main() {
  const postgres = await startOwnPostgres();
  const smtp = await startSmtpServer();
  let handle: DatabaseHandle | null = null;
  const hubs: HubProcess[] = [];
  let worker: ReturnType<typeof startWorker> | null = null;
  try {
    handle = await openDatabase({ kind: "postgres", url: postgres.url, poolSize: 4 });
    await migrateDatabase(handle);
    const db = handle.db;
    const [course] = await db
      .insert(schema.course)
      .values({
        slug: "drill-core",
        form: "core",
        titleEn: "Core Training",
        titleEs: "Capacitación básica",
        summaryEn: "Drill",
        summaryEs: "Simulacro",
        contactMinutes: 420,
      })
      .returning({ id: schema.course.id });
    const killSession = await seedSession(db, course!.id, "kill", SEATS);
    const outageSession = await seedSession(db, course!.id, "outage", SEATS);
    const surgePeople = await seedPeople(db, SURGE_PEOPLE, "kill");
    const outagePeople = await seedPeople(db, OUTAGE_PEOPLE, "outage");
    const env = { SMTP_URL: smtp.url, METRICS_TOKEN };
    for (let i = 0; i < 2; i += 1) hubs.push(await startHubProcess(postgres.url, env));
    worker = startWorker(postgres.url, smtp.url);
    const load = loadavg()[0]!;

    await killDrill(db, hubs, killSession, surgePeople);
    // A fresh process takes the killed one's place for the next drills.
    hubs[0] = await startHubProcess(postgres.url, env);
    await outageDrill(db, postgres, hubs, outageSession, outagePeople, smtp);
    row(
      "database stopped",
      "worker process still running after the outage",
      worker.exited() ? "no" : "yes",
      "yes",
      !worker.exited(),
    );
    await soakDrill(hubs, killSession, surgePeople[0]!);

    console.log(
      `\nbench:drills — 2 app processes (production mode, WORKER=off) and 1 worker on a PostgreSQL server of the drill's own`,
    );
    console.log(`machine: ${cpus().length} CPUs, load average ${load.toFixed(2)} at the start\n`);
    console.log("| drill | figure | value | target |");
    console.log("|---|---|---:|---|");
    for (const r of results)
      console.log(
        `| ${r.drill} | ${r.figure} | ${r.value} | ${r.target}${r.ok === undefined ? "" : r.ok ? " ✓" : " ✗ MISSED"} |`,
      );
    const missed = results.filter((r) => r.ok === false).length;
    console.log(missed === 0 ? "\nEvery target met." : `\n${missed} target(s) missed.`);
    process.exitCode = missed === 0 ? 0 : 1;
  } finally {
    for (const hub of hubs) {
      try {
        await hub.stop();
      } catch {
        // the killed process is gone already
      }
    }
    await worker?.stop();
    await handle?.close().catch(() => undefined);
    await smtp.stop();
    postgres.remove();
  }
}

await main();
