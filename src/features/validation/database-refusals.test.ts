import { describe, expect, it } from "vitest";
import { databaseRefusal } from "./database-refusals.ts";

/** Drizzle's query error wraps the driver's error, which carries the SQLSTATE. */
const wrapped = (code: string) =>
  Object.assign(new Error("Failed query"), { cause: Object.assign(new Error("x"), { code }) });

describe("databaseRefusal", () => {
  it("reads a missing reference as not found, a duplicate as a conflict, a refused value as invalid", () => {
    expect(databaseRefusal(wrapped("23503"))?.code).toBe("not_found");
    expect(databaseRefusal(wrapped("23505"))?.code).toBe("conflict");
    for (const code of ["23514", "23502", "22P02", "22001", "22003", "22021", "22P05"])
      expect(databaseRefusal(wrapped(code))?.code).toBe("invalid");
  });

  it("leaves every other failure to be a real failure", () => {
    expect(databaseRefusal(wrapped("08006"))).toBeNull();
    expect(databaseRefusal(wrapped("42P01"))).toBeNull();
    expect(databaseRefusal(new Error("boom"))).toBeNull();
    expect(databaseRefusal(Object.assign(new Error("socket"), { code: "ECONNRESET" }))).toBeNull();
  });
});
