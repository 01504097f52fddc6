import { describe, expect, it } from "vitest";
import {
  ceCategoryMinutes,
  completionFor,
  contactMinutes,
  defaultCompletionRules,
  type CompletionRules,
  type Meeting,
} from "./completion.ts";

const day = (n: number): Meeting => {
  const date = `2027-04-0${n}`;
  return {
    id: `day-${n}`,
    position: n,
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
  requiredMeetingPositions: [1, 2],
  requireSignOff: true,
  ceWithoutCompletion: true,
};

describe("contactMinutes", () => {
  it("takes breaks out of the scheduled time, counting only the part of a break inside the meeting", () => {
    expect(contactMinutes(day(1))).toBe(360);
    const overhanging = {
      ...day(1),
      breaks: [{ startsAt: new Date("2027-04-01T22:30:00Z"), endsAt: new Date("2027-04-01T23:30:00Z") }],
    };
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
          {
            code: "required_meeting_missed",
            meetingId: "day-2",
            position: 2,
            attendedMinutes: 0,
            requiredMinutes: 180,
          },
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

  it("names required meetings by position, so one course's rules fit every session of it", () => {
    const otherSession = coreTraining.map((meeting) => ({ ...meeting, id: `other-${meeting.position}` }));
    const attendance = otherSession.map((m) => ({ meetingId: m.id, minutesPresent: m.position === 1 ? 179 : 360 }));
    const rules: CompletionRules = {
      requiredMeetingPositions: [1, 2, 9],
      requireSignOff: false,
      ceWithoutCompletion: false,
    };
    const result = completionFor({ meetings: otherSession, attendance, rules, signedOff: false });
    // Half of day 1 (180 of 360 minutes) counts as attending it; 179 does not. A rule for day 9 of a 5-day session has nothing to miss.
    expect(result.reasons).toEqual([
      {
        code: "required_meeting_missed",
        meetingId: "other-1",
        position: 1,
        attendedMinutes: 179,
        requiredMinutes: 180,
      },
    ]);
    const stricter = completionFor({
      meetings: otherSession,
      attendance,
      rules: { ...rules, requiredMeetingShare: 0.4 },
      signedOff: false,
    });
    expect(stricter.completed).toBe(true);
  });

  it("asks for every contact minute and a sign-off when a course has no rules of its own", () => {
    const almost = [...full().slice(0, 4), { meetingId: "day-5", minutesPresent: 359 }];
    expect(
      completionFor({ meetings: coreTraining, attendance: almost, rules: defaultCompletionRules, signedOff: true }),
    ).toMatchObject({
      completed: false,
      ceMinutes: 0,
      reasons: [{ code: "share_below_minimum", attendedMinutes: 1799, requiredMinutes: 1800 }],
    });
    expect(
      completionFor({ meetings: coreTraining, attendance: full(), rules: defaultCompletionRules, signedOff: false })
        .reasons,
    ).toEqual([{ code: "awaiting_sign_off" }]);
  });

  it("counts no CE time without completion when the course says so", () => {
    const rules = { ...coreRules, ceWithoutCompletion: false };
    const partial = [...full().slice(0, 4), { meetingId: "day-5", minutesPresent: 0 }];
    expect(completionFor({ meetings: coreTraining, attendance: partial, rules, signedOff: true }).ceMinutes).toBe(0);
    expect(
      completionFor({ meetings: coreTraining, attendance: partial, rules: coreRules, signedOff: true }).ceMinutes,
    ).toBe(1440);
  });

  it("completes with no attendance rules once signed off", () => {
    const result = completionFor({
      meetings: coreTraining,
      attendance: [],
      rules: { requireSignOff: true, ceWithoutCompletion: false },
      signedOff: true,
    });
    expect(result).toMatchObject({ completed: true, attendedMinutes: 0, ceMinutes: 0 });
  });
});

describe("ceCategoryMinutes", () => {
  const categories = [
    { category: "general", minutes: 1920 },
    { category: "suicide_prevention", minutes: 180 },
  ];
  it.each([
    { name: "all the course's time earns its categories as they are", ce: 2100, expected: categories },
    { name: "more than the course (never counted) still earns only its categories", ce: 2400, expected: categories },
    {
      name: "90 % of the time earns 90 % of each category, rounded down",
      ce: 1890,
      expected: [
        { category: "general", minutes: 1728 },
        { category: "suicide_prevention", minutes: 162 },
      ],
    },
    { name: "no CE time earns nothing", ce: 0, expected: [] },
    {
      name: "categories claiming more than the contact time are scaled to the CE time",
      ce: 2100,
      categories: [
        { category: "general", minutes: 2100 },
        { category: "ethics", minutes: 420 },
      ],
      expected: [
        { category: "general", minutes: 1750 },
        { category: "ethics", minutes: 350 },
      ],
    },
  ])("$name", ({ ce, expected, ...rest }) => {
    const earned = ceCategoryMinutes("categories" in rest ? rest.categories! : categories, ce, 2100);
    expect(earned).toEqual(expected);
    expect(earned.reduce((sum, entry) => sum + entry.minutes, 0)).toBeLessThanOrEqual(Math.max(ce, 0));
  });
});
