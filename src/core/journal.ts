// The private practice journal's rules: the IPS tags an entry or intention may carry, its limits, the undo window, the
// rhythm of gentle check-ins, and the calm view over time (counts per month, never grades). Pure: `now` is an argument.

/** The three principles, by the code the prompt library and the journal store (DESIGN §2). */
export const ipsPrinciples = ["learning", "relationship", "hope"] as const;
export type IpsPrinciple = (typeof ipsPrinciples)[number];

/** The four tasks. */
export const ipsTasks = ["connection", "worldview", "mutuality", "moving-towards"] as const;
export type IpsTask = (typeof ipsTasks)[number];

export const MAX_ENTRY_TEXT_LENGTH = 20_000;
export const MAX_FREE_TAGS = 12;
export const MAX_FREE_TAG_LENGTH = 40;
export const MAX_INTENTION_LENGTH = 500;
export const MAX_STEPS = 12;
export const MAX_STEP_LENGTH = 300;
export const MAX_PROMPT_LENGTH = 500;

/** How long a removed entry can be brought back; after this it is erased for good. */
export const UNDO_WINDOW_MINUTES = 10;

export function undoExpired(deletedAt: Date, now: Date): boolean {
  return now.getTime() - deletedAt.getTime() > UNDO_WINDOW_MINUTES * 60_000;
}

/** The rhythms a person may choose for a gentle check-in about an intention; "off" is the default. */
export const checkInRhythms = ["off", "weekly", "fortnightly", "monthly"] as const;
export type CheckInRhythm = (typeof checkInRhythms)[number];

/** Days between check-in notes for each rhythm. */
export const checkInDays: Record<CheckInRhythm, number | null> = { off: null, weekly: 7, fortnightly: 14, monthly: 30 };

/** When the next check-in note goes out, counted from `from`; none when the person has not asked for one. */
export function nextCheckIn(rhythm: CheckInRhythm, from: Date): Date | null {
  const days = checkInDays[rhythm];
  return days === null ? null : new Date(from.getTime() + days * 24 * 60 * 60_000);
}

/** Free tags as a person types them, comma-separated: trimmed, without empties or repeats (letter case ignored). */
export function parseFreeTags(typed: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of typed.split(",")) {
    const tag = raw.trim().replace(/\s+/g, " ");
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

/** "2026-03" for a date string "2026-03-14" or a moment (read in UTC). */
export function monthOf(value: string | Date): string {
  return (typeof value === "string" ? value : value.toISOString()).slice(0, 7);
}

/** The `count` months ending with the month of `today` ("YYYY-MM-DD"), oldest first. */
export function monthsEnding(today: string, count: number): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, index) => {
    const shifted = new Date(Date.UTC(year, month - (count - 1 - index), 1));
    return shifted.toISOString().slice(0, 7);
  });
}

export type TaggedItem = {
  kind: "entry" | "intention";
  month: string;
  principles: readonly IpsPrinciple[];
  tasks: readonly IpsTask[];
};

export type OverTimeRow = { tag: IpsPrinciple | IpsTask; kind: "principle" | "task"; counts: number[]; total: number };

export type OverTime = {
  months: string[];
  /** One row per principle and task, in the framework's order; counts line up with `months`. */
  rows: OverTimeRow[];
  entriesPerMonth: number[];
  intentionsPerMonth: number[];
};

/** How often each principle and task came up in each month: counts of what was written, not a score of anything. */
export function journalOverTime(items: readonly TaggedItem[], months: readonly string[]): OverTime {
  const column = new Map(months.map((month, index) => [month, index]));
  const zeros = () => months.map(() => 0);
  const rows: OverTimeRow[] = [
    ...ipsPrinciples.map((tag) => ({ tag, kind: "principle" as const, counts: zeros(), total: 0 })),
    ...ipsTasks.map((tag) => ({ tag, kind: "task" as const, counts: zeros(), total: 0 })),
  ];
  const byTag = new Map(rows.map((row) => [row.tag, row]));
  const entriesPerMonth = zeros();
  const intentionsPerMonth = zeros();
  for (const item of items) {
    const index = column.get(item.month);
    if (index === undefined) continue;
    (item.kind === "entry" ? entriesPerMonth : intentionsPerMonth)[index]! += 1;
    for (const tag of new Set<IpsPrinciple | IpsTask>([...item.principles, ...item.tasks])) {
      const row = byTag.get(tag);
      if (!row) continue;
      row.counts[index]! += 1;
      row.total += 1;
    }
  }
  return { months: [...months], rows, entriesPerMonth, intentionsPerMonth };
}
