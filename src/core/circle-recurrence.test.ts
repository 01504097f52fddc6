import { describe, expect, it } from "vitest";
import { expandRecurrence, recurrenceProblem, rruleFor, type CircleRecurrence } from "./circle-recurrence.ts";

const rule = (overrides: Partial<CircleRecurrence>): CircleRecurrence => ({
  frequency: "weekly",
  interval: 1,
  firstDate: "2026-03-03",
  startTime: "18:00",
  durationMinutes: 90,
  timeZone: "America/Los_Angeles",
  count: 4,
  ...overrides,
});

const utc = (meetings: { startsAt: Date }[]) => meetings.map((m) => m.startsAt.toISOString());
const local = (meetings: { localDate: string; localTime: string }[]) =>
  meetings.map((m) => `${m.localDate} ${m.localTime}`);

describe("expandRecurrence across daylight saving", () => {
  it("keeps a weekly Oregon meeting at 6 pm local when the clocks spring forward (8 March 2026)", () => {
    const meetings = expandRecurrence(rule({}));
    expect(local(meetings)).toEqual(["2026-03-03 18:00", "2026-03-10 18:00", "2026-03-17 18:00", "2026-03-24 18:00"]);
    // PST is UTC-8 before the change, PDT UTC-7 after: the UTC hour moves so the local hour does not.
    expect(utc(meetings)).toEqual([
      "2026-03-04T02:00:00.000Z",
      "2026-03-11T01:00:00.000Z",
      "2026-03-18T01:00:00.000Z",
      "2026-03-25T01:00:00.000Z",
    ]);
    expect(meetings[0]!.endsAt.toISOString()).toBe("2026-03-04T03:30:00.000Z");
  });

  it("keeps an every-two-weeks Oregon meeting at 10 am when the clocks fall back (1 November 2026)", () => {
    const meetings = expandRecurrence(rule({ interval: 2, firstDate: "2026-10-22", startTime: "10:00", count: 3 }));
    expect(local(meetings)).toEqual(["2026-10-22 10:00", "2026-11-05 10:00", "2026-11-19 10:00"]);
    expect(utc(meetings)).toEqual(["2026-10-22T17:00:00.000Z", "2026-11-05T18:00:00.000Z", "2026-11-19T18:00:00.000Z"]);
  });

  it("keeps a monthly first-Wednesday Sydney meeting at 7 pm when daylight saving ends (5 April 2026)", () => {
    const meetings = expandRecurrence(
      rule({ frequency: "monthly_weekday", firstDate: "2026-03-04", startTime: "19:00", timeZone: "Australia/Sydney" }),
    );
    expect(local(meetings)).toEqual(["2026-03-04 19:00", "2026-04-01 19:00", "2026-05-06 19:00", "2026-06-03 19:00"]);
    // AEDT is UTC+11 until 5 April, AEST UTC+10 after.
    expect(utc(meetings)).toEqual([
      "2026-03-04T08:00:00.000Z",
      "2026-04-01T08:00:00.000Z",
      "2026-05-06T09:00:00.000Z",
      "2026-06-03T09:00:00.000Z",
    ]);
  });

  it("keeps a weekly Sydney meeting at 7:30 am when daylight saving starts (4 October 2026)", () => {
    const meetings = expandRecurrence(
      rule({ firstDate: "2026-09-27", startTime: "07:30", timeZone: "Australia/Sydney", count: 3 }),
    );
    expect(local(meetings)).toEqual(["2026-09-27 07:30", "2026-10-04 07:30", "2026-10-11 07:30"]);
    expect(utc(meetings)).toEqual(["2026-09-26T21:30:00.000Z", "2026-10-03T20:30:00.000Z", "2026-10-10T20:30:00.000Z"]);
  });

  it("repeats monthly by date and quarterly in Oregon across both changes", () => {
    const monthly = expandRecurrence(rule({ frequency: "monthly_date", firstDate: "2026-02-15", startTime: "09:00" }));
    expect(local(monthly)).toEqual(["2026-02-15 09:00", "2026-03-15 09:00", "2026-04-15 09:00", "2026-05-15 09:00"]);
    expect(utc(monthly)[0]).toBe("2026-02-15T17:00:00.000Z");
    expect(utc(monthly)[1]).toBe("2026-03-15T16:00:00.000Z");
    const quarterly = expandRecurrence(
      rule({ frequency: "monthly_weekday", interval: 3, firstDate: "2026-01-13", startTime: "12:00" }),
    );
    // The second Tuesday of January, April, July and October.
    expect(local(quarterly)).toEqual(["2026-01-13 12:00", "2026-04-14 12:00", "2026-07-14 12:00", "2026-10-13 12:00"]);
    expect(utc(quarterly)).toEqual([
      "2026-01-13T20:00:00.000Z",
      "2026-04-14T19:00:00.000Z",
      "2026-07-14T19:00:00.000Z",
      "2026-10-13T19:00:00.000Z",
    ]);
  });

  it("reads a first date in the fifth week as 'the last weekday of the month'", () => {
    expect(rruleFor(rule({ frequency: "monthly_weekday", firstDate: "2026-03-31" }))).toContain("BYDAY=-1TU");
    const meetings = expandRecurrence(rule({ frequency: "monthly_weekday", firstDate: "2026-03-31", count: 3 }));
    expect(local(meetings).map((m) => m.slice(0, 10))).toEqual(["2026-03-31", "2026-04-28", "2026-05-26"]);
  });

  it("refuses rules it cannot keep", () => {
    expect(recurrenceProblem(rule({ frequency: "monthly_date", firstDate: "2026-01-31" }))).toBe("day_after_28");
    expect(recurrenceProblem(rule({ timeZone: "Mars/Olympus" }))).toBe("bad_zone");
    expect(recurrenceProblem(rule({ interval: 0 }))).toBe("bad_interval");
    expect(recurrenceProblem(rule({ count: 61 }))).toBe("bad_count");
    expect(recurrenceProblem(rule({ firstDate: "2026-02-30" }))).toBe("bad_date");
    expect(recurrenceProblem(rule({}))).toBeNull();
  });
});
