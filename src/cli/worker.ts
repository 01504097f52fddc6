// `npm run worker`: a process that only runs background jobs, for hubs that run app processes with WORKER=off.
import { loadConfig } from "#platform/config.ts";
import { createLogger } from "#platform/logger.ts";
import { createServices } from "#server/create-services.ts";
import { createWorker, registerSchedules } from "#jobs/worker.ts";
import { allJobs, schedulesFor } from "#jobs/registry.ts";
import { runMain, stopOnSignals } from "#server/start.ts";

await runMain(async () => {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const services = await createServices(config, logger);
  const schedules = schedulesFor(config);
  await registerSchedules(services, schedules);
  const worker = createWorker(services, { jobs: allJobs, schedules });
  worker.start();
  logger.info({ worker: worker.id, database: services.database.kind }, "worker started");
  stopOnSignals(async () => {
    await worker.stop();
    await services.close();
  });
});
