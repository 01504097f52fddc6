import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  complianceFor,
  daysBetween,
  seededCertificationTypes,
  type CeEntry,
  type CertificationRules,
  type Compliance,
} from "./certification.ts";

function rulesFor(key: string): CertificationRules {
  const type = seededCertificationTypes.find((t) => t.key === key);
  if (!type) throw new Error(`no seeded certification type ${key}`);
  return type.rules;
}

const entry = (
  completedOn: string,
  minutes: number,
  categories: Record<string, number> = {},
  extra: Partial<CeEntry> = {},
): CeEntry => ({
  completedOn,
  minutes,
  categories: Object.entries(categories).map(([category, m]) => ({
    category,
    minutes: m,
  })),
  inPerson: false,
  source: "hub",
  ...extra,
});

const category = (result: Compliance, key: string) => result.categories.find((c) => c.category === key);

type Row = {
  name: string;
  today: string;
  entries: CeEntry[];
  expected: Partial<Compliance>;
  stillNeeded?: Record<string, number>;
};

function check(rules: CertificationRules, issuedOn: string, rows: Row[]) {
  it.each(rows)("$name", ({ today, entries, expected, stillNeeded }) => {
    const result = complianceFor({ rules, issuedOn, today, entries });
    expect(result).toMatchObject(expected);
    for (const [key, minutes] of Object.entries(stillNeeded ?? {}))
      expect(category(result, key)?.stillNeeded).toBe(minutes);
  });
}

describe("calendar arithmetic", () => {
  it.each([
    ["2027-01-31", 1, "2027-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-02-29", 36, "2027-02-28"],
    ["2024-02-29", 48, "2028-02-29"],
    ["2027-03-31", -1, "2027-02-28"],
    ["2027-05-31", 1, "2027-06-30"],
    ["2027-12-15", 1, "2028-01-15"],
    ["2027-01-15", -13, "2025-12-15"],
    ["2027-06-01", 0, "2027-06-01"],
  ])("%s + %i months = %s", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ["2027-06-01", -90, "2027-03-03"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2027-12-31", 1, "2028-01-01"],
  ])("%s + %i days = %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it("counts whole days either way", () => {
    expect(daysBetween("2027-03-03", "2027-06-01")).toBe(90);
    expect(daysBetween("2027-06-01", "2027-03-03")).toBe(-90);
  });

  it.each(["2027-02-30", "2027-13-01", "27-01-01", "2027-01-01T00:00:00Z", ""])("refuses %j", (bad) => {
    expect(() => addMonths(bad, 1)).toThrow(RangeError);
  });
});

// Oregon THW: issued 2024-06-01, 3-year cycle, so it expires 2027-06-01 and renewal opens 90 days before, on 2027-03-03.
const oregonIssued = "2024-06-01";
const oregonCompliant = (totalMinutes: number) => [
  entry("2025-01-10", 90, { oral_health: 90 }),
  entry("2025-05-10", 180, { suicide_prevention: 180 }, { inPerson: true }),
  entry("2026-03-01", totalMinutes - 270, {}, { source: "outside" }),
];

