import { describe, expect, it } from "vitest";
import {
  checkInWindow,
  checkInWindowAccepted,
  checkInWindowExpiresAt,
  contactMinutesBetween,
  meetingTimeAt,
  minutesForMark,
  minutesFromArrival,
  type AttendanceMark,
} from "./attendance.ts";

/** Day 2 of a Core Training in Portland: 9:00–16:00 Pacific daylight time with lunch 12:00–13:00, 6 contact hours. */
const day2 = {
  startsAt: new Date("2027-04-02T16:00:00Z"),
  endsAt: new Date("2027-04-02T23:00:00Z"),
  breaks: [{ startsAt: new Date("2027-04-02T19:00:00Z"), endsAt: new Date("2027-04-02T20:00:00Z") }],
};
const zone = "America/Los_Angeles";
const at = (time: string) => meetingTimeAt(day2, time, zone)!;

describe("minutesForMark", () => {
  it.each<{ name: string; mark: AttendanceMark; minutes: number }>([
    { name: "full: the meeting's contact time, lunch taken out", mark: { kind: "full" }, minutes: 360 },
    { name: "absent: nothing", mark: { kind: "absent" }, minutes: 0 },
    { name: "arrived late at 9:40", mark: { kind: "partial", arrivedAt: at("09:40"), leftAt: null }, minutes: 320 },
    {
      name: "arrived during lunch at 12:30: the afternoon only",
      mark: { kind: "partial", arrivedAt: at("12:30"), leftAt: null },
      minutes: 180,
    },
    { name: "left early at 14:30", mark: { kind: "partial", arrivedAt: null, leftAt: at("14:30") }, minutes: 270 },
    {
      name: "arrived at 10:00 and left at 15:00",
      mark: { kind: "partial", arrivedAt: at("10:00"), leftAt: at("15:00") },
      minutes: 240,
    },
    {
      name: "times outside the meeting count only its own time",
      mark: { kind: "partial", arrivedAt: at("07:00"), leftAt: at("18:00") },
      minutes: 360,
    },
    {
      name: "left before arriving: nothing",
      mark: { kind: "partial", arrivedAt: at("14:00"), leftAt: at("10:00") },
      minutes: 0,
    },
  ])("$name", ({ mark, minutes }) => {
    expect(minutesForMark(day2, mark)).toBe(minutes);
  });
});

describe("minutesFromArrival", () => {
  it("counts from arrival to the end, never more than the meeting's contact time", () => {
    expect(minutesFromArrival(day2, new Date("2027-04-02T16:07:00Z"))).toBe(353);
    expect(minutesFromArrival(day2, new Date("2027-04-02T15:30:00Z"))).toBe(360);
    expect(minutesFromArrival(day2, new Date("2027-04-02T23:05:00Z"))).toBe(0);
  });
});

describe("contactMinutesBetween", () => {
  it("takes out only the part of a break inside the span", () => {
    expect(contactMinutesBetween(day2, new Date("2027-04-02T18:30:00Z"), new Date("2027-04-02T19:30:00Z"))).toBe(30);
  });
});

describe("meetingTimeAt", () => {
  it("reads a clock time on the meeting's day in the session's zone", () => {
    expect(at("09:40").toISOString()).toBe("2027-04-02T16:40:00.000Z");
    expect(meetingTimeAt(day2, "9:40", zone)).toBeNull();
    expect(meetingTimeAt(day2, "25:00", zone)).toBeNull();
  });

  it("finds the right day for a meeting that runs past midnight", () => {
    // 20:00–01:00 Pacific: 00:30 is on the next calendar day.
    const evening = { startsAt: new Date("2027-04-03T03:00:00Z"), endsAt: new Date("2027-04-03T08:00:00Z") };
    expect(meetingTimeAt(evening, "00:30", zone)!.toISOString()).toBe("2027-04-03T07:30:00.000Z");
    expect(meetingTimeAt(evening, "21:15", zone)!.toISOString()).toBe("2027-04-03T04:15:00.000Z");
  });
});

describe("check-in windows", () => {
  it("accepts a code in its own minute and the next one only", () => {
    const shown = new Date("2027-04-02T16:05:59Z");
    const window = checkInWindow(shown);
    expect(checkInWindowAccepted(window, shown)).toBe(true);
    expect(checkInWindowAccepted(window, new Date("2027-04-02T16:06:59Z"))).toBe(true);
    expect(checkInWindowAccepted(window, new Date("2027-04-02T16:07:00Z"))).toBe(false);
    // A code from a minute that has not come yet was not made by this hub's clock.
    expect(checkInWindowAccepted(window + 1, shown)).toBe(false);
    expect(checkInWindowExpiresAt(window).toISOString()).toBe("2027-04-02T16:07:00.000Z");
  });
});
