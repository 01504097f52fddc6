// Starts one app process: config, services, the HTTP server, the in-process worker, and a graceful stop.
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "react-router";
import { ConfigError, loadConfig, proxyWarning, type Config } from "#platform/config.ts";
import { createLogger } from "#platform/logger.ts";
import type { Services } from "#platform/services.ts";
import { createServices } from "./create-services.ts";
import { DataDirInUseError } from "#db/client.ts";
import { createWorker, registerSchedules, type Worker } from "#jobs/worker.ts";
import { allJobs, schedulesFor } from "#jobs/registry.ts";
import { seedHubDefaults } from "#features/hub/seed-defaults.ts";
import { createHttpApp } from "./http-app.ts";
import { answerParserRefusals } from "./body-limits.ts";

export type Started = { services: Services; url: string; stop(): Promise<void> };

export async function startHub(
  options: { config?: Config; beforeListen?: (services: Services) => Promise<void> } = {},
): Promise<Started> {
  const config = options.config ?? loadConfig();
  const logger = createLogger(config.logLevel);
  const warning = proxyWarning(config);
  if (warning) logger.warn(warning);
  const services = await createServices(config, logger);
  await seedHubDefaults(services.db, {
    name: "IPS Hub",
    region: "Oregon",
    today: services.now().toISOString().slice(0, 10),
  });
  await options.beforeListen?.(services);

  const buildDir = path.resolve("build");
  const serverEntry = path.join(buildDir, "server", "index.js");
  if (!existsSync(serverEntry)) {
    await services.close();
    throw new ConfigError("The web app is not built yet: run `npm run build` first (npm run demo does it for you).");
  }
  const build = (await import(pathToFileURL(serverEntry).href)) as ServerBuild;
  const app = createHttpApp({
    services,
    getBuild: async () => build,
    clientDir: path.join(buildDir, "client"),
    // build/ is a production build, so its pages are served as production serves them whatever NODE_ENV says (the
    // demo runs without production's settings); only `npm run dev` (src/server/dev.ts) serves in development mode.
    pageMode: "production",
  });

  let worker: Worker | null = null;
  if (config.worker === "in-process") {
    const schedules = schedulesFor(config);
    await registerSchedules(services, schedules);
    worker = createWorker(services, { jobs: allJobs, schedules });
    services.onJobQueued = () => worker?.nudge();
    worker.start();
  }

  const server = await new Promise<import("node:http").Server>((resolve) => {
    const listening = app.listen(config.port, config.host, () => resolve(listening));
    answerParserRefusals(listening);
  });
  logger.info({ port: config.port, database: services.database.kind, worker: config.worker }, "IPS Hub is listening");

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      logger.info("stopping: finishing open requests and running jobs");
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await worker?.stop();
      await services.close();
    })());
  return { services, url: config.publicUrl, stop };
}

/** Runs `main` and turns a configuration mistake into one clear line and exit code 1. */
export async function runMain(main: () => Promise<unknown>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirInUseError) {
      console.error(error.message);
      process.exit(1);
    }
    console.error(error);
    process.exit(1);
  }
}

export function stopOnSignals(stop: () => Promise<void>): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
