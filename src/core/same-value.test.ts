import { describe, expect, it } from "vitest";
import { sameValue } from "./same-value.ts";

describe("same stored value", () => {
  it("ignores key order, as jsonb reorders keys", () => {
    expect(
      sameValue(
        [{ kind: "sliding_scale", amountCents: 100, minimumCents: 10 }],
        [{ minimumCents: 10, kind: "sliding_scale", amountCents: 100 }],
      ),
    ).toBe(true);
    expect(sameValue({ a: { x: 1, y: [1, 2] } }, { a: { y: [1, 2], x: 1 } })).toBe(true);
  });

  it("notices a changed value, a changed order of items, and a missing key", () => {
    expect(sameValue([{ kind: "free", amountCents: 0 }], [{ kind: "free", amountCents: 1 }])).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: 1, b: 2 }, { a: 1 })).toBe(false);
  });

  it("compares dates by instant, and treats undefined and null as nothing", () => {
    expect(sameValue(new Date("2025-01-01T00:00:00Z"), new Date("2025-01-01T00:00:00.000Z"))).toBe(true);
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue({ a: undefined }, {})).toBe(true);
    expect(sameValue(null, "")).toBe(false);
  });
});
