import { describe, expect, it } from "vitest";
import { retryDelaySeconds } from "./retry.ts";

describe("retryDelaySeconds", () => {
  it("doubles with each attempt and stops at the ceiling", () => {
    expect([1, 2, 3, 4].map((n) => retryDelaySeconds(n))).toEqual([10, 20, 40, 80]);
    expect(retryDelaySeconds(20)).toBe(3600);
    expect(retryDelaySeconds(3, { baseSeconds: 1, maxSeconds: 3 })).toBe(3);
  });
});
