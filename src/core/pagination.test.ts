import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { pageWindow } from "./pagination.ts";

describe("pageWindow", () => {
  it("starts at the first page and counts at least one page, even for an empty list", () => {
    expect(pageWindow({ total: 0, requested: undefined, perPage: 50 })).toEqual({ page: 1, pageCount: 1, offset: 0 });
    expect(pageWindow({ total: 120, requested: 2, perPage: 50 })).toEqual({ page: 2, pageCount: 3, offset: 50 });
  });

  it("keeps a page number past the end, below one or not a number inside the list", () => {
    expect(pageWindow({ total: 120, requested: 9, perPage: 50 }).page).toBe(3);
    expect(pageWindow({ total: 120, requested: -4, perPage: 50 }).page).toBe(1);
    expect(pageWindow({ total: 120, requested: Number.NaN, perPage: 50 }).page).toBe(1);
    expect(pageWindow({ total: 120, requested: 2.7, perPage: 50 }).page).toBe(2);
  });

  it("always answers a page whose offset lies inside the list", () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.double(), fc.integer({ min: 1, max: 200 }), (total, requested, perPage) => {
        const { page, pageCount, offset } = pageWindow({ total, requested, perPage });
        expect(page).toBeGreaterThanOrEqual(1);
        expect(page).toBeLessThanOrEqual(pageCount);
        expect(offset).toBe((page - 1) * perPage);
        expect(offset === 0 || offset < total).toBe(true);
      }),
    );
  });
});
