import { describe, expect, it } from "vitest";
import { dueSendDay, latestSendDay, nextSendDay, periodOfSendDay } from "./impact-exports.ts";

const zone = "America/Los_Angeles";
const weeklyMonday = { cadence: "weekly" as const, weekday: 1, monthDay: null };
const monthlyFifth = { cadence: "monthly" as const, weekday: null, monthDay: 5 };

describe("scheduled impact exports", () => {
  it("finds the latest send day on or before a date", () => {
    // 2027-03-10 is a Wednesday; the Monday before is the 8th.
    expect(latestSendDay(weeklyMonday, "2027-03-10")).toBe("2027-03-08");
    expect(latestSendDay(weeklyMonday, "2027-03-08")).toBe("2027-03-08");
    expect(latestSendDay({ ...weeklyMonday, weekday: 7 }, "2027-03-08")).toBe("2027-03-07");
    expect(latestSendDay(monthlyFifth, "2027-03-10")).toBe("2027-03-05");
    expect(latestSendDay(monthlyFifth, "2027-03-04")).toBe("2027-02-05");
    expect(latestSendDay(monthlyFifth, "2027-01-04")).toBe("2026-12-05");
  });

  it("reports the seven days before a weekly send day and the whole month before a monthly one", () => {
    expect(periodOfSendDay("weekly", "2027-03-08")).toEqual({ from: "2027-03-01", to: "2027-03-07" });
    expect(periodOfSendDay("monthly", "2027-03-05")).toEqual({ from: "2027-02-01", to: "2027-02-28" });
    expect(periodOfSendDay("monthly", "2027-01-05")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
    expect(periodOfSendDay("monthly", "2028-03-01")).toEqual({ from: "2028-02-01", to: "2028-02-29" });
  });

  it("is due from 7:00 on the send day in the export's time zone, never for a day before it was set up", () => {
    const createdAt = new Date("2027-02-20T18:00:00Z");
    const timing = { ...weeklyMonday, timeZone: zone, createdAt };
    // Monday 8 March 2027, 6:59 in Oregon (PST, UTC-8): not yet; the Monday before (1 March) is the latest due.
    expect(dueSendDay(timing, new Date("2027-03-08T14:59:00Z"))?.sendDay).toBe("2027-03-01");
    // 7:00 in Oregon: 8 March is due, for 1–7 March.
    expect(dueSendDay(timing, new Date("2027-03-08T15:00:00Z"))).toEqual({
      sendDay: "2027-03-08",
      from: "2027-03-01",
      to: "2027-03-07",
    });
    // Set up on Saturday 20 February: the Monday before that (15 February) is never sent.
    expect(dueSendDay(timing, new Date("2027-02-21T20:00:00Z"))).toBeNull();
  });

  it("names the next send day after now", () => {
    expect(nextSendDay({ ...weeklyMonday, timeZone: zone }, new Date("2027-03-08T14:00:00Z"))).toBe("2027-03-08");
    expect(nextSendDay({ ...weeklyMonday, timeZone: zone }, new Date("2027-03-08T16:00:00Z"))).toBe("2027-03-15");
    expect(nextSendDay({ ...monthlyFifth, timeZone: zone }, new Date("2027-03-10T16:00:00Z"))).toBe("2027-04-05");
  });
});
