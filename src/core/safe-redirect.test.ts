import { describe, expect, it } from "vitest";
import { registrationSessionOf, safeReturnPath, withParam } from "./safe-redirect.ts";

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

  it("percent-encodes characters a Location header can't carry, and refuses a broken surrogate", () => {
    expect(safeReturnPath("/trainings?q=café", "/")).toBe("/trainings?q=caf%C3%A9");
    expect(safeReturnPath("/trainings?q=平和 ✓".replace(" ", ""), "/")).toBe(
      "/trainings?q=%E5%B9%B3%E5%92%8C%E2%9C%93",
    );
    expect(safeReturnPath("/a?q=%C3%A9", "/")).toBe("/a?q=%C3%A9");
    expect(safeReturnPath("/a?q=\ud800", "/fallback")).toBe("/fallback");
  });

  it("refuses what is not a string", () => {
    expect(safeReturnPath(undefined, "/account")).toBe("/account");
    expect(safeReturnPath(null, "/account")).toBe("/account");
    expect(safeReturnPath(["/a"], "/account")).toBe("/account");
  });
});

describe("registrationSessionOf", () => {
  const id = "0b6a3c1e-8f4d-4a51-9c2e-3d7f5b9a1c20";
  it("names the session of a registration path, with or without a query", () => {
    expect(registrationSessionOf(`/trainings/${id}/register`)).toBe(id);
    expect(registrationSessionOf(`/trainings/${id.toUpperCase()}/register?welcome=1`)).toBe(id);
  });
  it("is null for any other path", () => {
    for (const path of [`/trainings/${id}`, `/trainings/${id}/registered`, "/trainings/abc/register", "/account", ""])
      expect(registrationSessionOf(path), path).toBeNull();
  });
});

describe("withParam", () => {
  it("adds a parameter, keeping the query and fragment", () => {
    expect(withParam("/a", "welcome", "1")).toBe("/a?welcome=1");
    expect(withParam("/a?x=1", "welcome", "1")).toBe("/a?x=1&welcome=1");
    expect(withParam("/a?x=1#form", "next", "/b c")).toBe("/a?x=1&next=%2Fb%20c#form");
  });
});
