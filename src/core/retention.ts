// Retention as rules (DESIGN C10, decision 0040): which kinds of data the hub forgets, after how long, counted from
// which date, and whether a given record is due. The daily purge (features/privacy/purge-retained-data.ts) applies the
// same periods in set-based SQL; these functions are the definition it is tested against.

/** Every kind of data the hub forgets on its own, with the date its period is counted from. */
export const retentionCategories = [
  /** Answers to registration questions a course marks sensitive: months after the session's last meeting ends. */
  "sensitive_answers",
  /** Accommodation requests on registrations: months after the session's last meeting ends. */
  "accommodations",
  /** Scholarship need statements: months after the session's last meeting ends. */
  "need_statements",
  /**
   * Evidence files for CE hours done outside the hub: months of grace after the last day the hours could still count
   * toward a renewal (completion date plus the look-back of the person's certification, the longest if several).
   */
  "evidence_files",
  /** Sent, kept or failed mail in the outbox: days after it was written. */
  "mail_log",
  /** Webhook messages and their tries, once sent or given up: days after they were created. */
  "webhook_log",
  /** Finished background jobs (their payloads name people): days after they finished. */
  "job_log",
] as const;
export type RetentionCategory = (typeof retentionCategories)[number];

/** Whether a category's period is counted in months or days. */
export const retentionUnits: Record<RetentionCategory, "months" | "days"> = {
  sensitive_answers: "months",
  accommodations: "months",
  need_statements: "months",
  evidence_files: "months",
  mail_log: "days",
  webhook_log: "days",
  job_log: "days",
};

export type RetentionPeriods = Record<RetentionCategory, number>;

/**
 * Sensible defaults: what people told the hub about their needs is kept six months after their session (long enough
 * for a late question or a complaint), evidence a year past the certification period it counts for (an audit by the
 * certifying board asks for the last cycle), logs a few weeks to a quarter.
 */
export const defaultRetention: RetentionPeriods = {
  sensitive_answers: 6,
  accommodations: 6,
  need_statements: 6,
  evidence_files: 12,
  mail_log: 90,
  webhook_log: 30,
  job_log: 14,
};

/** Bounds an admin may choose within: never zero (a purge the same day surprises staff), never more than 10 years. */
export const retentionBounds: Record<"months" | "days", { min: number; max: number }> = {
  months: { min: 1, max: 120 },
  days: { min: 1, max: 3650 },
};

/** Look-back used for evidence of a person who holds no certification in the hub (the seeded Oregon cycle). */
export const FALLBACK_LOOKBACK_MONTHS = 24;

/** Saved periods over the defaults: a category saved before a new one existed still gets the new one's default. */
export function retentionPeriods(saved: Partial<Record<string, unknown>> | null | undefined): RetentionPeriods {
  const periods = { ...defaultRetention };
  for (const category of retentionCategories) {
    const value = saved?.[category];
    const { min, max } = retentionBounds[retentionUnits[category]];
    if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= max) {
      periods[category] = value;
    }
  }
  return periods;
}

