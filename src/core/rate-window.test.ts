import { describe, expect, it } from "vitest";
import { secondsUntilWindowEnds, windowStart } from "./rate-window.ts";

describe("rate windows", () => {
  it("puts moments in the same fixed window and counts the seconds left", () => {
    const a = new Date("2026-11-22T10:07:30Z");
    expect(windowStart(a, 900).toISOString()).toBe("2026-11-22T10:00:00.000Z");
    expect(windowStart(new Date("2026-11-22T10:14:59Z"), 900).toISOString()).toBe("2026-11-22T10:00:00.000Z");
    expect(windowStart(new Date("2026-11-22T10:15:00Z"), 900).toISOString()).toBe("2026-11-22T10:15:00.000Z");
    expect(secondsUntilWindowEnds(a, 900)).toBe(450);
  });
});