function oregonRows(totalMinutes: number): Row[] {
  const compliant = oregonCompliant(totalMinutes);
  return [
    {
      name: "fully compliant, with unverified outside hours counted",
      today: "2026-06-01",
      entries: compliant,
      expected: {
        cycleStart: oregonIssued,
        expiresOn: "2027-06-01",
        renewalOpensOn: "2027-03-03",
        status: "current",
        countedMinutes: totalMinutes,
        requiredMinutes: totalMinutes,
        minutesStillNeeded: 0,
        unverifiedOutsideMinutes: totalMinutes - 270,
        inPerson: null,
        complete: true,
        daysUntilExpiry: 365,
      },
      stillNeeded: { oral_health: 0, suicide_prevention: 0 },
    },
    {
      name: "missing suicide prevention: total met, category not",
      today: "2026-06-01",
      entries: [entry("2025-01-10", 90, { oral_health: 90 }), entry("2026-03-01", totalMinutes - 90)],
      expected: {
        countedMinutes: totalMinutes,
        minutesStillNeeded: 0,
        complete: false,
      },
      stillNeeded: { oral_health: 0, suicide_prevention: 180 },
    },
    {
      name: "hours older than the lookback do not count; the first day of the window does",
      today: "2026-06-01",
      entries: [...compliant, entry("2024-05-31", 600, { suicide_prevention: 600 }), entry("2024-06-01", 30)],
      expected: { countedMinutes: totalMinutes + 30, complete: true },
      stillNeeded: { suicide_prevention: 0 },
    },
    {
      name: "hours dated after today do not count yet",
      today: "2026-02-28",
      entries: compliant,
      expected: {
        countedMinutes: 270,
        minutesStillNeeded: totalMinutes - 270,
        complete: false,
      },
    },
    {
      name: "a category claim larger than the entry is clamped to the entry",
      today: "2026-06-01",
      entries: [
        entry("2025-01-10", 60, { suicide_prevention: 240 }),
        entry("2025-02-10", 60, { oral_health: 60, suicide_prevention: 60 }),
      ],
      expected: { countedMinutes: 120, minutesStillNeeded: totalMinutes - 120 },
      stillNeeded: { oral_health: 30, suicide_prevention: 120 },
    },
    {
      name: "the day before the renewal window is current",
      today: "2027-03-02",
      entries: compliant,
      expected: { status: "current", daysUntilExpiry: 91 },
    },
    {
      name: "renewal opens exactly 90 days before expiry",
      today: "2027-03-03",
      entries: compliant,
      expected: { status: "renewal_open", daysUntilExpiry: 90 },
    },
    {
      name: "the expiry date itself is still in the window",
      today: "2027-06-01",
      entries: compliant,
      expected: { status: "renewal_open", daysUntilExpiry: 0 },
    },
    {
      name: "the day after expiry is expired",
      today: "2027-06-02",
      entries: compliant,
      expected: { status: "expired", daysUntilExpiry: -1, complete: true },
    },
    {
      name: "a lapse of exactly 183 days is still only expired",
      today: "2027-12-01",
      entries: compliant,
      expected: { status: "expired", daysUntilExpiry: -183 },
    },
    {
      name: "a lapse beyond six months needs a competency test, and later hours do not rescue the old cycle",
      today: "2027-12-02",
      entries: [
        entry("2027-09-01", totalMinutes, {
          oral_health: 90,
          suicide_prevention: 180,
        }),
      ],
      expected: {
        status: "lapsed_needs_test",
        daysUntilExpiry: -184,
        countedMinutes: 0,
        complete: false,
      },
    },
  ];
}

function inPersonCase(rules: CertificationRules, totalMinutes: number) {
  it.each([
    { inPersonMinutes: totalMinutes / 2, complete: true },
    { inPersonMinutes: totalMinutes / 2 - 1, complete: false },
  ])(
    "with a minimum of half in person, $inPersonMinutes minutes in person → complete $complete",
    ({ inPersonMinutes, complete }) => {
      const withInPerson = {
        ...rules,
        minimumInPersonMinutes: totalMinutes / 2,
      };
      const entries = [
        entry("2025-01-10", 90, { oral_health: 90 }),
        entry("2025-05-10", 180, { suicide_prevention: 180 }),
        entry("2025-09-10", inPersonMinutes, {}, { inPerson: true }),
        entry("2026-01-10", totalMinutes - 270 - inPersonMinutes),
      ];
      const result = complianceFor({
        rules: withInPerson,
        issuedOn: oregonIssued,
        today: "2026-06-01",
        entries,
      });
      expect(result.inPerson).toEqual({
        required: totalMinutes / 2,
        counted: inPersonMinutes,
      });
      expect(result.minutesStillNeeded).toBe(0);
      expect(result.complete).toBe(complete);
    },
  );
}

describe("Oregon THW Peer Support Specialist (or-thw-pss)", () => {
  const rules = rulesFor("or-thw-pss");
  check(rules, oregonIssued, oregonRows(1200));
  inPersonCase(rules, 1200);
  check(rules, "2024-02-29", [
    {
      name: "issued on 29 February expires on 28 February three years later",
      today: "2026-12-01",
      entries: [],
      expected: {
        expiresOn: "2027-02-28",
        renewalOpensOn: "2026-11-30",
        status: "renewal_open",
        minutesStillNeeded: 1200,
      },
    },
  ]);
});

describe("Oregon THW Peer Wellness Specialist (or-thw-pws)", () => {
  const rules = rulesFor("or-thw-pws");
  it("renews on the same rules as the Peer Support Specialist", () => {
    expect(rules).toEqual(rulesFor("or-thw-pss"));
  });
  check(rules, oregonIssued, oregonRows(1200));
  inPersonCase(rules, 1200);
});

describe.each(["or-thw-fss", "or-thw-yss"])("Oregon THW Family and Youth Support Specialist (%s)", (key) => {
  const rules = rulesFor(key);
  check(rules, oregonIssued, [
    ...oregonRows(2400),
    {
      name: "20 hours with both categories is only half of the 40",
      today: "2026-06-01",
      entries: oregonCompliant(1200),
      expected: {
        countedMinutes: 1200,
        requiredMinutes: 2400,
        minutesStillNeeded: 1200,
        complete: false,
      },
      stillNeeded: { oral_health: 0, suicide_prevention: 0 },
    },
  ]);
  inPersonCase(rules, 2400);
});

