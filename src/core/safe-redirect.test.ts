import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-redirect.ts";

describe("safeReturnPath", () => {
  it("keeps paths on this site, with their query", () => {
    expect(safeReturnPath("/account", "/")).toBe("/account");
    expect(safeReturnPath("/admin/people?q=ana&page=2", "/")).toBe("/admin/people?q=ana&page=2");
    expect(safeReturnPath("/", "/account")).toBe("/");
  });

  it("refuses other sites and tricks that browsers read as other sites", () => {
    for (const value of [
      "https://evil.example/",
      "http:/evil.example",
      "//evil.example",
      "///evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      " /account",
      "javascript:alert(1)",
      "account",
      "",
    ]) {
      expect(safeReturnPath(value, "/fallback"), value).toBe("/fallback");
    }
  });

  it("refuses what is not a string", () => {
    expect(safeReturnPath(undefined, "/account")).toBe("/account");
    expect(safeReturnPath(null, "/account")).toBe("/account");
    expect(safeReturnPath(["/a"], "/account")).toBe("/account");
  });
});
