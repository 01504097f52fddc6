// Runs the demo hub as a real child process (as `npm run demo` does) on a free port and its own copy of the demo database.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { inject } from "vitest";
import type { Engine } from "../../support/databases.ts";
import { copyDemoTemplate } from "./demo-template.ts";
import { repoRoot, requireBuild } from "./environment.ts";

export type HubProcess = {
  /** Base address without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  engine: Engine;
  /** What the process printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
};

export type HubProcessOptions = {
  engine: Engine;
  /** Extra environment, e.g. { SMTP_URL }. */
  env?: Record<string, string>;
  startTimeoutMs?: number;
};

const ENTRY_POINTS = ["src/cli/demo.ts", "src/server/main.ts"];

export async function startHubProcess(options: HubProcessOptions): Promise<HubProcess> {
  requireBuild();
  const entry = ENTRY_POINTS.find((file) => existsSync(path.join(repoRoot, file)));
  if (!entry) throw new Error(`None of ${ENTRY_POINTS.join(", ")} exists`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // The demo was seeded once for the run (global-setup.ts); this hub gets a copy, so no file sees another's changes.
  const template = inject("demoTemplate");
  if (!template)
    throw new Error(
      "No seeded demo database: the e2e project's globalSetup (tests/e2e/support/global-setup.ts) did not run",
    );
  if (template.engine !== options.engine)
    throw new Error(`The demo was seeded on ${template.engine}, not ${options.engine}`);
  const database = await copyDemoTemplate(template);

  const inherited = { ...process.env };
  // The hub reads these itself; only what this function sets below may reach it.
  for (const name of ["DATABASE_URL", "DATA_DIR", "SMTP_URL", "PUBLIC_URL", "SESSION_SECRET", "WORKER"])
    delete inherited[name];
  const env: Record<string, string | undefined> = {
    ...inherited,
    NODE_ENV: "test",
    PORT: String(port),
    HOST: "127.0.0.1",
    PUBLIC_URL: url,
    DEMO: "1",
    RATE_LIMIT: "off",
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? "warn",
    ...database.env,
    ...options.env,
  };

  const child = spawn(process.execPath, ["--import", "./load-typescript.js", entry], {
    cwd: repoRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let printed = "";
  const collect = (chunk: Buffer) => {
    printed = (printed + chunk.toString("utf8")).slice(-20_000);
    if (process.env.E2E_DEBUG) process.stderr.write(chunk);
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  // If the test process ends without stopping the hub (a crash, Ctrl+C), take the hub down with it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  void exited.then(() => process.off("exit", killOnExit));

  const cleanup = async () => {
    await stopChild(child, exited);
    await database.remove();
  };
  try {
    await waitForHealth(url, exited, options.startTimeoutMs ?? 90_000, () => printed);
  } catch (error) {
    await cleanup();
    throw error;
  }

  let stopping: Promise<void> | null = null;
  return {
    url,
    engine: options.engine,
    output: () => printed,
    stop: () => (stopping ??= cleanup()),
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(
  url: string,
  exited: Promise<number | null>,
  timeoutMs: number,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (exitCode !== undefined)
      throw new Error(`The hub process exited (code ${exitCode}) before it was healthy. It printed:\n${output()}`);
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The hub at ${url} was not healthy within ${timeoutMs} ms (last: ${last}). It printed:\n${output()}`);
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const killTimer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(killTimer);
}
