import { describe, expect, it } from "vitest";
import { contactHours, lengthsByForm } from "./training-lengths.ts";

describe("training lengths", () => {
  it("takes the overview's length from the hub's course, not from a typical figure", () => {
    const lengths = lengthsByForm([{ form: "overview", contactMinutes: 12 * 60, upcomingSessionDays: [2, 2] }]);
    expect(lengths.get("overview")).toEqual({
      form: "overview",
      hours: { min: 12, max: 12 },
      days: { min: 2, max: 2 },
      upcomingSessions: 2,
    });
  });

  it("gives a range when courses or sessions of one form differ", () => {
    const lengths = lengthsByForm([
      { form: "core", contactMinutes: 35 * 60, upcomingSessionDays: [5] },
      { form: "core", contactMinutes: 28 * 60, upcomingSessionDays: [4, 7] },
      { form: "advanced", contactMinutes: 21 * 60, upcomingSessionDays: [] },
    ]);
    expect(lengths.get("core")).toMatchObject({
      hours: { min: 28, max: 35 },
      days: { min: 4, max: 7 },
      upcomingSessions: 3,
    });
    // No session scheduled: the hours still come from the course, the days are unknown.
    expect(lengths.get("advanced")).toMatchObject({ hours: { min: 21, max: 21 }, days: null, upcomingSessions: 0 });
  });

  it("leaves out a form the hub has no course of", () => {
    expect(lengthsByForm([{ form: "core", contactMinutes: 60, upcomingSessionDays: [] }]).has("overview")).toBe(false);
  });

  it("states hours to the quarter", () => {
    expect(contactHours(209)).toBe(3.5);
    expect(contactHours(180)).toBe(3);
    expect(contactHours(100)).toBe(1.75);
  });
});
