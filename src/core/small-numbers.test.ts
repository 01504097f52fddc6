import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SMALL_GROUP_MINIMUM, isTooSmallToShow, suppressSmall, shownCount } from "./small-numbers.ts";

describe("suppressSmall", () => {
  it("hides a group of 4 and shows a group of 5", () => {
    expect(suppressSmall(4, () => 3.5)).toEqual({ shown: false });
    expect(suppressSmall(5, () => 3.5)).toEqual({ shown: true, count: 5, value: 3.5 });
    expect(SMALL_GROUP_MINIMUM).toBe(5);
  });

  it("never computes a hidden figure", () => {
    let computed = false;
    suppressSmall(2, () => {
      computed = true;
      return 1;
    });
    expect(computed).toBe(false);
  });

  it("shows exactly the groups of five or more", () => {
    fc.assert(
      fc.property(fc.nat(1000), (count) => {
        expect(suppressSmall(count, () => count).shown).toBe(count >= 5);
        expect(isTooSmallToShow(count)).toBe(count < 5);
      }),
    );
  });
});

describe("shownCount", () => {
  it("withholds 4 and shows 5", () => {
    expect(shownCount(4)).toBeNull();
    expect(shownCount(5)).toBe(5);
  });
  it("withholds every count from 1 to 4, and shows zero because it names nobody", () => {
    expect([1, 2, 3].map((n) => shownCount(n))).toEqual([null, null, null]);
    expect(shownCount(0)).toBe(0);
  });
});
