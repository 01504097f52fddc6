import { describe, expect, it } from "vitest";
import { planSchedule, scheduleSpan } from "./meeting-schedule.ts";

const at = (iso: string) => new Date(iso);
const meeting = (start: string, end: string, breaks: Array<[string, string]> = []) => ({
  startsAt: at(start),
  endsAt: at(end),
  breaks: breaks.map(([s, e]) => ({ startsAt: at(s), endsAt: at(e) })),
});

describe("a session's schedule", () => {
  it("numbers the meetings in time order whatever order they were typed in", () => {
    const plan = planSchedule([
      meeting("2025-05-07T16:00:00Z", "2025-05-07T23:30:00Z"),
      meeting("2025-05-05T16:00:00Z", "2025-05-05T23:30:00Z", [["2025-05-05T19:00:00Z", "2025-05-05T19:30:00Z"]]),
      meeting("2025-05-06T16:00:00Z", "2025-05-06T23:30:00Z"),
    ]);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.meetings.map((m) => [m.position, m.startsAt.toISOString().slice(0, 10)])).toEqual([
      [1, "2025-05-05"],
      [2, "2025-05-06"],
      [3, "2025-05-07"],
    ]);
    expect(plan.meetings[0]!.breaks).toHaveLength(1);
    expect(scheduleSpan(plan.meetings)).toEqual({
      startsAt: at("2025-05-05T16:00:00Z"),
      endsAt: at("2025-05-07T23:30:00Z"),
    });
  });

  it("names the meeting that ends before it starts or runs implausibly long, by its place in the list as typed", () => {
    const plan = planSchedule([
      meeting("2025-05-05T16:00:00Z", "2025-05-05T23:00:00Z"),
      meeting("2025-05-06T16:00:00Z", "2025-05-06T16:00:00Z"),
      meeting("2025-05-07T08:00:00Z", "2025-05-08T08:00:00Z"),
    ]);
    expect(plan).toEqual({
      ok: false,
      problems: [
        { index: 1, problem: "ends_before_start" },
        { index: 2, problem: "too_long" },
      ],
    });
  });

  it("refuses meetings that overlap, naming the later one, but lets one start as another ends", () => {
    expect(
      planSchedule([
        meeting("2025-05-05T18:00:00Z", "2025-05-05T20:00:00Z"),
        meeting("2025-05-05T16:00:00Z", "2025-05-05T18:30:00Z"),
      ]),
    ).toEqual({ ok: false, problems: [{ index: 0, problem: "overlaps" }] });
    expect(
      planSchedule([
        meeting("2025-05-05T16:00:00Z", "2025-05-05T18:00:00Z"),
        meeting("2025-05-05T18:00:00Z", "2025-05-05T20:00:00Z"),
      ]).ok,
    ).toBe(true);
  });

  it("keeps breaks inside their meeting and apart from each other", () => {
    const day = (breaks: Array<[string, string]>) =>
      planSchedule([meeting("2025-05-05T16:00:00Z", "2025-05-05T23:00:00Z", breaks)]);
    expect(day([["2025-05-05T15:30:00Z", "2025-05-05T16:15:00Z"]])).toEqual({
      ok: false,
      problems: [{ index: 0, problem: "break_outside" }],
    });
    expect(day([["2025-05-05T19:00:00Z", "2025-05-05T18:00:00Z"]])).toEqual({
      ok: false,
      problems: [{ index: 0, problem: "break_ends_before_start" }],
    });
    expect(
      day([
        ["2025-05-05T19:00:00Z", "2025-05-05T20:00:00Z"],
        ["2025-05-05T19:30:00Z", "2025-05-05T19:45:00Z"],
      ]),
    ).toEqual({ ok: false, problems: [{ index: 0, problem: "breaks_overlap" }] });
    expect(
      day([
        ["2025-05-05T19:00:00Z", "2025-05-05T19:30:00Z"],
        ["2025-05-05T17:30:00Z", "2025-05-05T17:45:00Z"],
      ]).ok,
    ).toBe(true);
  });

  it("has no span without meetings", () => {
    expect(scheduleSpan([])).toBeNull();
  });
});
