import { describe, expect, it } from "vitest";
import { completionFor, contactMinutes, type CompletionRules, type Meeting } from "./completion.ts";

const day = (n: number): Meeting => {
  const date = `2027-04-0${n}`;
  return {
    id: `day-${n}`,
    startsAt: new Date(`${date}T16:00:00Z`),
    endsAt: new Date(`${date}T23:00:00Z`),
    breaks: [{ startsAt: new Date(`${date}T19:00:00Z`), endsAt: new Date(`${date}T20:00:00Z`) }],
  };
};
/** A five-day Core Training: 9:00–16:00 Pacific with an hour's lunch, 6 contact hours a day, 30 in all. */
const coreTraining = [1, 2, 3, 4, 5].map(day);
const full = (minutes = 360) => coreTraining.map((m) => ({ meetingId: m.id, minutesPresent: minutes }));

const coreRules: CompletionRules = {
  minimumShare: 0.9,
  maximumMissedMinutes: 300,
  requiredMeetingIds: ["day-1", "day-2"],
  requireSignOff: true,
  ceWithoutCompletion: true,
};

describe("contactMinutes", () => {
  it("takes breaks out of the scheduled time, counting only the part of a break inside the meeting", () => {
    expect(contactMinutes(day(1))).toBe(360);
    const overhanging = { ...day(1), breaks: [{ startsAt: new Date("2027-04-01T22:30:00Z"), endsAt: new Date("2027-04-01T23:30:00Z") }] };
    expect(contactMinutes(overhanging)).toBe(390);
    expect(contactMinutes({ ...day(1), breaks: [] })).toBe(420);
  });
});

describe("completionFor", () => {
  it.each([
    {
      name: "everyone present, signed off: completed with all 30 hours",
      attendance: full(),
      signedOff: true,
      expected: { completed: true, attendedMinutes: 1800, missedMinutes: 0, ceMinutes: 1800, reasons: [] },
    },
    {
      name: "all there but not yet signed off",
      attendance: full(),
      signedOff: false,
      expected: { completed: false, ceMinutes: 1800, reasons: [{ code: "awaiting_sign_off" }] },
    },
    {
      name: "missed 5 h 30 min of the 5 h allowed, and below 90 %",
      attendance: [...full().slice(0, 4), { meetingId: "day-5", minutesPresent: 30 }],
      signedOff: true,
      expected: {
        completed: false,
        missedMinutes: 330,
        reasons: [
          { code: "share_below_minimum", attendedMinutes: 1470, requiredMinutes: 1620 },
          { code: "missed_too_much", missedMinutes: 330, allowedMinutes: 300 },
        ],
      },
    },
    {
      name: "arrived an hour late on day 1: still attended it",
      attendance: [{ meetingId: "day-1", minutesPresent: 300 }, ...full().slice(1)],
      signedOff: true,
      expected: { completed: true, attendedMinutes: 1740 },
    },
    {
      name: "absent on day 2, which cannot be missed",
      attendance: full().map((mark) => (mark.meetingId === "day-2" ? { ...mark, minutesPresent: 0 } : mark)),
      signedOff: true,
      expected: {
        completed: false,
        reasons: [
          { code: "share_below_minimum", attendedMinutes: 1440, requiredMinutes: 1620 },
          { code: "missed_too_much", missedMinutes: 360, allowedMinutes: 300 },
          { code: "required_meeting_missed", meetingId: "day-2", attendedMinutes: 0, requiredMinutes: 180 },
        ],
      },
    },
    {
      name: "marks above a meeting's contact time count only up to it; a meeting without a mark is missed",
      attendance: [{ meetingId: "day-1", minutesPresent: 999 }],
      signedOff: true,
      expected: { attendedMinutes: 360, missedMinutes: 1440 },
    },
  ])("$name", ({ attendance, signedOff, expected }) => {
    expect(completionFor({ meetings: coreTraining, attendance, rules: coreRules, signedOff })).toMatchObject(expected);
  });

  it("counts no CE time without completion when the course says so", () => {
    const rules = { ...coreRules, ceWithoutCompletion: false };
    const partial = [...full().slice(0, 4), { meetingId: "day-5", minutesPresent: 0 }];
    expect(completionFor({ meetings: coreTraining, attendance: partial, rules, signedOff: true }).ceMinutes).toBe(0);
    expect(completionFor({ meetings: coreTraining, attendance: partial, rules: coreRules, signedOff: true }).ceMinutes).toBe(1440);
  });

  it("completes with no attendance rules once signed off", () => {
    const result = completionFor({ meetings: coreTraining, attendance: [], rules: { requireSignOff: true, ceWithoutCompletion: false }, signedOff: true });
    expect(result).toMatchObject({ completed: true, attendedMinutes: 0, ceMinutes: 0 });
  });
});
