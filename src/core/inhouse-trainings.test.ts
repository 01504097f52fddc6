import { describe, expect, it } from "vitest";
import {
  checkInhouseReport,
  inhouseActions,
  inhouseOutcomes,
  inhouseStatuses,
  mayActOnInhouseReport,
  nextInhouseStatus,
  type InhouseReportFields,
} from "./inhouse-trainings.ts";

const context = {
  now: new Date("2026-12-01T12:00:00Z"),
  courseIds: new Set(["core"]),
  isTimeZone: (zone: string) => zone === "America/Los_Angeles" || zone === "UTC",
  isEmail: (value: string) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value),
};

const report = (change: Partial<InhouseReportFields> = {}): InhouseReportFields => ({
  courseId: "core",
  timeZone: "America/Los_Angeles",
  format: "in_person",
  language: "en",
  meetings: [
    { date: "2026-11-02", startTime: "09:00", endTime: "12:00" },
    { date: "2026-11-03", startTime: "09:00", endTime: "12:00" },
  ],
  attendees: [
    { name: "Ana", email: "ana@example.org", minutes: [180, 180] },
    { name: "Bo", email: "bo@example.org", minutes: [180, 60] },
  ],
  evaluation: { respondents: 2, summary: "Both found the tasks useful." },
  ...change,
});

describe("checkInhouseReport", () => {
  it("accepts a complete report and places its meetings in UTC", () => {
    const check = checkInhouseReport(report(), context);
    expect(check.problems).toEqual([]);
    expect(check.meetings[0]).toEqual({
      position: 1,
      startsAt: new Date("2026-11-02T17:00:00Z"),
      endsAt: new Date("2026-11-02T20:00:00Z"),
    });
  });

  it("names each problem at its field", () => {
    const check = checkInhouseReport(
      report({
        courseId: "nope",
        meetings: [
          { date: "2026-11-02", startTime: "09:00", endTime: "08:00" },
          { date: "2027-01-05", startTime: "09:00", endTime: "12:00" },
        ],
        attendees: [
          { name: "", email: "ana@example.org", minutes: [10, -1] },
          { name: "Ana again", email: "ANA@example.org", minutes: [10] },
        ],
        evaluation: { respondents: 3, summary: " " },
      }),
      context,
    );
    expect(check.problems).toEqual([
      { field: "courseId", code: "unknown_course" },
      { field: "meetings.0.endTime", code: "end_before_start" },
      { field: "meetings.1.date", code: "not_past" },
      { field: "attendees.0.name", code: "bad_name" },
      { field: "attendees.0.minutes.1", code: "bad_minutes" },
      { field: "attendees.1.email", code: "duplicate_attendee" },
      { field: "attendees.1.minutes", code: "minutes_per_meeting" },
      { field: "evaluation.respondents", code: "bad_respondents" },
      { field: "evaluation.summary", code: "summary_required" },
    ]);
  });

  it("refuses minutes beyond a meeting's length, overlapping meetings, empty lists and a bad zone", () => {
    expect(
      checkInhouseReport(
        report({
          attendees: [{ name: "A", email: "a@example.org", minutes: [181, 0] }],
          evaluation: { respondents: 1, summary: "ok" },
        }),
        context,
      ).problems,
    ).toEqual([{ field: "attendees.0.minutes.0", code: "minutes_over_meeting" }]);
    expect(
      checkInhouseReport(
        report({
          meetings: [
            { date: "2026-11-02", startTime: "09:00", endTime: "12:00" },
            { date: "2026-11-02", startTime: "11:00", endTime: "13:00" },
          ],
        }),
        context,
      ).problems,
    ).toContainEqual({ field: "meetings.1.startTime", code: "overlapping_meetings" });
    expect(
      checkInhouseReport(
        report({ meetings: [], attendees: [], evaluation: { respondents: 0, summary: "x" } }),
        context,
      ).problems.map((p) => p.code),
    ).toEqual(["no_meetings", "no_attendees"]);
    expect(checkInhouseReport(report({ timeZone: "Mars/Base" }), context).problems[0]).toEqual({
      field: "timeZone",
      code: "bad_time_zone",
    });
  });
});

describe("inhouseOutcomes", () => {
  it("applies the course's completion rules to each attendee, counting CE only for completions", () => {
    const check = checkInhouseReport(report(), context);
    const outcomes = inhouseOutcomes(check.meetings, report().attendees, {
      minimumShare: 0.9,
      requireSignOff: true,
      ceWithoutCompletion: false,
    });
    expect(outcomes.map((o) => [o.email, o.result.completed, o.result.ceMinutes])).toEqual([
      ["ana@example.org", true, 360],
      ["bo@example.org", false, 0],
    ]);
    expect(outcomes[1]!.result.reasons[0]).toMatchObject({ code: "share_below_minimum" });
  });

  it("honours required meetings by position", () => {
    const check = checkInhouseReport(report(), context);
    const outcomes = inhouseOutcomes(check.meetings, [{ name: "C", email: "c@example.org", minutes: [0, 180] }], {
      minimumShare: 0.4,
      requiredMeetingPositions: [1],
      requireSignOff: true,
      ceWithoutCompletion: true,
    });
    expect(outcomes[0]!.result.completed).toBe(false);
    expect(outcomes[0]!.result.ceMinutes).toBe(180);
  });
});

describe("the report's states", () => {
  it("moves draft → submitted → changes requested → submitted → approved, and never leaves a decision", () => {
    expect(nextInhouseStatus("draft", "submit")).toBe("submitted");
    expect(nextInhouseStatus("submitted", "request_changes")).toBe("changes_requested");
    expect(nextInhouseStatus("changes_requested", "edit")).toBe("changes_requested");
    expect(nextInhouseStatus("changes_requested", "submit")).toBe("submitted");
    expect(nextInhouseStatus("submitted", "approve")).toBe("approved");
    expect(nextInhouseStatus("submitted", "decline")).toBe("declined");
    for (const action of inhouseActions) {
      expect(nextInhouseStatus("approved", action)).toBeNull();
      expect(nextInhouseStatus("declined", action)).toBeNull();
    }
    expect(nextInhouseStatus("draft", "approve")).toBeNull();
    expect(nextInhouseStatus("submitted", "edit")).toBeNull();
  });

  it("every status is reachable from a draft", () => {
    const reached = new Set(["draft"]);
    for (let round = 0; round < 3; round += 1)
      for (const status of [...reached])
        for (const action of inhouseActions) {
          const next = nextInhouseStatus(status as (typeof inhouseStatuses)[number], action);
          if (next) reached.add(next);
        }
    expect([...reached].sort()).toEqual([...inhouseStatuses].sort());
  });
});

describe("who may act", () => {
  it("lets the reporter edit and submit, the hub review, and nobody else see it", () => {
    const reporter = { isHubAdmin: false, isReporter: true };
    const admin = { isHubAdmin: true, isReporter: false };
    const stranger = { isHubAdmin: false, isReporter: false };
    expect(mayActOnInhouseReport(reporter, "submit")).toBe(true);
    expect(mayActOnInhouseReport(reporter, "approve")).toBe(false);
    expect(mayActOnInhouseReport(admin, "approve")).toBe(true);
    expect(mayActOnInhouseReport(admin, "edit")).toBe(false);
    expect(mayActOnInhouseReport(stranger, "view")).toBe(false);
    // An admin who reported a training of their own does not approve it.
    expect(mayActOnInhouseReport({ isHubAdmin: true, isReporter: true }, "approve")).toBe(false);
  });
});
