// `npm run dev`: the same server with Vite in the middle, so page edits show up without a rebuild.
import type { ServerBuild } from "react-router";
import { loadConfig } from "#platform/config.ts";
import { createLogger } from "#platform/logger.ts";
import { createServices } from "./create-services.ts";
import { seedHubDefaults } from "#features/hub/seed-defaults.ts";
import { seedDemo } from "#features/demo/seed-demo.ts";
import { createWorker, registerSchedules } from "#jobs/worker.ts";
import { allJobs, schedulesFor } from "#jobs/registry.ts";
import { createHttpApp } from "./http-app.ts";
import { runMain, stopOnSignals } from "./start.ts";
import { answerParserRefusals } from "./body-limits.ts";

await runMain(async () => {
  const config = loadConfig({ DEMO: "1", LOG_LEVEL: "warn", ...process.env });
  const services = await createServices(config, createLogger(config.logLevel));
  await seedHubDefaults(services.db, {
    name: "IPS Hub",
    region: "Oregon",
    today: services.now().toISOString().slice(0, 10),
  });
  if (config.demo) await seedDemo(services.db, { sessionSecret: config.sessionSecret });
  const { createServer } = await import("vite");
  const vite = await createServer({ server: { middlewareMode: true }, appType: "custom" });
  const app = createHttpApp({
    services,
    getBuild: () => vite.ssrLoadModule("virtual:react-router/server-build") as Promise<ServerBuild>,
    devMiddleware: vite.middlewares,
  });
  const schedules = schedulesFor(config);
  await registerSchedules(services, schedules);
  const worker = createWorker(services, { jobs: allJobs, schedules });
  services.onJobQueued = () => worker.nudge();
  worker.start();
  const server = app.listen(config.port, config.host, () =>
    console.log(`IPS Hub (development) at ${config.publicUrl}`),
  );
  answerParserRefusals(server);
  stopOnSignals(async () => {
    server.close();
    await vite.close();
    await worker.stop();
    await services.close();
  });
});
