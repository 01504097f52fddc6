// Certification renewal compliance: where a person stands against their certification's continuing-education rules (docs/product.md, certification rule sets).
// Pure: dates are ISO calendar dates ("YYYY-MM-DD", no time of day, no zone), `today` is an argument, durations are whole minutes.

export type IsoDate = string;

export type CategoryMinutes = { category: string; minutes: number };

/** A certification's renewal rules, as data so a hub can add another state's without code. */
export type CertificationRules = {
  cycleMonths: number;
  minimumMinutes: number;
  requiredCategories: readonly CategoryMinutes[];
  /** Some providers ask that part of the hours be in person; absent means no such rule. */
  minimumInPersonMinutes?: number;
  /** How far back from expiry hours count; usually the cycle length. */
  lookbackMonths: number;
  renewalWindowOpensDaysBefore: number;
  /** A lapse longer than this many days needs a competency test; absent means it never does. */
  lapseNeedsTestAfterDays?: number;
  /**
   * Optional: at least one co-reflection meeting attended in every calendar quarter of the cycle (IPS practice
   * standards such as Maine's ask for this). Absent means co-reflection is welcome but not required.
   */
  coReflectionPerQuarter?: boolean;
};

export type CertificationType = {
  key: string;
  name: string;
  /** Who grants it. */
  authority: string;
  rules: CertificationRules;
};

const hours = (h: number) => Math.round(h * 60);

const oregonThwRules = (minimumHours: number): CertificationRules => ({
  cycleMonths: 36,
  minimumMinutes: hours(minimumHours),
  requiredCategories: [
    { category: "oral_health", minutes: hours(1.5) },
    { category: "suicide_prevention", minutes: hours(3) },
  ],
  lookbackMonths: 36,
  renewalWindowOpensDaysBefore: 90,
  // The rule says "more than 6 months"; 183 days is half a year in whole days.
  lapseNeedsTestAfterDays: 183,
});

export const seededCertificationTypes: readonly CertificationType[] = [
  {
    key: "or-thw-pss",
    name: "Oregon Peer Support Specialist (THW)",
    authority: "Oregon Health Authority",
    rules: oregonThwRules(20),
  },
  {
    key: "or-thw-pws",
    name: "Oregon Peer Wellness Specialist (THW)",
    authority: "Oregon Health Authority",
    rules: oregonThwRules(20),
  },
  {
    key: "or-thw-fss",
    name: "Oregon Family Support Specialist (THW)",
    authority: "Oregon Health Authority",
    rules: oregonThwRules(40),
  },
  {
    key: "or-thw-yss",
    name: "Oregon Youth Support Specialist (THW)",
    authority: "Oregon Health Authority",
    rules: oregonThwRules(40),
  },
  {
    key: "mhacbo-crm",
    name: "MHACBO Certified Recovery Mentor",
    authority: "Mental Health & Addiction Certification Board of Oregon",
    rules: {
      cycleMonths: 24,
      minimumMinutes: hours(20),
      requiredCategories: [
        { category: "ethics", minutes: hours(6) },
        { category: "suicide_prevention", minutes: hours(2) },
      ],
      lookbackMonths: 24,
      // No window or lapse rule is published for MHACBO (docs/product.md); 90 days matches Oregon THW until confirmed with the board.
      renewalWindowOpensDaysBefore: 90,
    },
  },
  {
    key: "pa-cps",
    name: "Pennsylvania Certified Peer Specialist",
    authority: "Pennsylvania Certification Board",
    rules: {
      cycleMonths: 24,
      minimumMinutes: hours(36),
      // The 9 elective hours are whatever remains of the 36 once these are met, so they need no category of their own.
      requiredCategories: [
        { category: "peer_support_recovery", minutes: hours(24) },
        { category: "ethics", minutes: hours(3) },
      ],
      lookbackMonths: 24,
      // No window or lapse rule is published for Pennsylvania (docs/product.md); 90 days matches Oregon THW until confirmed.
      renewalWindowOpensDaysBefore: 90,
    },
  },
  {
    // A practice standard rather than a CE certificate: no hours, only regular co-reflection (issue 11, DESIGN C8).
    key: "ips-co-reflection",
    name: "IPS practice: co-reflection each quarter",
    authority: "IPS training hub",
    rules: {
      cycleMonths: 12,
      minimumMinutes: 0,
      requiredCategories: [],
      lookbackMonths: 12,
      renewalWindowOpensDaysBefore: 60,
      coReflectionPerQuarter: true,
    },
  },
];

