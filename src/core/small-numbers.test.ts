import { describe, expect, it } from "vitest";
import { suppressSmall } from "./small-numbers.ts";

describe("suppressSmall", () => {
  it("withholds 4 and shows 5 at the default threshold", () => {
    expect(suppressSmall(4)).toBeNull();
    expect(suppressSmall(5)).toBe(5);
  });
  it("withholds every count from 1 to 4, and shows zero because it names nobody", () => {
    expect([1, 2, 3].map((n) => suppressSmall(n))).toEqual([null, null, null]);
    expect(suppressSmall(0)).toBe(0);
  });
  it("follows a given threshold", () => {
    expect(suppressSmall(9, 10)).toBeNull();
    expect(suppressSmall(10, 10)).toBe(10);
  });
});
