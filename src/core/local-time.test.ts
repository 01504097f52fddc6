import { describe, expect, it } from "vitest";
import {
  addDaysToDate,
  isLocalDate,
  isLocalTime,
  shiftByLocalDays,
  utcToZoned,
  zoneOffsetMinutes,
  zonedToUtc,
} from "./local-time.ts";

const LA = "America/Los_Angeles";

describe("wall-clock times in a named zone", () => {
  it("reads dates and 24-hour times as forms send them, and only real ones", () => {
    expect(isLocalDate("2025-03-08")).toBe(true);
    expect(isLocalDate("2024-02-29")).toBe(true);
    expect(isLocalDate("2025-02-29")).toBe(false);
    expect(isLocalDate("2025-3-8")).toBe(false);
    expect(isLocalTime("09:00")).toBe(true);
    expect(isLocalTime("23:59")).toBe(true);
    expect(isLocalTime("24:00")).toBe(false);
    expect(isLocalTime("9:00")).toBe(false);
  });

  it("turns 9:00 in Portland into UTC on both sides of the spring daylight-saving change", () => {
    // Clocks in Oregon moved forward on 9 March 2025.
    expect(zonedToUtc({ date: "2025-03-08", time: "09:00" }, LA)?.toISOString()).toBe("2025-03-08T17:00:00.000Z");
    expect(zonedToUtc({ date: "2025-03-10", time: "09:00" }, LA)?.toISOString()).toBe("2025-03-10T16:00:00.000Z");
    expect(zonedToUtc({ date: "2025-07-01", time: "16:30" }, "Europe/Madrid")?.toISOString()).toBe(
      "2025-07-01T14:30:00.000Z",
    );
    expect(zonedToUtc({ date: "2025-07-01", time: "16:30" }, "UTC")?.toISOString()).toBe("2025-07-01T16:30:00.000Z");
  });

  it("refuses a time the clocks skip, and takes the first of a time that happens twice", () => {
    expect(zonedToUtc({ date: "2025-03-09", time: "02:30" }, LA)).toBeNull();
    // 1:30 on 2 November 2025 happens in daylight time (UTC-7) and again in standard time (UTC-8).
    expect(zonedToUtc({ date: "2025-11-02", time: "01:30" }, LA)?.toISOString()).toBe("2025-11-02T08:30:00.000Z");
  });

  it("refuses malformed input instead of guessing", () => {
    expect(zonedToUtc({ date: "2025-02-30", time: "09:00" }, LA)).toBeNull();
    expect(zonedToUtc({ date: "2025-03-08", time: "9am" }, LA)).toBeNull();
  });

  it("reads an instant back as the zone's clock shows it, and knows the offset", () => {
    expect(utcToZoned(new Date("2025-03-10T16:00:00Z"), LA)).toEqual({ date: "2025-03-10", time: "09:00" });
    expect(utcToZoned(new Date("2025-01-01T07:59:00Z"), LA)).toEqual({ date: "2024-12-31", time: "23:59" });
    expect(zoneOffsetMinutes(new Date("2025-07-01T12:00:00Z"), LA)).toBe(-420);
    expect(zoneOffsetMinutes(new Date("2025-01-01T12:00:00Z"), LA)).toBe(-480);
  });

  it("round-trips every quarter hour of a year in Los Angeles that exists", () => {
    for (let day = 0; day < 365; day += 3) {
      const date = addDaysToDate("2025-01-01", day);
      for (const time of ["00:15", "06:45", "12:00", "23:30"]) {
        const instant = zonedToUtc({ date, time }, LA);
        expect(instant && utcToZoned(instant, LA)).toEqual({ date, time });
      }
    }
  });

  it("moves a meeting by whole local days, keeping its clock time across a daylight-saving change", () => {
    const before = new Date("2025-03-04T17:00:00Z"); // 9:00 PST
    expect(shiftByLocalDays(before, 7, LA).toISOString()).toBe("2025-03-11T16:00:00.000Z"); // 9:00 PDT
    expect(shiftByLocalDays(new Date("2025-03-11T16:00:00Z"), -7, LA).toISOString()).toBe("2025-03-04T17:00:00.000Z");
    expect(addDaysToDate("2024-12-30", 3)).toBe("2025-01-02");
  });
});