export type CeEntry = {
  completedOn: IsoDate;
  minutes: number;
  categories: readonly CategoryMinutes[];
  inPerson: boolean;
  source: "hub" | "outside";
  verified?: boolean;
};

export type ComplianceStatus = "current" | "renewal_open" | "expired" | "lapsed_needs_test";

export type Compliance = {
  cycleStart: IsoDate;
  expiresOn: IsoDate;
  renewalOpensOn: IsoDate;
  status: ComplianceStatus;
  countedMinutes: number;
  requiredMinutes: number;
  minutesStillNeeded: number;
  categories: {
    category: string;
    requiredMinutes: number;
    countedMinutes: number;
    stillNeeded: number;
  }[];
  inPerson: { required: number; counted: number } | null;
  /** Outside hours an admin has not yet verified; they already count (see complianceFor). */
  unverifiedOutsideMinutes: number;
  /**
   * For rules with `coReflectionPerQuarter`: each calendar quarter of the cycle that has ended by today (or by expiry),
   * with whether the person attended co-reflection in it. The quarter under way is not judged until it ends.
   */
  coReflection: { quarters: { quarter: string; attended: boolean }[]; quartersMissed: number } | null;
  complete: boolean;
  /** 0 on the expiry date, negative once expired. */
  daysUntilExpiry: number;
};

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtcMs(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not an ISO calendar date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2027-02-30 over to March; a real calendar date survives the round trip.
  if (fromUtcMs(ms) !== date) throw new RangeError(`Not a calendar date: ${date}`);
  return ms;
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** Calendar months, clamped to the month's end: 2027-01-31 + 1 month = 2027-02-28. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const start = new Date(toUtcMs(date));
  const total = start.getUTCFullYear() * 12 + start.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const monthIndex = total - year * 12;
  const day = Math.min(start.getUTCDate(), daysInMonth(year, monthIndex));
  return fromUtcMs(Date.UTC(year, monthIndex, day));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

const positiveMinutes = (minutes: number) => (Number.isFinite(minutes) && minutes > 0 ? Math.floor(minutes) : 0);

/** An entry's minutes per category; one minute is never counted in two categories, so the categories together never exceed the entry. */
function entryCategoryMinutes(entry: CeEntry): Map<string, number> {
  const byCategory = new Map<string, number>();
  let remaining = positiveMinutes(entry.minutes);
  for (const { category, minutes } of entry.categories) {
    const counted = Math.min(positiveMinutes(minutes), remaining);
    remaining -= counted;
    byCategory.set(category, (byCategory.get(category) ?? 0) + counted);
  }
  return byCategory;
}

/**
 * Where a person stands for the certificate they hold now.
 * `issuedOn` is the issue date of that certificate (the original, or the latest renewal's); a renewal starts a new certificate, so past its one expiry it is expired or lapsed.
 * Outside hours count whether or not an admin has verified them: the board audits the evidence, and holding back progress until an admin gets round to it would mislead the person.
 */
export function complianceFor(input: {
  rules: CertificationRules;
  issuedOn: IsoDate;
  today: IsoDate;
  entries: readonly CeEntry[];
  /** Dates of co-reflection meetings the person attended (from the circles feature); only read when the rules ask. */
  coReflectionDates?: readonly IsoDate[];
}): Compliance {
  const { rules, issuedOn, today, entries } = input;
  const expiresOn = addMonths(issuedOn, rules.cycleMonths);
  const renewalOpensOn = addDays(expiresOn, -rules.renewalWindowOpensDaysBefore);
  const daysUntilExpiry = daysBetween(today, expiresOn);

  let status: ComplianceStatus;
  if (daysUntilExpiry >= 0) status = daysBetween(renewalOpensOn, today) >= 0 ? "renewal_open" : "current";
  else if (rules.lapseNeedsTestAfterDays !== undefined && -daysUntilExpiry > rules.lapseNeedsTestAfterDays)
    status = "lapsed_needs_test";
  else status = "expired";

  // The window ends at expiry even after a lapse: hours taken later belong to the reinstatement, not to this certificate.
  const windowStartMs = toUtcMs(addMonths(expiresOn, -rules.lookbackMonths));
  const windowEndMs = Math.min(toUtcMs(expiresOn), toUtcMs(today));
  const counted = entries.filter((entry) => {
    const on = toUtcMs(entry.completedOn);
    return on >= windowStartMs && on <= windowEndMs;
  });

  let countedMinutes = 0;
  let inPersonMinutes = 0;
  let unverifiedOutsideMinutes = 0;
  const byCategory = new Map<string, number>();
  for (const entry of counted) {
    const minutes = positiveMinutes(entry.minutes);
    countedMinutes += minutes;
    if (entry.inPerson) inPersonMinutes += minutes;
    if (entry.source === "outside" && !entry.verified) unverifiedOutsideMinutes += minutes;
    for (const [category, categoryMinutes] of entryCategoryMinutes(entry)) {
      byCategory.set(category, (byCategory.get(category) ?? 0) + categoryMinutes);
    }
  }

  const categories = rules.requiredCategories.map(({ category, minutes }) => {
    const categoryCounted = byCategory.get(category) ?? 0;
    return {
      category,
      requiredMinutes: minutes,
      countedMinutes: categoryCounted,
      stillNeeded: Math.max(0, minutes - categoryCounted),
    };
  });
  const inPerson =
    rules.minimumInPersonMinutes === undefined
      ? null
      : { required: rules.minimumInPersonMinutes, counted: inPersonMinutes };
  const minutesStillNeeded = Math.max(0, rules.minimumMinutes - countedMinutes);
  const coReflection = rules.coReflectionPerQuarter
    ? coReflectionQuarters(issuedOn, fromUtcMs(windowEndMs), input.coReflectionDates ?? [])
    : null;
  const complete =
    minutesStillNeeded === 0 &&
    categories.every((c) => c.stillNeeded === 0) &&
    (inPerson === null || inPerson.counted >= inPerson.required) &&
    (coReflection === null || coReflection.quartersMissed === 0);

  return {
    cycleStart: issuedOn,
    expiresOn,
    renewalOpensOn,
    status,
    countedMinutes,
    requiredMinutes: rules.minimumMinutes,
    minutesStillNeeded,
    categories,
    inPerson,
    unverifiedOutsideMinutes,
    coReflection,
    complete,
    daysUntilExpiry,
  };
}

/** "2027-Q1" for a date. */
export function quarterOf(date: IsoDate): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/**
 * The whole calendar quarters from the first that starts on or after `from` to the last that ended on or before
 * `until`, each marked attended when a co-reflection date falls inside it. A quarter the cycle starts part-way through
 * is not asked of anyone: a person certified on 25 March should not owe a meeting by the 31st.
 */
export function coReflectionQuarters(
  from: IsoDate,
  until: IsoDate,
  dates: readonly IsoDate[],
): { quarters: { quarter: string; attended: boolean }[]; quartersMissed: number } {
  const attended = new Set(dates.filter((d) => d >= from && d <= until).map(quarterOf));
  const quarters: { quarter: string; attended: boolean }[] = [];
  const heldBy = `${from.slice(0, 4)}-${String(Math.floor((Number(from.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, "0")}-01`;
  let quarterStart = heldBy === from ? heldBy : addMonths(heldBy, 3);
  for (;;) {
    const next = addMonths(quarterStart, 3);
    // Judged only once the quarter is over: a quarter still under way may yet hold a meeting.
    if (addDays(next, -1) > until) break;
    const quarter = quarterOf(quarterStart);
    quarters.push({ quarter, attended: attended.has(quarter) });
    quarterStart = next;
  }
  return { quarters, quartersMissed: quarters.filter((q) => !q.attended).length };
}
