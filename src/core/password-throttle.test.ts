import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { afterFailure, MAX_WAIT_SECONDS, secondsToWait, type FailureRecord } from "./password-throttle.ts";

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 4, 12) + seconds * 1000);

describe("password throttle", () => {
  it("lets the free mistakes through, then makes each further try wait longer, up to the cap", () => {
    let record: FailureRecord | null = null;
    let now = 0;
    const waits: (number | null)[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      record = afterFailure(record, at(now), 5);
      const wait = secondsToWait(record, at(now));
      waits.push(wait);
      now += wait ?? 1;
    }
    expect(waits).toEqual([null, null, null, null, null, 15, 30, 60, 120, 240, 300, 300]);
  });

  it("refuses a try before the wait is over and allows it after", () => {
    const record = afterFailure({ failures: 5, lastFailureAt: at(0), waitUntil: null }, at(0), 5);
    expect(secondsToWait(record, at(14))).toBe(1);
    expect(secondsToWait(record, at(15))).toBeNull();
  });

  it("forgets mistakes a day after the last one", () => {
    const old: FailureRecord = { failures: 9, lastFailureAt: at(0), waitUntil: at(300) };
    expect(afterFailure(old, at(24 * 3600), 5)).toEqual({ failures: 1, lastFailureAt: at(24 * 3600), waitUntil: null });
    expect(afterFailure(old, at(24 * 3600 - 1), 5).failures).toBe(10);
  });

  it("never makes anyone wait longer than the cap, however many guesses", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 20 }), (failures, free) => {
        const record = afterFailure({ failures, lastFailureAt: at(0), waitUntil: null }, at(1), free);
        const wait = secondsToWait(record, at(1)) ?? 0;
        return wait <= MAX_WAIT_SECONDS && (record.failures <= free ? wait === 0 : wait > 0);
      }),
    );
  });
});
