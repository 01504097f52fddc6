// `npm run bench:catalog`: /trainings with 500 published sessions under 50 connections, against a bare React Router
// page measured in the same run, on PGlite and on PostgreSQL. Prints req/s of both, the ratio and p95 (targets: ratio ≥ 0.5,
// p95 < 100 ms), and the server's CPU time per request. Visitors who are not signed in get the catalog's shared copy (at most
// 2 s old, docs/decisions/0011); the signed-in row shows what a page rendered for one person costs. Also prints the
// resident memory of the process serving the hub, idle and after the load (issue 16: under 250 MB for an app process on
// PostgreSQL, under 400 MB for the whole embedded hub).
import { openDatabase } from "#db/client.ts";
import { migrateDatabase } from "#db/migrate.ts";
import {
  measure,
  medianOf,
  memoryLine,
  memoryOf,
  postgresReachable,
  printTable,
  type LoadResult,
} from "./support/load.ts";
import { startHub, startMinimal, type HubDatabase } from "./support/servers.ts";
import { seedCatalog } from "./support/seed-catalog.ts";
import { DEMO_PASSWORD } from "#features/demo/demo-accounts.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
// The machine is shared with whatever else runs on it: the bare page and the catalog take turns, several rounds,
// and the medians are compared, so a busy moment weighs on both sides alike.
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const serverUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SESSIONS = 500;
/** Resident memory of the process serving the hub (issue 16): an app process on PostgreSQL; the whole embedded hub. */
const RSS_TARGET_MB = { postgres: 250, pglite: 400 } as const;

async function seed(database: HubDatabase): Promise<void> {
  const handle = await openDatabase(
    database.kind === "postgres"
      ? { kind: "postgres", url: database.url }
      : { kind: "pglite", dataDir: database.dataDir },
  );
  try {
    await migrateDatabase(handle);
    const seeded = await seedCatalog(handle.db, { sessions: SESSIONS, now: new Date() });
    // As autovacuum would soon after a real hub's schedule fills up: the planner sees how many rows there are.
    await handle.exec("ANALYZE");
    console.log(
      `  seeded ${seeded.sessions} published sessions and ${seeded.registrations} registrations (${database.kind})`,
    );
  } finally {
    await handle.close();
  }
}

/** One load run against a server with its CPU time per request. */
const measureWithCpu = (label: string, url: string, pid: number | undefined, headers?: Record<string, string>) =>
  measure(label, url, { seconds, connections, pid, headers });

