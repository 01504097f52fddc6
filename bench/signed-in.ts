// `npm run bench:signed-in`: a signed-in person's /my/trainings (10 registrations) under 50 connections, against a bare
// React Router page measured in the same run, on the demo hub over a fresh PostgreSQL database. Prints, each beside its
// target: requests/s and the ratio to the bare page (issue 16: ≥ 0.4), p95, database round trips per request (commits
// in the hub's database over the run, less what the worker commits on its own), the app's CPU per request and its RSS.
// It measures and prints; it never asserts.
import { cpus, loadavg } from "node:os";
import { and, eq, gt, inArray } from "drizzle-orm";
import pg from "pg";
import { openDatabase, schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { isLive } from "#core/registration.ts";
import { DEMO_PASSWORD } from "#features/demo/demo-accounts.ts";
import { addDaysToDate, utcToZoned } from "#core/local-time.ts";
import { registerForSession } from "#features/registration/register-for-session.ts";
import { createSession } from "#features/catalog/create-session.ts";
import { DEMO_COURSE_SLUGS, day, ZONE } from "#features/demo/seed-catalog.ts";
import { measure, medianOf, memoryLine, memoryOf, printTable, type LoadResult } from "./support/load.ts";
import { startHub, startMinimal } from "./support/servers.ts";

const serverUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
/** Bare page and hub take turns, so a burst of load from elsewhere on the machine lands on both alike; medians are printed. */
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
/** How long the worker is watched alone, to know what it commits with no one asking. */
const quietSeconds = Number(process.env.BENCH_QUIET_SECONDS ?? 10);
const EMAIL = "sam@example.org";
const REGISTRATIONS = 10;

const TARGETS = {
  ratio: 0.4,
  /** The viewer, the person's registrations, and where they could move; the shell's settings come from a short-lived copy. */
  roundTrips: 3,
  rssMegabytes: 250,
};

/**
 * A backend reports its counts to pg_stat_database when it goes idle, at most every 10 s (PostgreSQL 15+), so a reading
 * is taken only after this long without load; the worker's own commits in the same wall time are taken off.
 */
const STATS_SETTLE_MS = 11_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function commitsOf(database: string): Promise<number> {
  // Read from the server's maintenance database, so the reading itself is not counted in the hub's.
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ commits: string }>(
      "select xact_commit::text as commits from pg_stat_database where datname = $1",
      [database],
    );
    return Number(rows[0]?.commits ?? 0);
  } finally {
    await client.end();
  }
}

