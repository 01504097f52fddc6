import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkStaffing, type Interval, type StaffingPlan } from "./staffing.ts";
import type { StandingStatus } from "./trainer-standing.ts";

const hour = 3_600_000;
const at = (h: number) => new Date(Date.UTC(2026, 0, 1) + h * hour);
const span = (from: number, to: number): Interval => ({ startsAt: at(from), endsAt: at(to) });

const statuses: StandingStatus[] = ["none", "apprentice", "active", "lapsed", "alumni"];
const people = ["a", "b", "c", "d"];

const planArbitrary = fc.record({
  status: fc.constantFrom("draft" as const, "published" as const),
  meetings: fc.array(
    fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 8 })).map(([s, len]) => span(s, s + len)),
    { minLength: 1, maxLength: 3 },
  ),
  trainers: fc.uniqueArray(
    fc.record({
      userId: fc.constantFrom(...people),
      role: fc.constantFrom("lead" as const, "co" as const),
      standing: fc.constantFrom(...statuses),
    }),
    { selector: (t) => t.userId, maxLength: 4 },
  ),
  otherMeetings: fc.array(
    fc
      .tuple(fc.constantFrom(...people), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 8 }))
      .map(([userId, s, len]) => ({ ...span(s, s + len), userId, sessionId: `other-${s}` })),
    { maxLength: 6 },
  ),
});

describe("checkStaffing (properties)", () => {
  it("an accepted published plan always has an active lead, and no trainer in two meetings at once", () => {
    fc.assert(
      fc.property(planArbitrary, (plan: StaffingPlan) => {
        if (checkStaffing(plan).length > 0) return;
        if (plan.status === "published")
          expect(plan.trainers.some((t) => t.role === "lead" && t.standing === "active")).toBe(true);
        for (const trainer of plan.trainers) {
          expect(["lapsed", "none"]).not.toContain(trainer.standing);
          for (const other of plan.otherMeetings.filter((o) => o.userId === trainer.userId))
            for (const meeting of plan.meetings)
              expect(meeting.startsAt < other.endsAt && other.startsAt < meeting.endsAt).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("an apprentice or alumnus is accepted only as co-trainer beside an active lead", () => {
    fc.assert(
      fc.property(planArbitrary, (plan: StaffingPlan) => {
        if (checkStaffing(plan).length > 0) return;
        const learning = plan.trainers.filter((t) => t.standing === "apprentice" || t.standing === "alumni");
        for (const t of learning) expect(t.role).toBe("co");
        if (learning.length) expect(plan.trainers.some((t) => t.role === "lead" && t.standing === "active")).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("a refusal names the trainer it is about, and adding an active lead removes the lead refusal", () => {
    fc.assert(
      fc.property(planArbitrary, (plan: StaffingPlan) => {
        for (const refusal of checkStaffing(plan))
          if (refusal.kind !== "no_active_lead") expect(plan.trainers.map((t) => t.userId)).toContain(refusal.userId);
        const withLead = {
          ...plan,
          trainers: [...plan.trainers, { userId: "fresh", role: "lead" as const, standing: "active" as const }],
        };
        const kinds = checkStaffing(withLead).map((r) => r.kind);
        expect(kinds).not.toContain("no_active_lead");
        expect(kinds).not.toContain("learning_without_active_lead");
      }),
      { numRuns: 300 },
    );
  });
});

describe("checkStaffing (examples)", () => {
  const meetings = [span(0, 7), span(24, 31)];
  it("refuses a published session whose only lead is an apprentice, saying both things", () => {
    expect(
      checkStaffing({
        status: "published",
        meetings,
        trainers: [{ userId: "a", role: "lead", standing: "apprentice" }],
        otherMeetings: [],
      }),
    ).toEqual([{ kind: "no_active_lead" }, { kind: "learning_as_lead", userId: "a" }]);
  });
  it("a draft may be planned without a lead yet, but never with a lapsed trainer", () => {
    expect(
      checkStaffing({
        status: "draft",
        meetings,
        trainers: [{ userId: "a", role: "co", standing: "lapsed" }],
        otherMeetings: [],
      }),
    ).toEqual([{ kind: "lapsed", userId: "a" }]);
  });
  it("refuses an overlapping meeting on the second day and names the other session", () => {
    expect(
      checkStaffing({
        status: "published",
        meetings,
        trainers: [{ userId: "a", role: "lead", standing: "active" }],
        otherMeetings: [{ ...span(30, 33), userId: "a", sessionId: "s2" }],
      }),
    ).toEqual([{ kind: "double_booked", userId: "a", sessionId: "s2" }]);
  });
  it("meetings that only touch do not clash", () => {
    expect(
      checkStaffing({
        status: "published",
        meetings,
        trainers: [{ userId: "a", role: "lead", standing: "active" }],
        otherMeetings: [{ ...span(7, 9), userId: "a", sessionId: "s2" }],
      }),
    ).toEqual([]);
  });
});