/** /trainings as a signed-in demo participant: rendered for that person on every request (no shared copy). */
async function measureSignedIn(hubUrl: string, pid: number | undefined, engine: string) {
  const response = await fetch(`${hubUrl}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email: "sam@example.org", password: DEMO_PASSWORD }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  if (!cookie.includes("session")) throw new Error(`could not sign in for the benchmark (HTTP ${response.status})`);
  return measureWithCpu(`/trainings signed in (${engine})`, `${hubUrl}/trainings`, pid, { cookie });
}

const engines: Array<string | undefined> = [undefined];
if (await postgresReachable(serverUrl)) engines.push(serverUrl);
else console.log(`PostgreSQL at ${serverUrl.replace(/\/\/[^@]*@/, "//")} is not reachable: measuring PGlite only.`);

const minimal = await startMinimal();
const summary: string[] = [];
try {
  for (const engine of engines) {
    console.log(`\nStarting the hub on ${engine ? "PostgreSQL" : "PGlite"}…`);
    const hub = await startHub({ serverUrl: engine, prepare: seed, appProcess: true });
    try {
      // Idle: started, its first page served, and a few quiet seconds for start-up's garbage to be collected.
      await fetch(`${hub.url}/trainings`);
      await new Promise((resolve) => setTimeout(resolve, 5000));
      const memoryIdle = await memoryOf(hub.url, hub.pid);
      const catalog = `${hub.url}/trainings`;
      const check = await (await fetch(catalog)).text();
      const cards = check.split('class="card session-card"').length - 1;
      console.log(
        `  /trainings shows ${cards} cards (${check.match(/<h2 class="catalog-count"[^>]*>([^<]*)/)?.[1] ?? "?"})`,
      );
      // Warm both up (JIT, connection pools, caches) before anything counts.
      await measure("warm-up", `${minimal.url}/`, { seconds: 2, connections });
      await measure("warm-up", catalog, { seconds: 2, connections });
      const bare: LoadResult[] = [];
      const page: LoadResult[] = [];
      for (let round = 0; round < rounds; round++) {
        bare.push(await measureWithCpu("bare React Router page", `${minimal.url}/`, minimal.pid));
        page.push(await measureWithCpu(`/trainings (${hub.engine})`, catalog, hub.pid));
      }
      const baseline = medianOf("bare React Router page (median)", bare);
      const result = medianOf(`/trainings (${hub.engine}, median)`, page);
      const extra = [
        await measureWithCpu(`/trainings?q=training&seats=1 (${hub.engine})`, `${catalog}?q=training&seats=1`, hub.pid),
        await measureWithCpu(`/trainings?page=20 (${hub.engine})`, `${catalog}?page=20`, hub.pid),
        // A signed-in person's visit is rendered for them; this is its cost (cookie of a demo account).
        await measureSignedIn(hub.url, hub.pid, hub.engine),
      ];
      console.log(
        `\n/trainings with ${SESSIONS} published sessions on ${hub.engine}, ${connections} connections, ${rounds} rounds of ${seconds} s each (medians)`,
      );
      printTable([baseline, result, ...extra], baseline);
      console.log(
        "\nrounds (bare req/s → catalog req/s):",
        bare.map((b, i) => `${b.requestsPerSecond} → ${page[i]!.requestsPerSecond}`).join(", "),
      );
      const [bareCpu, pageCpu] = [baseline.cpuPerRequest, result.cpuPerRequest];
      const cpuLine =
        typeof bareCpu === "number" && typeof pageCpu === "number"
          ? `server CPU per request: bare ${bareCpu.toFixed(2)} ms, /trainings ${pageCpu.toFixed(2)} ms (ratio ${(bareCpu / pageCpu).toFixed(2)})`
          : "server CPU per request: not available on this system";
      console.log(cpuLine);
      const memoryAfter = await memoryOf(hub.url, hub.pid);
      const rssTarget = RSS_TARGET_MB[hub.engine === "postgres" ? "postgres" : "pglite"];
      const memoryVerdict = (memory: typeof memoryAfter) =>
        memory ? (memory.rss < rssTarget ? "met" : "NOT met") : "not measured";
      const memory =
        `${hub.engine === "postgres" ? "app process" : "embedded hub (one process, worker inside)"} RSS, MB: ` +
        `${memoryLine(memoryIdle)} idle (target < ${rssTarget}: ${memoryVerdict(memoryIdle)}); ` +
        `${memoryLine(memoryAfter)} after the load (${memoryVerdict(memoryAfter)})`;
      console.log(memory);
      const ratio = result.requestsPerSecond / baseline.requestsPerSecond;
      summary.push(
        `${hub.engine}: ${result.requestsPerSecond} req/s vs ${baseline.requestsPerSecond} bare, ratio ${ratio.toFixed(2)} (target ≥ 0.5: ${ratio >= 0.5 ? "met" : "NOT met"}), ` +
          `p95 ${result.p95} ms (target < 100 ms: ${result.p95 < 100 ? "met" : "NOT met"}), errors ${result.errors}, non-2xx ${result.non2xx}; ${cpuLine}; ${memory}`,
      );
    } finally {
      await hub.stop();
    }
  }
} finally {
  await minimal.stop();
}
console.log(`\nSummary\n${summary.map((line) => `  ${line}`).join("\n")}`);