/** Sam's registrations topped up to REGISTRATIONS through the real use case, in upcoming sessions they are not in yet. */
async function giveRegistrations(databaseUrl: string): Promise<number> {
  const handle = await openDatabase({ kind: "postgres", url: databaseUrl });
  try {
    const db = handle.db;
    const [admin] = await db
      .select({ id: schema.user.id })
      .from(schema.user)
      .where(eq(schema.user.email, "admin@example.org"));
    const [sam] = await db.select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.email, EMAIL));
    const [maya] = await db
      .select({ id: schema.user.id })
      .from(schema.user)
      .where(eq(schema.user.email, "maya@example.org"));
    if (!admin || !sam || !maya) throw new Error("the demo hub lacks its admin, Sam or Maya");
    const viewer: Viewer = {
      userId: admin.id,
      email: "admin@example.org",
      name: "Benchmark",
      emailVerified: true,
      roles: [{ role: "admin", organizationId: null }],
    };
    const countMine = async () =>
      (
        await db
          .select({ id: schema.registration.id })
          .from(schema.registration)
          .where(eq(schema.registration.userId, sam.id))
      ).length;
    const mine = await db
      .select({ sessionId: schema.registration.sessionId, status: schema.registration.status })
      .from(schema.registration)
      .where(eq(schema.registration.userId, sam.id));
    const taken = new Set(mine.filter((r) => isLive(r.status)).map((r) => r.sessionId));
    const now = new Date();
    // The demo's upcoming sessions are fewer than ten: more evening runs of the Overview, a day apart, make up the rest.
    const [overview] = await db
      .select({ id: schema.course.id })
      .from(schema.course)
      .where(eq(schema.course.slug, DEMO_COURSE_SLUGS.overview));
    const today = utcToZoned(now, ZONE).date;
    for (let week = 0; week < REGISTRATIONS && overview; week++) {
      await createSession(
        db,
        {
          viewer,
          session: {
            status: "published",
            timeZone: ZONE,
            courseId: overview.id,
            format: "online",
            language: "en",
            meetings: [day(addDaysToDate(today, 3 + week), "18:00", "20:30")],
            joinUrl: "https://meet.example.org/ips-overview-evening",
            capacity: 30,
            offerHoldHours: 48,
            cancelCutoffHours: 48,
            priceTiers: [{ kind: "free", amountCents: 0 }],
            trainers: [{ userId: maya.id, role: "lead" }],
          },
        },
        { userId: admin.id, label: "benchmark" },
      );
    }
    const sessions = await db
      .select({ id: schema.trainingSession.id, priceTiers: schema.trainingSession.priceTiers })
      .from(schema.trainingSession)
      .where(and(eq(schema.trainingSession.status, "published"), gt(schema.trainingSession.startsAt, now)))
      .orderBy(schema.trainingSession.startsAt);
    let count = mine.length;
    for (const session of sessions) {
      if (count >= REGISTRATIONS) break;
      if (taken.has(session.id)) continue;
      const tier = session.priceTiers.find((t) => t.kind !== "sponsored");
      try {
        await registerForSession(
          { db, now: () => now },
          {
            viewer,
            sessionId: session.id,
            userId: sam.id,
            consent: true,
            priceTier: tier?.kind ?? "free",
            amountCents: tier?.amountCents ?? 0,
          },
          { userId: admin.id, label: "benchmark" },
        );
        count++;
      } catch (error) {
        // A session with a prerequisite Sam lacks, or an application: the next one will do.
        console.log(`  (not registered in ${session.id}: ${error instanceof Error ? error.message : String(error)})`);
      }
    }
    await handle.exec("ANALYZE");
    const total = await countMine();
    const statuses = await db
      .select({ status: schema.registration.status })
      .from(schema.registration)
      .where(
        and(eq(schema.registration.userId, sam.id), inArray(schema.registration.status, ["confirmed", "waitlisted"])),
      );
    console.log(`  ${EMAIL} has ${total} registrations (${statuses.length} confirmed or waitlisted)`);
    return total;
  } finally {
    await handle.close();
  }
}

