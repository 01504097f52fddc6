import { describe, expect, it } from "vitest";
import { isDatabaseUnreachable, retryWhileUnreachable } from "./connection-errors.ts";

describe("isDatabaseUnreachable", () => {
  it("knows a lost database by socket code, PostgreSQL code or the drivers' words, also when wrapped", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    expect(isDatabaseUnreachable(refused)).toBe(true);
    expect(isDatabaseUnreachable(new Error("Failed query: select 1", { cause: refused }))).toBe(true);
    expect(isDatabaseUnreachable(new AggregateError([refused]))).toBe(true);
    expect(
      isDatabaseUnreachable(
        Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
      ),
    ).toBe(true);
    expect(isDatabaseUnreachable(Object.assign(new Error("connection failure"), { code: "08006" }))).toBe(true);
    expect(isDatabaseUnreachable(new Error("PGlite is closed"))).toBe(true);
    expect(isDatabaseUnreachable(new Error("Connection terminated unexpectedly"))).toBe(true);
  });

  it("leaves every other failure alone", () => {
    expect(isDatabaseUnreachable(Object.assign(new Error('relation "x" does not exist'), { code: "42P01" }))).toBe(
      false,
    );
    expect(isDatabaseUnreachable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnreachable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnreachable(null)).toBe(false);
    expect(isDatabaseUnreachable("ECONNREFUSED")).toBe(false);
  });
});

describe("retryWhileUnreachable", () => {
  const unreachable = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });

  it("tries again while the database is away, waiting longer each time, and answers once it is back", async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await retryWhileUnreachable(
      async () => {
        calls += 1;
        if (calls < 4) throw unreachable();
        return "recorded";
      },
      { withinMs: 60_000, sleep: async (ms) => void waits.push(ms) },
    );
    expect(result).toBe("recorded");
    expect(waits).toEqual([250, 500, 1000]);
  });

  it("passes any other failure on at once", async () => {
    const waits: number[] = [];
    const refused = retryWhileUnreachable(
      async () => {
        throw new Error("duplicate key value violates unique constraint");
      },
      { withinMs: 60_000, sleep: async (ms) => void waits.push(ms) },
    );
    await expect(refused).rejects.toThrow(/duplicate key/);
    expect(waits).toEqual([]);
  });

  it("gives up when the time allowed has run out, with the database's own error", async () => {
    const waits: number[] = [];
    const never = retryWhileUnreachable(
      async () => {
        throw unreachable();
      },
      { withinMs: 2000, maxDelayMs: 1000, sleep: async (ms) => void waits.push(ms) },
    );
    await expect(never).rejects.toThrow(/ECONNREFUSED/);
    expect(waits).toEqual([250, 500, 1000]);
  });
});