// MHACBO CRM: issued 2024-06-01, 2-year cycle, so it expires 2026-06-01; renewal opens 2026-03-03.
describe("MHACBO Certified Recovery Mentor (mhacbo-crm)", () => {
  const rules = rulesFor("mhacbo-crm");
  const compliant = [
    entry("2024-09-01", 360, { ethics: 360 }, { inPerson: true }),
    entry("2025-02-01", 120, { suicide_prevention: 120 }),
    entry("2025-08-01", 720, {}, { source: "outside", verified: true }),
  ];
  check(rules, "2024-06-01", [
    {
      name: "fully compliant",
      today: "2025-09-01",
      entries: compliant,
      expected: {
        expiresOn: "2026-06-01",
        renewalOpensOn: "2026-03-03",
        status: "current",
        countedMinutes: 1200,
        minutesStillNeeded: 0,
        unverifiedOutsideMinutes: 0,
        inPerson: null,
        complete: true,
      },
      stillNeeded: { ethics: 0, suicide_prevention: 0 },
    },
    {
      name: "missing suicide prevention",
      today: "2025-09-01",
      entries: [entry("2024-09-01", 360, { ethics: 360 }), entry("2025-08-01", 840)],
      expected: {
        countedMinutes: 1200,
        minutesStillNeeded: 0,
        complete: false,
      },
      stillNeeded: { ethics: 0, suicide_prevention: 120 },
    },
    {
      name: "ethics hours before the two-year lookback do not count",
      today: "2025-09-01",
      entries: [
        entry("2024-05-31", 360, { ethics: 360 }),
        entry("2025-02-01", 120, { suicide_prevention: 120 }),
        entry("2025-08-01", 1080),
      ],
      expected: { countedMinutes: 1200, complete: false },
      stillNeeded: { ethics: 360 },
    },
    {
      name: "the day before the renewal window is current",
      today: "2026-03-02",
      entries: compliant,
      expected: { status: "current" },
    },
    {
      name: "renewal opens exactly 90 days before expiry",
      today: "2026-03-03",
      entries: compliant,
      expected: { status: "renewal_open", daysUntilExpiry: 90 },
    },
    {
      name: "the day after expiry is expired",
      today: "2026-06-02",
      entries: compliant,
      expected: { status: "expired", daysUntilExpiry: -1 },
    },
    {
      name: "no competency-test rule: a long lapse stays expired",
      today: "2027-06-02",
      entries: compliant,
      expected: { status: "expired" },
    },
  ]);
  it("has no in-person rule unless one is set", () => {
    const withInPerson = { ...rules, minimumInPersonMinutes: 600 };
    const result = complianceFor({
      rules: withInPerson,
      issuedOn: "2024-06-01",
      today: "2025-09-01",
      entries: compliant,
    });
    expect(result.inPerson).toEqual({ required: 600, counted: 360 });
    expect(result.complete).toBe(false);
  });
});

