// A co-reflection circle's meeting rule (weekly, every N weeks, monthly by weekday or by date, quarterly) expanded into
// dated meetings in the circle's own time zone, so a 6 pm meeting stays at 6 pm local time across daylight saving.
// Pure: rrule-temporal does the RFC 5545 expansion on Temporal's zone data (decision 0024); `now` is never read here.
import { RRuleTemporal } from "rrule-temporal";
import { Temporal } from "temporal-polyfill";
import { isLocalDate, isLocalTime } from "./local-time.ts";

export const recurrenceFrequencies = ["weekly", "monthly_weekday", "monthly_date"] as const;
export type RecurrenceFrequency = (typeof recurrenceFrequencies)[number];

/** Every N weeks or months: 1 is weekly/monthly, 3 months is quarterly. More than a year apart is not a practice rhythm. */
export const MAX_INTERVAL = 12;
/** Occurrences stored at once; a longer series is scheduled again later (decision 0024). */
export const MAX_OCCURRENCES = 60;
export const MAX_MEETING_MINUTES = 6 * 60;

/**
 * The rule as a person states it: the first meeting's local date and time, and how it repeats. The weekday (and for
 * "monthly by weekday", which week of the month) come from the first date, so the form asks for no more than it needs.
 */
export type CircleRecurrence = {
  frequency: RecurrenceFrequency;
  interval: number;
  firstDate: string;
  startTime: string;
  durationMinutes: number;
  timeZone: string;
  count: number;
};

export type RecurrenceProblem =
  "bad_date" | "bad_time" | "bad_zone" | "bad_interval" | "bad_count" | "bad_duration" | "day_after_28";

export type ExpandedMeeting = { startsAt: Date; endsAt: Date; localDate: string; localTime: string };

const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

function validZone(timeZone: string): boolean {
  try {
    Temporal.Now.instant().toZonedDateTimeISO(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** What is wrong with a rule, or null. Monthly by date stops at the 28th: RFC 5545 skips months without a 29th–31st. */
export function recurrenceProblem(rule: CircleRecurrence): RecurrenceProblem | null {
  if (!isLocalDate(rule.firstDate)) return "bad_date";
  if (!isLocalTime(rule.startTime)) return "bad_time";
  if (!validZone(rule.timeZone)) return "bad_zone";
  if (!Number.isInteger(rule.interval) || rule.interval < 1 || rule.interval > MAX_INTERVAL) return "bad_interval";
  if (!Number.isInteger(rule.count) || rule.count < 1 || rule.count > MAX_OCCURRENCES) return "bad_count";
  if (
    !Number.isInteger(rule.durationMinutes) ||
    rule.durationMinutes < 15 ||
    rule.durationMinutes > MAX_MEETING_MINUTES
  )
    return "bad_duration";
  if (rule.frequency === "monthly_date" && Number(rule.firstDate.slice(8, 10)) > 28) return "day_after_28";
  return null;
}

function firstStart(rule: CircleRecurrence): Temporal.ZonedDateTime {
  return Temporal.PlainDateTime.from(`${rule.firstDate}T${rule.startTime}`).toZonedDateTime(rule.timeZone, {
    // A start the clocks skip (02:30 on a spring-forward night) moves later by the gap, as calendars do.
    disambiguation: "compatible",
  });
}

/** The RFC 5545 RRULE for the rule (without DTSTART), as stored and written to calendars. */
export function rruleFor(rule: CircleRecurrence): string {
  const start = firstStart(rule);
  const weekday = WEEKDAYS[start.dayOfWeek - 1]!;
  const parts = [`INTERVAL=${rule.interval}`, `COUNT=${rule.count}`];
  switch (rule.frequency) {
    case "weekly":
      return ["FREQ=WEEKLY", ...parts, `BYDAY=${weekday}`].join(";");
    case "monthly_weekday": {
      // The 29th–31st are in the fifth week; "the last Tuesday" is what people mean by it.
      const week = Math.ceil(start.day / 7);
      return ["FREQ=MONTHLY", ...parts, `BYDAY=${week === 5 ? -1 : week}${weekday}`].join(";");
    }
    case "monthly_date":
      return ["FREQ=MONTHLY", ...parts, `BYMONTHDAY=${start.day}`].join(";");
  }
}

/** The rule's meetings in time order: UTC instants, and the local date and time they read in the circle's zone. */
export function expandRecurrence(rule: CircleRecurrence): ExpandedMeeting[] {
  const problem = recurrenceProblem(rule);
  if (problem) throw new RangeError(`Recurrence rule is not valid: ${problem}`);
  const dtstart = firstStart(rule);
  const expansion = new RRuleTemporal({ rruleString: rruleFor(rule), dtstart, includeDtstart: true });
  return expansion
    .all((_, index) => index < rule.count)
    .slice(0, rule.count)
    .map((start) => {
      const startsAt = new Date(start.epochMilliseconds);
      const end = start.add({ minutes: rule.durationMinutes });
      return {
        startsAt,
        endsAt: new Date(end.epochMilliseconds),
        localDate: start.toPlainDate().toString(),
        localTime: start.toPlainTime().toString({ smallestUnit: "minute" }),
      };
    });
}
