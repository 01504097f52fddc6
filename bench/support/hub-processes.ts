// Starts hub app processes (`npm start`, production mode) on a database the benchmark prepared, and stops them afterwards.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { appNodeFlags, freePort, profileFlags, type Running } from "./servers.ts";
import { BENCH_METRICS_TOKEN } from "./load.ts";

export type HubProcess = Running & { pid: number };

async function waitUntilHealthy(url: string, child: ChildProcess, seconds = 60): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`hub process exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`hub at ${url} did not answer in ${seconds} s`);
}

/**
 * One hub process serving pages and the API on `databaseUrl`, as `npm start` runs it in production. The database must be
 * migrated already (the process migrates too, under an advisory lock, and finds nothing to do). `env` adds or overrides settings.
 */
export async function startHubProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<HubProcess> {
  if (!existsSync(path.resolve("build/server/index.js")))
    throw new Error("build/ is missing: run `npm run build` first");
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [...appNodeFlags(), ...profileFlags(), "--import", "./load-typescript.js", "src/server/main.ts"],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        HOST: "127.0.0.1",
        PUBLIC_URL: url,
        DATABASE_URL: databaseUrl,
        SESSION_SECRET: "benchmark-secret-benchmark-secret-benchmark",
        // Production insists on an SMTP server; nothing is sent, since no worker runs unless `env` asks for one.
        SMTP_URL: "smtp://127.0.0.1:2525",
        WORKER: "off",
        LOG_LEVEL: "error",
        METRICS_TOKEN: BENCH_METRICS_TOKEN,
        ...env,
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  await waitUntilHealthy(url, child);
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
