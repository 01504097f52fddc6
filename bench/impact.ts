// `npm run bench:impact`: the admin impact dashboard (unfiltered and each filter) and the public impact page on a hub with
// 100,000 registrations, 1,000,000 attendance rows and 20,000 evaluation answers, at 10 concurrent requests, on PostgreSQL and on PGlite. Prints the
// seeding time, the rollup's rebuild time, each view's first request after a rebuild, and p95 under load (target on
// PostgreSQL: p95 < 300 ms). Figures come from the rollup, rebuilt when older than 10 minutes (src/features/impact).
import { openDatabase } from "#db/client.ts";
import { migrateDatabase } from "#db/migrate.ts";
import { DEMO_PASSWORD } from "#features/demo/demo-accounts.ts";
import { measure, postgresReachable, type LoadResult } from "./support/load.ts";
import { startHub, type HubDatabase } from "./support/servers.ts";
import { seedImpact } from "./support/seed-impact.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = 10;
const serverUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const TARGET_MS = 300;

const views: Array<{ label: string; path: string; signedIn: boolean }> = [
  { label: "dashboard, no filter", path: "/admin/impact", signedIn: true },
  { label: "dashboard, one course", path: "/admin/impact?courseId=bench-c-2", signedIn: true },
  { label: "dashboard, one partner", path: "/admin/impact?organizationId=bench-o-5", signedIn: true },
  { label: "dashboard, one county", path: "/admin/impact?countyFips=41051", signedIn: true },
  { label: "dashboard, one trainer", path: "/admin/impact?trainerId=bench-u-7", signedIn: true },
  { label: "dashboard, one year", path: "/admin/impact?from=2025-01-01&to=2025-12-31", signedIn: true },
  { label: "dashboard CSV, no filter", path: "/admin/impact.csv?figures=funnel", signedIn: true },
  {
    label: "dashboard, evaluations of a course",
    path: "/admin/impact?courseId=bench-c-3&from=2025-01-01",
    signedIn: true,
  },
  { label: "impact page, visitor", path: "/impact", signedIn: false },
  { label: "impact page, signed in", path: "/impact", signedIn: true },
];

async function prepare(database: HubDatabase): Promise<void> {
  const handle = await openDatabase(
    database.kind === "postgres"
      ? { kind: "postgres", url: database.url }
      : { kind: "pglite", dataDir: database.dataDir },
  );
  try {
    await migrateDatabase(handle);
    const started = performance.now();
    const counts = await seedImpact(handle, new Date());
    await handle.exec("ANALYZE");
    console.log(
      `  seeded in ${((performance.now() - started) / 1000).toFixed(1)} s (${database.kind}): ` +
        Object.entries(counts)
          .map(([table, n]) => `${n.toLocaleString("en-US")} ${table}`)
          .join(", "),
    );
  } finally {
    await handle.close();
  }
}

async function signIn(hubUrl: string): Promise<string> {
  const response = await fetch(`${hubUrl}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email: "admin@example.org", password: DEMO_PASSWORD }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  if (!cookie.includes("session")) throw new Error(`could not sign in for the benchmark (HTTP ${response.status})`);
  return cookie;
}

async function timed(url: string, cookie: string | undefined): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: cookie ? { cookie } : {} });
  await response.arrayBuffer();
  return { ms: Math.round(performance.now() - started), status: response.status };
}

const engines: Array<string | undefined> = [];
if (await postgresReachable(serverUrl)) engines.push(serverUrl);
else console.log(`PostgreSQL at ${serverUrl.replace(/\/\/[^@]*@/, "//")} is not reachable: measuring PGlite only.`);
if (process.env.BENCH_SKIP_PGLITE !== "1") engines.push(undefined);

const summary: string[] = [];
for (const engine of engines) {
  console.log(
    `\nStarting the hub on ${engine ? "PostgreSQL (a database made for this run, dropped after)" : "PGlite"}…`,
  );
  const hub = await startHub({ serverUrl: engine, prepare });
  try {
    const cookie = await signIn(hub.url);
    // The first request rebuilds the rollup (the figures are older than the interval: there are none yet).
    const rebuild = await timed(`${hub.url}/admin/impact?rebuild=1`, cookie);
    console.log(`  rollup rebuilt on the first request: ${rebuild.ms} ms (HTTP ${rebuild.status})`);
    const results: Array<LoadResult & { first: number }> = [];
    for (const view of views) {
      const headers = view.signedIn ? { cookie } : undefined;
      // The first request of a view after a rebuild computes its figures from the rollup; later ones read them.
      const first = await timed(`${hub.url}${view.path}`, headers?.cookie);
      if (first.status !== 200) throw new Error(`${view.path} answered ${first.status}`);
      const result = await measure(`${view.label} (${hub.engine})`, `${hub.url}${view.path}`, {
        seconds,
        connections,
        pid: hub.pid,
        headers,
      });
      results.push({ ...result, first: first.ms });
    }
    console.log(`\n${hub.engine}: ${connections} concurrent requests, ${seconds} s per view`);
    console.log("  view                                       first ms   req/s    p50    p95    p99  errors non-2xx");
    for (const row of results)
      console.log(
        `  ${row.label.padEnd(42)} ${String(row.first).padStart(8)} ${String(row.requestsPerSecond).padStart(7)} ${String(row.p50).padStart(6)} ${String(row.p95).padStart(6)} ${String(row.p99).padStart(6)} ${String(row.errors).padStart(7)} ${String(row.non2xx).padStart(7)}`,
      );
    const worst = Math.max(...results.map((row) => row.p95));
    const publicPage = results.filter((row) => row.label.startsWith("impact page"));
    const failures = results.reduce((sum, row) => sum + row.errors + row.non2xx, 0);
    summary.push(
      `${hub.engine}: worst p95 ${worst} ms over ${results.length} views` +
        (engine
          ? ` (target < ${TARGET_MS} ms: ${worst < TARGET_MS ? "met" : "NOT met"})`
          : " (printed for comparison)") +
        `; /impact p95 ${publicPage.map((row) => `${row.p95} ms (${row.label.replace(/ \(.*$/, "").replace("impact page, ", "")})`).join(", ")}` +
        `; rollup rebuild ${rebuild.ms} ms; slowest first request ${Math.max(...results.map((row) => row.first))} ms; errors and non-2xx ${failures}`,
    );
  } finally {
    await hub.stop();
  }
}
console.log(`\nSummary\n${summary.map((line) => `  ${line}`).join("\n")}`);
