import { describe, expect, it } from "vitest";
import { walkInAttendance, walkInWindow } from "./walk-in.ts";

const at = (h: number, m = 0) => new Date(Date.UTC(2026, 2, 2, h, m));
const day1 = { id: "m1", position: 1, startsAt: at(9), endsAt: at(16), breaks: [{ startsAt: at(12), endsAt: at(13) }] };
const day2 = {
  id: "m2",
  position: 2,
  startsAt: new Date(at(9).getTime() + 86_400_000),
  endsAt: new Date(at(16).getTime() + 86_400_000),
  breaks: [],
};

describe("walkInWindow", () => {
  const meetings = [day1, day2];
  it.each([
    ["before the first meeting", "published", at(8, 59), "not_started"],
    ["as the first meeting starts", "published", at(9), "open"],
    ["between the two days", "published", at(20), "open"],
    ["at the last meeting's end", "published", new Date(day2.endsAt), "ended"],
    ["a draft", "draft", at(10), "not_running"],
    ["a cancelled session", "cancelled", at(10), "not_running"],
  ] as const)("%s → %s", (_name, status, now, expected) => {
    expect(walkInWindow({ status, meetings, now })).toBe(expected);
  });
});

describe("walkInAttendance", () => {
  it("counts from arrival in the meeting under way, breaks taken out", () => {
    expect(walkInAttendance([day1, day2], at(10, 30))).toEqual({ meetingId: "m1", minutesPresent: 270 });
  });
  it("arriving between meetings starts nothing yet", () => {
    expect(walkInAttendance([day1, day2], at(18))).toBeNull();
  });
  it("arriving on day two counts from then on day two only", () => {
    const arrived = new Date(day2.startsAt.getTime() + 60 * 60_000);
    expect(walkInAttendance([day1, day2], arrived)).toEqual({ meetingId: "m2", minutesPresent: 360 });
  });
});