async function signIn(hubUrl: string): Promise<string> {
  const response = await fetch(`${hubUrl}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email: EMAIL, password: DEMO_PASSWORD }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  if (!cookie.includes("session_token"))
    throw new Error(`could not sign in for the benchmark (HTTP ${response.status})`);
  return cookie;
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");
const fixed = (value: number | null | undefined, digits = 2) =>
  typeof value === "number" ? value.toFixed(digits) : "–";

const loadBefore = load();
const minimal = await startMinimal();
try {
  console.log("Starting the demo hub on PostgreSQL…");
  const hub = await startHub({ serverUrl, appProcess: true });
  try {
    const databaseUrl = hub.databaseUrl!;
    const database = new URL(databaseUrl).pathname.slice(1);
    const registrations = await giveRegistrations(databaseUrl);
    const cookie = await signIn(hub.url);
    const headers = { cookie };
    const page = `${hub.url}/my/trainings`;
    const check = await fetch(page, { headers, redirect: "manual" });
    const html = await check.text();
    if (check.status !== 200) throw new Error(`/my/trainings answered ${check.status}`);
    console.log(`  /my/trainings: ${html.length} bytes, HTTP ${check.status}`);

    // Warm both (JIT, pools, plans) before anything counts.
    await measure("warm-up", `${minimal.url}/`, { seconds: 2, connections });
    await measure("warm-up", page, { seconds: 2, connections, headers });
    const memoryIdle = await memoryOf(hub.url, hub.pid);

    // The worker alone: what it commits in the hub's database with no one asking.
    await sleep(STATS_SETTLE_MS);
    const quietStart = await commitsOf(database);
    const quietFrom = Date.now();
    await sleep(quietSeconds * 1000);
    const quietEnd = await commitsOf(database);
    const quietRate = (quietEnd - quietStart) / (Date.now() - quietFrom);

    const runStart = await commitsOf(database);
    const runFrom = Date.now();
    const bareRuns: LoadResult[] = [];
    const hubRuns: LoadResult[] = [];
    for (let round = 0; round < rounds; round++) {
      bareRuns.push(await measure("bare", `${minimal.url}/`, { seconds, connections, pid: minimal.pid }));
      hubRuns.push(await measure("hub", page, { seconds, connections, headers, pid: hub.pid }));
    }
    const memoryAfter = await memoryOf(hub.url, hub.pid);
    const rssAfter = memoryAfter?.rss ?? null;
    await sleep(STATS_SETTLE_MS);
    const runEnd = await commitsOf(database);
    const workerCommits = quietRate * (Date.now() - runFrom);
    const requests = hubRuns.reduce((sum, r) => sum + (r.requests ?? 0), 0);
    const roundTrips = requests ? (runEnd - runStart - workerCommits) / requests : null;

    const floor = medianOf("bare React Router page (floor)", bareRuns);
    const hubRow = medianOf(`/my/trainings signed in, ${registrations} registrations`, hubRuns);
    const ratio = hubRow.requestsPerSecond / floor.requestsPerSecond;
    console.log(
      `\nSigned-in /my/trainings on PostgreSQL: ${connections} connections, ${rounds} rounds of ${seconds} s each (medians), ${cpus().length} CPUs`,
    );
    console.log(`load average (1, 5, 15 min): ${loadBefore} before, ${load()} after`);
    printTable([floor, hubRow], floor);
    console.log(
      `\nper round, req/s — floor: ${bareRuns.map((r) => r.requestsPerSecond).join(", ")}; hub: ${hubRuns.map((r) => r.requestsPerSecond).join(", ")}`,
    );
    const verdict = (met: boolean) => (met ? "met" : "not met");
    console.log("\n| figure | hub | floor or target |");
    console.log("|---|---:|---|");
    console.log(`| requests/s | ${hubRow.requestsPerSecond} | bare page ${floor.requestsPerSecond} |`);
    console.log(
      `| ratio to the bare page | ${ratio.toFixed(2)} | target ≥ ${TARGETS.ratio} (${verdict(ratio >= TARGETS.ratio)}) |`,
    );
    console.log(`| p95 latency, ms | ${hubRow.p95} | bare page ${floor.p95} |`);
    console.log(
      `| database round trips per request | ${fixed(roundTrips)} | target ≤ ${TARGETS.roundTrips}${roundTrips === null ? "" : ` (${verdict(roundTrips <= TARGETS.roundTrips)})`}; worker alone ${(quietRate * 1000).toFixed(2)} commits/s |`,
    );
    console.log(
      `| app CPU ms per request | ${fixed(hubRow.cpuPerRequest)} | bare page ${fixed(floor.cpuPerRequest)} |`,
    );
    console.log(
      `| app RSS, MB | ${memoryLine(memoryAfter)} after the run; ${memoryLine(memoryIdle)} after warm-up | target < ${TARGETS.rssMegabytes}${rssAfter === null ? "" : ` (${verdict(rssAfter < TARGETS.rssMegabytes)})`} |`,
    );
    console.log(`| errors, non-2xx | ${hubRow.errors}, ${hubRow.non2xx} | 0, 0 |`);
  } finally {
    await hub.stop();
  }
} finally {
  await minimal.stop();
}
