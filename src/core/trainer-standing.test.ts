import { describe, expect, it } from "vitest";
import {
  defaultRequirementSet as rules,
  standingReminderDue,
  trainerStanding,
  type ActivityKind,
  type StandingFacts,
  type StandingStatus,
} from "./trainer-standing.ts";

const d = (iso: string) => new Date(`${iso}T12:00:00Z`);
const tot = d("2024-01-10");

function facts(
  trainings: [string, "lead" | "co"][] = [],
  activities: [string, ActivityKind][] = [],
  extra: Partial<StandingFacts> = {},
): StandingFacts {
  return {
    credentialAt: tot,
    trainings: trainings.map(([at, role]) => ({ at: d(at), role })),
    activities: activities.map(([at, kind]) => ({ at: d(at), kind })),
    override: null,
    ...extra,
  };
}

// Two co-trainings, then co-reflection every quarter: the shape of an ordinary active trainer.
const quarterly: [string, ActivityKind][] = [
  ["2024-05-01", "co_reflection"],
  ["2024-08-01", "co_reflection"],
  ["2024-10-15", "co_reflection"],
  ["2025-01-10", "co_reflection"],
];

describe("trainerStanding: every transition", () => {
  const table: {
    name: string;
    facts: StandingFacts;
    now: string;
    status: StandingStatus;
    since?: string;
    changesAt?: string | null;
    next?: unknown;
  }[] = [
    {
      name: "no credential → none, earn it",
      facts: { ...facts(), credentialAt: null },
      now: "2024-06-01",
      status: "none",
      next: { kind: "earn_credential" },
    },
    {
      name: "credential issued later than now → none",
      facts: facts(),
      now: "2023-12-01",
      status: "none",
    },
    {
      name: "credential → apprentice, two co-trainings to go",
      facts: facts(),
      now: "2024-02-01",
      status: "apprentice",
      since: "2024-01-10",
      changesAt: null,
      next: { kind: "co_train", remaining: 2 },
    },
    {
      name: "one of two co-trainings → still apprentice, one to go",
      facts: facts([["2024-03-01", "co"]]),
      now: "2024-03-02",
      status: "apprentice",
      next: { kind: "co_train", remaining: 1 },
    },
    {
      name: "second co-training → active from its date, co-reflection clock binds first",
      facts: facts([
        ["2024-03-01", "co"],
        ["2024-04-01", "co"],
      ]),
      now: "2024-04-02",
      status: "active",
      since: "2024-04-01",
      changesAt: "2024-07-01",
      next: { kind: "keep_active", clock: "co_reflection", by: d("2024-07-01") },
    },
    {
      name: "active with quarterly co-reflection → the next co-reflection is what keeps them active",
      facts: facts(
        [
          ["2024-03-01", "co"],
          ["2024-04-01", "co"],
        ],
        quarterly,
      ),
      now: "2025-02-01",
      status: "active",
      changesAt: "2025-04-10",
      next: { kind: "keep_active", clock: "co_reflection", by: d("2025-04-10") },
    },
    {
      name: "active → lapsed when a quarter passes without co-reflection",
      facts: facts(
        [
          ["2024-03-01", "co"],
          ["2024-04-01", "co"],
        ],
        [["2024-05-01", "co_reflection"]],
      ),
      now: "2024-09-01",
      status: "lapsed",
      since: "2024-08-01",
      changesAt: "2026-08-01",
      next: { kind: "return_from_lapse", overdue: ["co_reflection"] },
    },
    {
      name: "lapsed → alumni after 24 more months",
      facts: facts(
        [
          ["2024-03-01", "co"],
          ["2024-04-01", "co"],
        ],
        [["2024-05-01", "co_reflection"]],
      ),
      now: "2026-08-02",
      status: "alumni",
      since: "2026-08-01",
      next: { kind: "co_train", remaining: 2 },
    },
  ];
  for (const row of table) {
    it(row.name, () => {
      const standing = trainerStanding(rules, row.facts, d(row.now));
      expect(standing.status).toBe(row.status);
      if (row.since) expect(standing.since).toEqual(d(row.since));
      if (row.changesAt !== undefined) expect(standing.changesAt).toEqual(row.changesAt && d(row.changesAt));
      if (row.next) expect(standing.next).toEqual(row.next);
    });
  }

  it("leading a training while active restarts the 24-month clock", () => {
    const noCoReflection = { ...rules, coReflectionEveryMonths: null };
    const f = facts([
      ["2024-03-01", "co"],
      ["2024-04-01", "co"],
      ["2025-03-14", "lead"],
    ]);
    const standing = trainerStanding(noCoReflection, f, d("2025-06-01"));
    expect(standing).toMatchObject({
      status: "active",
      since: d("2024-04-01"),
      changesAt: d("2027-03-14"),
      next: { kind: "keep_active", clock: "training", by: d("2027-03-14") },
    });
  });

  it("lapses on the training clock when nothing was led or co-led for 24 months", () => {
    const f = facts(
      [
        ["2024-03-01", "co"],
        ["2024-04-01", "co"],
      ],
      [
        "2024-06-01",
        "2024-09-01",
        "2024-12-01",
        "2025-03-01",
        "2025-06-01",
        "2025-09-01",
        "2025-12-01",
        "2026-03-01",
      ].map((at) => [at, "co_reflection"] as [string, ActivityKind]),
    );
    const standing = trainerStanding(rules, f, d("2026-04-15"));
    expect(standing).toMatchObject({ status: "lapsed", since: d("2026-04-01"), lapsedFor: ["training"] });
  });

  it("a refresher requirement lapses a trainer who skipped it and keeps the credential", () => {
    const withRefresher = { ...rules, coReflectionEveryMonths: null, refresherEveryMonths: 12 };
    const f = facts([
      ["2024-03-01", "co"],
      ["2024-04-01", "co"],
      ["2024-10-01", "lead"],
    ]);
    const standing = trainerStanding(withRefresher, f, d("2025-02-01"));
    expect(standing).toMatchObject({ status: "lapsed", since: d("2025-01-10"), lapsedFor: ["refresher"] });
    expect(standing.credentialAt).toEqual(tot);
  });
});

