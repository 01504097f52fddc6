// The demo hub serves its pages as production does: a page that fails answers a plain 500 without the query, its
// parameters or a stack, which React Router's development mode would put in the page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Services } from "#platform/services.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { serveForTest, type TestHttp } from "../support/http.ts";

const failedQuery = 'Failed query: select "email" from "user" where "id" = $1\nparams: demo-secret-parameter';

/** Every query the pages make fails the way a driver error does, with the SQL and its parameters in the message. */
function failingQueries(db: Services["db"]): Services["db"] {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property === "select" || property === "execute" || property === "query" || property === "transaction")
        return () => {
          throw new Error(failedQuery);
        };
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

describe("the demo's pages when something fails", () => {
  let services: TestServices;
  let http: TestHttp;
  beforeAll(async () => {
    services = await createTestServices("pglite");
    const demoServices = { ...services, db: failingQueries(services.db) };
    // The way src/server/start.ts serves the built pages for `npm run demo` and `npm start`.
    http = await serveForTest(demoServices, { pageMode: "production" });
  });
  afterAll(async () => {
    await http.close();
    await services.close();
  });

  it.each(["/", "/trainings", "/sign-in"])(
    "answers %s with a 500 that shows no SQL, parameter or stack",
    async (page) => {
      const response = await fetch(`${http.url}${page}`);
      expect(response.status).toBe(500);
      const body = await response.text();
      expect(body).not.toContain("Failed query");
      expect(body).not.toContain("demo-secret-parameter");
      expect(body).not.toMatch(/at .*\.(ts|js):\d+/);
    },
  );
});