// Pennsylvania CPS: issued 2024-06-01, 2-year cycle, so it expires 2026-06-01; renewal opens 2026-03-03.
describe("Pennsylvania Certified Peer Specialist (pa-cps)", () => {
  const rules = rulesFor("pa-cps");
  const compliant = [
    entry("2024-09-01", 1440, { peer_support_recovery: 1440 }, { inPerson: true }),
    entry("2025-02-01", 180, { ethics: 180 }),
    entry("2025-08-01", 540, { oral_health: 540 }, { source: "outside" }),
  ];
  check(rules, "2024-06-01", [
    {
      name: "fully compliant: 24 peer support, 3 ethics, 9 elective",
      today: "2025-09-01",
      entries: compliant,
      expected: {
        expiresOn: "2026-06-01",
        status: "current",
        countedMinutes: 2160,
        requiredMinutes: 2160,
        minutesStillNeeded: 0,
        complete: true,
      },
      stillNeeded: { peer_support_recovery: 0, ethics: 0 },
    },
    {
      name: "elective is the remainder: extra peer-support hours fill it",
      today: "2025-09-01",
      entries: [entry("2024-09-01", 1980, { peer_support_recovery: 1980 }), entry("2025-02-01", 180, { ethics: 180 })],
      expected: { countedMinutes: 2160, minutesStillNeeded: 0, complete: true },
      stillNeeded: { peer_support_recovery: 0, ethics: 0 },
    },
    {
      name: "both required categories met but no elective hours: 9 hours still needed",
      today: "2025-09-01",
      entries: compliant.slice(0, 2),
      expected: {
        countedMinutes: 1620,
        minutesStillNeeded: 540,
        complete: false,
      },
      stillNeeded: { peer_support_recovery: 0, ethics: 0 },
    },
    {
      name: "missing ethics",
      today: "2025-09-01",
      entries: [entry("2024-09-01", 1440, { peer_support_recovery: 1440 }), entry("2025-08-01", 720)],
      expected: {
        countedMinutes: 2160,
        minutesStillNeeded: 0,
        complete: false,
      },
      stillNeeded: { ethics: 180 },
    },
    {
      name: "hours older than the lookback do not count",
      today: "2025-09-01",
      entries: [entry("2024-05-31", 1440, { peer_support_recovery: 1440 }), ...compliant.slice(1)],
      expected: { countedMinutes: 720, complete: false },
      stillNeeded: { peer_support_recovery: 1440 },
    },
    {
      name: "renewal opens exactly 90 days before expiry",
      today: "2026-03-03",
      entries: compliant,
      expected: { status: "renewal_open", daysUntilExpiry: 90 },
    },
    {
      name: "the day before that is current",
      today: "2026-03-02",
      entries: compliant,
      expected: { status: "current" },
    },
    {
      name: "expired, with no competency-test rule",
      today: "2027-01-01",
      entries: compliant,
      expected: { status: "expired" },
    },
  ]);
  check(rules, "2024-02-29", [
    {
      name: "issued on 29 February expires on 28 February two years later; the lookback starts on 28 February",
      today: "2025-06-01",
      entries: [entry("2024-02-28", 60), entry("2024-02-27", 60)],
      expected: {
        cycleStart: "2024-02-29",
        expiresOn: "2026-02-28",
        renewalOpensOn: "2025-11-30",
        status: "current",
        countedMinutes: 60,
      },
    },
  ]);
});

describe("seeded certification types", () => {
  it("have unique stable keys", () => {
    const keys = seededCertificationTypes.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual([
      "or-thw-pss",
      "or-thw-pws",
      "or-thw-fss",
      "or-thw-yss",
      "mhacbo-crm",
      "pa-cps",
      "ips-co-reflection",
    ]);
  });
  it("only Oregon THW needs a competency test after a lapse", () => {
    const withTest = seededCertificationTypes
      .filter((t) => t.rules.lapseNeedsTestAfterDays !== undefined)
      .map((t) => t.key);
    expect(withTest).toEqual(["or-thw-pss", "or-thw-pws", "or-thw-fss", "or-thw-yss"]);
  });
});

describe("co-reflection at least once per quarter (optional rule)", () => {
  const rules: CertificationRules = rulesFor("ips-co-reflection");

  it("is complete when every whole quarter that has ended holds an attended meeting", () => {
    const result = complianceFor({
      rules,
      issuedOn: "2026-01-01",
      today: "2026-10-15",
      entries: [],
      coReflectionDates: ["2026-02-10", "2026-05-12", "2026-09-30"],
    });
    expect(result.coReflection?.quarters).toEqual([
      { quarter: "2026-Q1", attended: true },
      { quarter: "2026-Q2", attended: true },
      { quarter: "2026-Q3", attended: true },
    ]);
    expect(result.coReflection?.quartersMissed).toBe(0);
    expect(result.complete).toBe(true);
  });

  it("names a quarter without co-reflection and is not complete; the quarter under way is not judged yet", () => {
    const result = complianceFor({
      rules,
      issuedOn: "2026-01-01",
      today: "2026-10-15",
      entries: [],
      coReflectionDates: ["2026-02-10", "2026-09-30", "2026-10-02"],
    });
    expect(result.coReflection?.quarters.filter((q) => !q.attended).map((q) => q.quarter)).toEqual(["2026-Q2"]);
    expect(result.coReflection?.quartersMissed).toBe(1);
    expect(result.complete).toBe(false);
  });

  it("skips the quarter a cycle starts part-way through and ignores dates outside the cycle", () => {
    const result = complianceFor({
      rules,
      issuedOn: "2026-03-25",
      today: "2026-07-01",
      entries: [],
      coReflectionDates: ["2025-12-01", "2026-04-20"],
    });
    expect(result.coReflection?.quarters).toEqual([{ quarter: "2026-Q2", attended: true }]);
    expect(result.complete).toBe(true);
  });

  it("leaves rule sets without the requirement untouched, whatever the dates", () => {
    const result = complianceFor({
      rules: rulesFor("or-thw-pss"),
      issuedOn: "2026-01-01",
      today: "2026-10-15",
      entries: [],
      coReflectionDates: [],
    });
    expect(result.coReflection).toBeNull();
  });
});
