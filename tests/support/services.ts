// Full services over a test database, with settings tests usually want (no SMTP, limits on, quiet logs).
import { loadConfig, type Config } from "#platform/config.ts";
import { createLogger } from "#platform/logger.ts";
import type { Services } from "#platform/services.ts";
import { createServices } from "#server/create-services.ts";
import { createTestDatabase, type Engine, type TestDatabase } from "./databases.ts";

export type TestServices = Services & { testDatabase: TestDatabase };

export async function createTestServices(engine: Engine, env: Record<string, string> = {}): Promise<TestServices> {
  const testDatabase = await createTestDatabase(engine);
  const config: Config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    PUBLIC_URL: "http://localhost:3999",
    ...env,
  });
  const services = await createServices(config, createLogger(config.logLevel), {
    database: testDatabase.handle,
    migrate: false,
  });
  const close = services.close;
  return Object.assign(services, {
    testDatabase,
    async close() {
      services.mailTransport?.close();
      await testDatabase.drop();
      void close;
    },
  });
}
