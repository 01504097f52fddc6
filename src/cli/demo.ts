// The quick start: serve the hub on the embedded database with the demo hub seeded on first run.
import { loadConfig } from "#platform/config.ts";
import { seedDemo } from "#features/demo/seed-demo.ts";
import { DEMO_PASSWORD, demoAccounts } from "#features/demo/demo-accounts.ts";
import { runMain, startHub, stopOnSignals } from "#server/start.ts";

await runMain(async () => {
  const config = loadConfig({ DEMO: "1", LOG_LEVEL: "warn", ...process.env });
  const hub = await startHub({
    config,
    beforeListen: async (services) => {
      if (await seedDemo(services.db, { sessionSecret: services.config.sessionSecret }))
        services.logger.info("demo hub seeded");
    },
  });
  stopOnSignals(hub.stop);
  const width = Math.max(...demoAccounts.map((a) => a.email.length));
  console.log(`
  IPS Hub is running at ${hub.url}
  Database: ${hub.services.database.kind}${config.database.kind === "pglite" ? ` (${config.database.dataDir})` : ""}

  Demo sign-ins (password for all: ${DEMO_PASSWORD})
${demoAccounts.map((a) => `    ${a.email.padEnd(width)}  ${a.name} — ${a.roles.join(", ")}`).join("\n")}

  Press Ctrl+C to stop.
`);
});
