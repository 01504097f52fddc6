import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  ipsPrinciples,
  ipsTasks,
  journalOverTime,
  monthsEnding,
  nextCheckIn,
  parseFreeTags,
  undoExpired,
  type TaggedItem,
} from "./journal.ts";

describe("journal rules", () => {
  it("keeps free tags once each, trimmed, in the order typed", () => {
    expect(parseFreeTags(" boundaries, Boundaries ,, first  call ,")).toEqual(["boundaries", "first call"]);
    expect(parseFreeTags("")).toEqual([]);
  });

  it("gives the months ending with today's, across a new year", () => {
    expect(monthsEnding("2027-02-10", 4)).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
  });

  it("schedules check-ins only when asked for", () => {
    const from = new Date("2027-01-01T10:00:00Z");
    expect(nextCheckIn("off", from)).toBeNull();
    expect(nextCheckIn("weekly", from)?.toISOString()).toBe("2027-01-08T10:00:00.000Z");
    expect(nextCheckIn("monthly", from)?.toISOString()).toBe("2027-01-31T10:00:00.000Z");
  });

  it("keeps a removed entry restorable for ten minutes", () => {
    const deleted = new Date("2027-01-01T10:00:00Z");
    expect(undoExpired(deleted, new Date("2027-01-01T10:10:00Z"))).toBe(false);
    expect(undoExpired(deleted, new Date("2027-01-01T10:10:01Z"))).toBe(true);
  });

  it("counts entries and intentions per tag and month, ignoring months outside the view", () => {
    const view = journalOverTime(
      [
        { kind: "entry", month: "2027-01", principles: ["hope"], tasks: ["mutuality"] },
        { kind: "entry", month: "2027-02", principles: [], tasks: ["mutuality", "mutuality"] },
        { kind: "intention", month: "2027-02", principles: ["hope"], tasks: [] },
        { kind: "entry", month: "2026-01", principles: ["hope"], tasks: [] },
      ],
      ["2027-01", "2027-02"],
    );
    expect(view.entriesPerMonth).toEqual([1, 1]);
    expect(view.intentionsPerMonth).toEqual([0, 1]);
    expect(view.rows.find((row) => row.tag === "mutuality")).toMatchObject({ counts: [1, 1], total: 2 });
    expect(view.rows.find((row) => row.tag === "hope")).toMatchObject({ counts: [1, 1], total: 2 });
    expect(view.rows).toHaveLength(ipsPrinciples.length + ipsTasks.length);
  });

  it("never counts a tag more often than there are items in the view", () => {
    const months = ["2027-01", "2027-02", "2027-03"];
    const item = fc.record({
      kind: fc.constantFrom("entry" as const, "intention" as const),
      month: fc.constantFrom(...months, "2026-12"),
      principles: fc.subarray([...ipsPrinciples]),
      tasks: fc.subarray([...ipsTasks]),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), (items: TaggedItem[]) => {
        const view = journalOverTime(items, months);
        const inView = items.filter((i) => months.includes(i.month)).length;
        const perMonth = view.entriesPerMonth.map((n, i) => n + view.intentionsPerMonth[i]!);
        expect(perMonth.reduce((a, b) => a + b, 0)).toBe(inView);
        for (const row of view.rows) {
          expect(row.total).toBe(row.counts.reduce((a, b) => a + b, 0));
          row.counts.forEach((count, i) => expect(count).toBeLessThanOrEqual(perMonth[i]!));
        }
      }),
    );
  });
});