describe("trainerStanding: each way back", () => {
  const lapsedOnCoReflection = (more: [string, ActivityKind][] = [], trainings: [string, "lead" | "co"][] = []) =>
    facts([["2024-03-01", "co"], ["2024-04-01", "co"], ...trainings], [["2024-05-01", "co_reflection"], ...more]);

  it("lapsed for co-reflection: attending one makes the trainer active again from that day", () => {
    const standing = trainerStanding(rules, lapsedOnCoReflection([["2024-10-01", "co_reflection"]]), d("2024-10-02"));
    expect(standing).toMatchObject({ status: "active", since: d("2024-10-01"), changesAt: d("2025-01-01") });
  });

  it("lapsed for training: a co-reflection brings them back with 12 months to lead or co-lead", () => {
    const noCoReflection = { ...rules, coReflectionEveryMonths: null };
    const f = facts(
      [
        ["2024-03-01", "co"],
        ["2024-04-01", "co"],
      ],
      [["2026-06-01", "co_reflection"]],
    );
    expect(trainerStanding(noCoReflection, f, d("2026-05-01")).status).toBe("lapsed");
    expect(trainerStanding(noCoReflection, f, d("2026-06-02"))).toMatchObject({
      status: "active",
      since: d("2026-06-01"),
      next: { kind: "keep_active", clock: "training", by: d("2027-06-01") },
    });
  });

  it("lapsed for a refresher: a co-reflection alone is not enough; the refresher is", () => {
    const withRefresher = { ...rules, coReflectionEveryMonths: null, refresherEveryMonths: 12 };
    const f = facts(
      [
        ["2024-03-01", "co"],
        ["2024-04-01", "co"],
      ],
      [
        ["2025-02-01", "co_reflection"],
        ["2025-03-01", "refresher"],
      ],
    );
    expect(trainerStanding(withRefresher, f, d("2025-02-15"))).toMatchObject({
      status: "lapsed",
      next: { kind: "return_from_lapse", overdue: ["refresher"] },
    });
    expect(trainerStanding(withRefresher, f, d("2025-03-02"))).toMatchObject({
      status: "active",
      since: d("2025-03-01"),
    });
  });

  it("alumni: a co-reflection is not enough; two co-trainings beside an active lead bring them back", () => {
    const f = lapsedOnCoReflection(
      [["2026-09-01", "co_reflection"]],
      [
        ["2026-10-01", "co"],
        ["2026-11-01", "co"],
      ],
    );
    expect(trainerStanding(rules, f, d("2026-09-02")).status).toBe("alumni");
    expect(trainerStanding(rules, f, d("2026-10-02"))).toMatchObject({
      status: "alumni",
      next: { kind: "co_train", remaining: 1 },
    });
    expect(trainerStanding(rules, f, d("2026-11-02"))).toMatchObject({
      status: "active",
      since: d("2026-11-01"),
      changesAt: d("2027-02-01"),
    });
  });

  it("ignores facts dated after now", () => {
    const f = facts([
      ["2024-03-01", "co"],
      ["2030-04-01", "co"],
    ]);
    expect(trainerStanding(rules, f, d("2024-06-01")).status).toBe("apprentice");
  });
});

describe("trainerStanding: admin override", () => {
  const apprentice = facts([["2024-03-01", "co"]]);

  it("an override with its reason decides the status while it lasts, and the computed one returns after", () => {
    const override = {
      status: "active" as const,
      reason: "Co-trained twice at the 2023 regional hub before records began",
      setAt: d("2024-03-05"),
      until: d("2024-09-01"),
    };
    const during = trainerStanding(rules, { ...apprentice, override }, d("2024-04-01"));
    expect(during).toMatchObject({
      status: "active",
      overrideReason: override.reason,
      changesAt: d("2024-09-01"),
      next: { kind: "override", until: d("2024-09-01") },
    });
    const after = trainerStanding(rules, { ...apprentice, override }, d("2024-09-02"));
    expect(after).toMatchObject({ status: "apprentice", overrideReason: null });
  });

  it("an override set in the future does not apply yet", () => {
    const override = { status: "lapsed" as const, reason: "x", setAt: d("2025-01-01"), until: null };
    expect(trainerStanding(rules, { ...apprentice, override }, d("2024-04-01")).status).toBe("apprentice");
  });
});

describe("standingReminderDue", () => {
  const active = trainerStanding(
    rules,
    facts([
      ["2024-03-01", "co"],
      ["2024-04-01", "co"],
    ]),
    d("2024-04-02"),
  );
  it("is due within the days before an active standing lapses, not earlier, not after", () => {
    expect(standingReminderDue(active, d("2024-06-15"), 30)).toEqual(d("2024-07-01"));
    expect(standingReminderDue(active, d("2024-05-15"), 30)).toBeNull();
    expect(standingReminderDue(active, d("2024-07-02"), 30)).toBeNull();
  });
  it("is never due for an apprentice", () => {
    const apprentice = trainerStanding(rules, facts(), d("2024-02-01"));
    expect(standingReminderDue(apprentice, d("2024-02-01"), 30)).toBeNull();
  });
});