/** Adds calendar months in UTC, landing on the month's last day when the day does not exist (Aug 31 + 6 → Feb 28). */
export function addMonthsUtc(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/** When data counted from `from` stops being kept under `category`'s period. */
export function purgeDueAt(category: RetentionCategory, periods: RetentionPeriods, from: Date): Date {
  const amount = periods[category];
  if (retentionUnits[category] === "days") return new Date(from.getTime() + amount * 86_400_000);
  return addMonthsUtc(from, amount);
}

export function isPurgeDue(category: RetentionCategory, periods: RetentionPeriods, from: Date, now: Date): boolean {
  return purgeDueAt(category, periods, from).getTime() <= now.getTime();
}

/**
 * The day an evidence file stops mattering: hours done on `completedOn` count toward a renewal only while they are
 * within the certification's look-back, so the file is needed until then, plus the grace for a board's audit.
 */
export function evidencePurgeDueAt(
  completedOn: Date,
  lookbackMonths: readonly number[],
  periods: RetentionPeriods,
): Date {
  const lookback = lookbackMonths.length > 0 ? Math.max(...lookbackMonths) : FALLBACK_LOOKBACK_MONTHS;
  return addMonthsUtc(completedOn, lookback + periods.evidence_files);
}

/** What the retention rules read of a course's question: whether it is sensitive and its own period, if any. */
export type RetainedQuestion = { id: string; sensitive: boolean; retentionMonths?: number | null };

/** Whether `value` is a period a question may keep its answers for: whole months within the months bounds. */
export function isQuestionRetentionMonths(value: unknown): value is number {
  const { min, max } = retentionBounds.months;
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * How many months after the session ends the answers to a sensitive question are kept: the question's own period when
 * the course set one (shorter or longer than the category's), otherwise the category's. A stored value out of bounds
 * falls back to the category, as a saved category period out of bounds falls back to its default.
 */
export function questionRetentionMonths(question: RetainedQuestion, periods: RetentionPeriods): number {
  return isQuestionRetentionMonths(question.retentionMonths) ? question.retentionMonths : periods.sensitive_answers;
}

/** The sensitive questions whose answers are due at `now` for a session that ended at `endedAt`. */
export function sensitiveQuestionsDue(
  questions: readonly RetainedQuestion[],
  periods: RetentionPeriods,
  endedAt: Date,
  now: Date,
): Set<string> {
  return new Set(
    questions
      .filter((question) => question.sensitive)
      .filter((question) => addMonthsUtc(endedAt, questionRetentionMonths(question, periods)) <= now)
      .map((question) => question.id),
  );
}

/**
 * Removes from a registration's answers those to sensitive questions past their period at `now`; the others stay
 * (non-sensitive answers, and sensitive ones whose question keeps them longer).
 */
export function withoutSensitiveAnswers(
  answers: Record<string, string | string[]>,
  questions: readonly RetainedQuestion[],
  periods: RetentionPeriods,
  endedAt: Date,
  now: Date,
): Record<string, string | string[]> {
  const due = sensitiveQuestionsDue(questions, periods, endedAt, now);
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !due.has(id)));
}

export type QuestionRetentionParse =
  { ok: true; months: number | null } | { ok: false; reason: "not_a_whole_number" | "out_of_range" };

/** Reads a question's "keep answers for N months" as typed: blank is the category's period (null). */
export function parseQuestionRetention(raw: string | number | null | undefined): QuestionRetentionParse {
  if (raw === null || raw === undefined) return { ok: true, months: null };
  const text = String(raw).trim();
  if (text === "") return { ok: true, months: null };
  if (!/^\d{1,5}$/.test(text)) return { ok: false, reason: "not_a_whole_number" };
  const months = Number(text);
  return isQuestionRetentionMonths(months) ? { ok: true, months } : { ok: false, reason: "out_of_range" };
}

export type RetentionFieldError = { category: RetentionCategory; reason: "not_a_whole_number" | "out_of_range" };

/** Reads the settings form: every category a whole number within its unit's bounds. */
export function parseRetentionForm(
  form: Record<string, string | undefined>,
): { ok: true; periods: RetentionPeriods } | { ok: false; errors: RetentionFieldError[] } {
  const periods = { ...defaultRetention };
  const errors: RetentionFieldError[] = [];
  for (const category of retentionCategories) {
    const raw = (form[category] ?? "").trim();
    if (!/^\d{1,5}$/.test(raw)) {
      errors.push({ category, reason: "not_a_whole_number" });
      continue;
    }
    const value = Number(raw);
    const { min, max } = retentionBounds[retentionUnits[category]];
    if (value < min || value > max) errors.push({ category, reason: "out_of_range" });
    else periods[category] = value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, periods };
}
