// Starts the servers a benchmark measures, each in its own process, and stops them afterwards.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { BENCH_METRICS_TOKEN } from "./load.ts";

/** A server a benchmark started; `pid` lets it read the process's CPU time. */
export type Running = { url: string; pid: number | undefined; stop(): Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, seconds = 60): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server at ${url} did not answer in ${seconds} s`);
}

/**
 * The V8 flags `npm start` gives an app process (package.json), so a hub a benchmark starts runs as a deployed one does.
 * Flags in .npmrc's node-options reach every process through NODE_OPTIONS already.
 */
export function appNodeFlags(): string[] {
  const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
  return scripts.start?.match(/--max-[\w-]+=\d+/g) ?? [];
}

/**
 * `BENCH_CPU_PROFILE=<folder>` writes a V8 CPU profile of each server the benchmark starts into that folder when it
 * stops; `node bench/support/profile-summary.ts <file>` prints where the time went.
 */
export function profileFlags(): string[] {
  const folder = process.env.BENCH_CPU_PROFILE;
  return folder ? ["--cpu-prof", `--cpu-prof-dir=${folder}`] : [];
}

/** `server`: the process serves the hub or a floor (app flags and profiling apply); otherwise a one-off command. */
function spawnNode(script: string, env: Record<string, string>, args: string[] = [], server = true): ChildProcess {
  const flags = server ? [...appNodeFlags(), ...profileFlags()] : [];
  const child = spawn(process.execPath, [...flags, "--import", "./load-typescript.js", script, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return child;
}

async function runToEnd(child: ChildProcess): Promise<void> {
  const code = child.exitCode ?? (await new Promise<number | null>((resolve) => child.once("exit", resolve)));
  if (code !== 0) throw new Error(`${child.spawnargs.slice(-2).join(" ")} exited with ${code}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** The bare page; given `databaseUrl` (a migrated hub database), also the bare authenticated endpoint at /api/me. */
export async function startMinimal(options: { databaseUrl?: string } = {}): Promise<Running> {
  const port = await freePort();
  const env: Record<string, string> = { PORT: String(port), NODE_ENV: "production" };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const child = spawnNode("bench/minimal/serve.ts", env);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/`, child);
  return { url, pid: child.pid, stop: () => stopChild(child) };
}

/** Where a hub's data lives, handed to `prepare` so a benchmark can fill a fresh database before the hub starts. */
export type HubDatabase = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

/**
 * The demo hub on the embedded database (one process with its worker, as a small hub runs), or on a fresh PostgreSQL
 * database made from `serverUrl`. `appProcess` (PostgreSQL only) runs it as docs/deployment.md does: the demo is seeded
 * first by `hub seed-demo`, then one app process serves with WORKER=off, so its memory and round trips are an app
 * process's own and not the seeding's or the worker's.
 */
export async function startHub(
  options: { serverUrl?: string; prepare?: (database: HubDatabase) => Promise<void>; appProcess?: boolean } = {},
): Promise<Running & { engine: string; databaseUrl: string | undefined }> {
  const port = await freePort();
  // Production mode, as a hub runs for real (React's production build, secure settings); mail is never sent here.
  const env: Record<string, string> = {
    PORT: String(port),
    HOST: "127.0.0.1",
    NODE_ENV: "production",
    LOG_LEVEL: "error",
    SESSION_SECRET: "benchmark-secret-benchmark-secret-benchmark",
    SMTP_URL: "smtp://127.0.0.1:2525",
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ALLOW_EMBEDDED_DB: "1",
    METRICS_TOKEN: BENCH_METRICS_TOKEN,
  };
  let dropDatabase = async () => undefined;
  if (options.serverUrl) {
    const name = `ipshub_bench_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: options.serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(options.serverUrl);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    dropDatabase = async () => {
      const cleanup = new pg.Client({ connectionString: options.serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    };
  } else {
    env.DATA_DIR = path.join(mkdtempSync(path.join(tmpdir(), "ips-bench-")), "db");
  }
  await options.prepare?.(
    env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dataDir: env.DATA_DIR! },
  );
  const asApp = Boolean(options.appProcess && env.DATABASE_URL);
  if (asApp) {
    for (const command of ["migrate", "seed-demo"]) await runToEnd(spawnNode("src/cli/hub.ts", env, [command], false));
    env.WORKER = "off";
  }
  const child = spawnNode(asApp ? "src/server/main.ts" : "src/cli/demo.ts", env);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/healthz`, child, 120);
  return {
    url,
    pid: child.pid,
    engine: options.serverUrl ? "postgres" : "pglite",
    databaseUrl: env.DATABASE_URL,
    async stop() {
      await stopChild(child);
      await dropDatabase();
    },
  };
}
