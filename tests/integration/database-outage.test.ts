// While the database can't be reached, the hub says so calmly: /healthz names it, the API answers 503 problem+json
// with Retry-After, and pages answer a 503 page instead of "something went wrong".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "#platform/config.ts";
import { createLogger } from "#platform/logger.ts";
import type { Services } from "#platform/services.ts";
import { createServices } from "#server/create-services.ts";
import { createTestServices } from "../support/services.ts";
import { serveForTest, type TestHttp } from "../support/http.ts";
import { adminQuery, createTestDatabase } from "../support/databases.ts";

type Outage = { name: string; start(): Promise<{ services: Services; stop(): Promise<void> }> };

const outages: Outage[] = [
  {
    // Nothing listens on port 1: every connection is refused, as when PostgreSQL is down.
    name: "PostgreSQL on a closed port",
    async start() {
      const config = loadConfig({
        NODE_ENV: "test",
        LOG_LEVEL: "silent",
        PUBLIC_URL: "http://localhost:3999",
        DATABASE_URL: "postgres://postgres@127.0.0.1:1/ipshub",
      });
      const services = await createServices(config, createLogger(config.logLevel), { migrate: false });
      return { services, stop: () => services.close().catch(() => undefined) };
    },
  },
  {
    name: "a closed PGlite",
    async start() {
      const services = await createTestServices("pglite");
      await services.database.close();
      return { services, stop: async () => undefined };
    },
  },
];

describe.each(outages)("while the database is away ($name)", (outage) => {
  let stop: () => Promise<void>;
  let web: TestHttp;
  let requests = 0;
  let serverErrors = 0;
  const send = async (pathname: string, init: RequestInit = {}) => {
    requests += 1;
    const response = await fetch(`${web.url}${pathname}`, { redirect: "manual", ...init });
    if (response.status >= 500 && response.status !== 503) serverErrors += 1;
    return response;
  };

  beforeAll(async () => {
    const started = await outage.start();
    stop = started.stop;
    web = await serveForTest(started.services);
  }, 60_000);
  afterAll(async () => {
    await web?.close();
    await stop?.();
    console.info(`database outage (${outage.name}): ${requests} requests, ${serverErrors} answered 5xx other than 503`);
  });

  it("says so on /healthz", async () => {
    const response = await send("/healthz");
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "unavailable", detail: "database unreachable" });
  });

  it("answers the API with 503 problem+json and Retry-After", async () => {
    for (const pathname of [
      "/api/v1/sessions",
      "/api/v1/courses",
      "/api/v1/sessions/00000000-0000-4000-8000-000000000000",
    ]) {
      const response = await send(pathname);
      expect(response.status, pathname).toBe(503);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await response.json()).toMatchObject({ status: 503, title: "Temporarily unavailable" });
    }
  });

  it("answers pages with a calm 503 page in the reader's language", async () => {
    for (const [pathname, language, words] of [
      ["/trainings", "en", "The hub is taking a short break"],
      ["/learn", "es", "El centro está haciendo una breve pausa"],
    ] as const) {
      const response = await send(pathname, { headers: { "accept-language": language } });
      expect(response.status, pathname).toBe(503);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await response.text()).toContain(words);
    }
    expect((await send("/")).status).toBe(503);
  });
});

// The database going away in the middle of a transaction: the process lives on and the transaction's caller is told.
describe.runIf(process.env.TEST_DATABASE_URL)("a connection lost between two statements of a transaction", () => {
  it("rejects the transaction's next statement instead of ending the process", async () => {
    const database = await createTestDatabase("postgres", { poolSize: 2 });
    try {
      const outcome = database.handle.rawTransaction(async (raw) => {
        const [me] = await raw.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
        // Another connection ends this one while the transaction waits on the app, as a stopped server does.
        await adminQuery(`SELECT pg_terminate_backend(${Number(me!.pid)})`);
        await new Promise((resolve) => setTimeout(resolve, 300));
        await raw.query("SELECT 1");
      });
      await expect(outcome).rejects.toThrow();
      // The pool still serves: a new connection answers.
      expect(await database.handle.query<{ one: number }>("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await database.drop();
    }
  });
});
