import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Logger } from "#platform/logger.ts";
import { problemErrorHandler } from "./problem.ts";

/** What Drizzle throws: its query error, wrapping the driver's error with the SQLSTATE. */
const databaseError = (code: string) =>
  Object.assign(new Error("Failed query"), { cause: Object.assign(new Error("refused"), { code }) });

describe("problemErrorHandler and the database's refusals", () => {
  let url = "";
  let close = () => {};
  const logged: string[] = [];
  beforeAll(async () => {
    const app = express();
    app.get("/refused/:code", (req) => {
      throw databaseError(req.params.code);
    });
    const logger = { error: () => logged.push("error"), warn: () => logged.push("warn") } as unknown as Logger;
    app.use(problemErrorHandler("http://hub.test", logger));
    const server = await new Promise<import("node:http").Server>((resolve) => {
      const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it("answers a foreign key naming no row 404, a duplicate 409 and a refused value 422, as problem+json", async () => {
    for (const [code, status] of [
      ["23503", 404],
      ["23505", 409],
      ["22P02", 422],
      ["22021", 422],
    ] as const) {
      const response = await fetch(`${url}/refused/${code}`);
      expect({ code, status: response.status }).toEqual({ code, status });
      expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    }
    expect(logged).toEqual([]);
  });

  it("still answers any other database failure 500 and logs it", async () => {
    const response = await fetch(`${url}/refused/42P01`);
    expect(response.status).toBe(500);
    expect(logged).toEqual(["error"]);
  });
});
