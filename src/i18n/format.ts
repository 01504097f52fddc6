// Dates, times, time zones, money and hours as people read them in a language: the one place the hub words them.
// Pure: Intl does the work, no I/O and no clock. The calendar arithmetic behind them stays in core/local-time.ts.
import type { Locale } from "#core/locale.ts";

// Node's ICU puts thin and narrow no-break spaces around range dashes and before AM/PM ("9:00\u202fAM\u2009–\u20093:30\u202fPM");
// Chromium's writes plain spaces. Pages word dates on the server and again in the browser while hydrating, so any
// difference makes React discard the page and draw it anew (a click made meanwhile is lost). The PDFs' fonts have only
// the plain space too. So every date and time below is written with plain spaces, except the mail's (see `meetingTime`).
const UNUSUAL_SPACES = /[\u2000-\u200A\u202F\u205F]/g;

/** Thin, narrow and other unusual spaces made plain; a no-break space (U+00A0) stays. */
export function plainSpaces(text: string): string {
  return text.replace(UNUSUAL_SPACES, " ");
}

// Building an Intl formatter costs far more than using one, and a catalog page words dozens of dates.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

// A range costs Intl ten times what one date does (about 15 µs against 1.5 µs), and a page words the same few sessions'
// ranges for every visitor: the answers are kept, keyed by formatter and both instants. Bounded: when full, it starts over.
export const RANGE_MEMO_LIMIT = 5_000;
const formatIds = new WeakMap<Intl.DateTimeFormat, number>();
let nextFormatId = 1;
const ranges = new Map<string, string>();

function formatIdOf(format: Intl.DateTimeFormat): number {
  let id = formatIds.get(format);
  if (id === undefined) {
    id = nextFormatId++;
    formatIds.set(format, id);
  }
  return id;
}

/** `format.formatRange(start, end)`, remembered (Intl's own text, unusual spaces and all). */
export function formatRangeOnce(format: Intl.DateTimeFormat, start: Date, end: Date): string {
  const key = `${formatIdOf(format)}|${start.getTime()}|${end.getTime()}`;
  let text = ranges.get(key);
  if (text === undefined) {
    text = format.formatRange(start, end);
    if (ranges.size >= RANGE_MEMO_LIMIT) ranges.clear();
    ranges.set(key, text);
  }
  return text;
}

// An instant with its zone named, or a date with its time, costs Intl about 2 µs against 0.2 µs for a lookup, and My
// trainings words each place's start and cancel deadline for every visit: these answers are kept like the ranges'.
const instants = new Map<string, string>();

/** `format.format(value)` with plain spaces, remembered; bounded as the ranges are. */
function formatOnce(format: Intl.DateTimeFormat, value: Date): string {
  const key = `${formatIdOf(format)}|${value.getTime()}`;
  let text = instants.get(key);
  if (text === undefined) {
    text = plainSpaces(format.format(value));
    if (instants.size >= RANGE_MEMO_LIMIT) instants.clear();
    instants.set(key, text);
  }
  return text;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

// ---- Time zones ----

const zoneNameStyles = new Map<string, "short" | "long">();

/**
 * How to name a zone beside a time for readers of a language: its short name where the language has one ("PST"), else
 * its long name ("hora estándar del Pacífico") rather than a bare offset ("GMT-8") that few readers recognise.
 */
export function zoneNameStyle(locale: string, timeZone: string): "short" | "long" {
  const key = `${locale}|${timeZone}`;
  let style = zoneNameStyles.get(key);
  if (!style) {
    const short =
      dateFormat(locale, { timeZone, timeZoneName: "short" })
        .formatToParts(new Date(Date.UTC(2026, 0, 15)))
        .find((part) => part.type === "timeZoneName")?.value ?? "";
    style = /^(GMT|UTC)[+\-\u2212]\d/.test(short) ? "long" : "short";
    zoneNameStyles.set(key, style);
  }
  return style;
}

function zoneNameAt(
  locale: string,
  timeZone: string,
  at: Date,
  timeZoneName: Intl.DateTimeFormatOptions["timeZoneName"],
): string {
  return (
    dateFormat(locale, { timeZone, timeZoneName })
      .formatToParts(at)
      .find((part) => part.type === "timeZoneName")?.value ?? timeZone
  );
}

/**
 * The zone's name at a moment, as `zoneNameStyle` says to write it ("PDT", "hora de verano central"). For the end of a
 * time range: Intl's formatRange always writes the short form ("GMT-6" in Spanish) whatever it is asked, so ranges are
 * formatted without a zone and this is added after.
 */
export function zoneLabel(locale: string, timeZone: string, at: Date): string {
  return zoneNameAt(locale, timeZone, at, zoneNameStyle(locale, timeZone));
}

/** A time zone as people read it: "Pacific Time" rather than "America/Los_Angeles" where Intl knows a name. */
export function zoneName(locale: Locale, timeZone: string, at: Date): string {
  return zoneNameAt(locale, timeZone, at, "longGeneric");
}

// ---- Calendar dates ("YYYY-MM-DD": days, not instants, so read at noon UTC whatever the machine's zone) ----

const atNoonUtc = (date: string) => new Date(`${date}T12:00:00Z`);

/** A training's calendar dates as one range: "April 5 – 9, 2027", "5–9 de abril de 2027"; one date when they are the same. */
export function calendarDateRange(
  locale: string,
  start: string,
  end: string,
  dateStyle: "long" | "medium" = "long",
): string {
  const format = dateFormat(locale, { dateStyle, timeZone: "UTC" });
  return plainSpaces(
    start === end ? format.format(atNoonUtc(start)) : formatRangeOnce(format, atNoonUtc(start), atNoonUtc(end)),
  );
}

/** One calendar date: "March 5, 2027" (long), "Mar 5, 2027" (medium). */
export function calendarDate(locale: string, date: string, dateStyle: "long" | "medium" = "long"): string {
  return plainSpaces(dateFormat(locale, { dateStyle, timeZone: "UTC" }).format(atNoonUtc(date)));
}

/** "April 2027", "abril de 2027": a month filter's choice, for a date in that month read in UTC. */
export function monthAndYear(locale: Locale, inMonth: Date): string {
  return plainSpaces(dateFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(inMonth));
}

// ---- Instants, read in a time zone ----

/** "March 5, 2027": the day an instant falls on in the zone (the machine's own zone when none is given). */
export function longDate(locale: Locale, timeZone: string | undefined, value: Date): string {
  return plainSpaces(dateFormat(locale, { dateStyle: "long", timeZone }).format(value));
}

/** "Mon, Apr 5": enough to tell the days of a training apart on a phone. */
export function shortDay(locale: Locale, timeZone: string, value: Date): string {
  return plainSpaces(dateFormat(locale, { weekday: "short", month: "short", day: "numeric", timeZone }).format(value));
}

/** "Friday, September 19, 2025". */
export function longDay(locale: Locale, timeZone: string, value: Date): string {
  return plainSpaces(
    dateFormat(locale, { weekday: "long", month: "long", day: "numeric", year: "numeric", timeZone }).format(value),
  );
}

/** "Mon, Sep 15 – Fri, Sep 19, 2025", or one day when it starts and ends on the same date. */
export function dayRange(locale: Locale, timeZone: string, start: Date, end: Date): string {
  return plainSpaces(
    formatRangeOnce(
      dateFormat(locale, { weekday: "short", month: "short", day: "numeric", year: "numeric", timeZone }),
      start,
      end,
    ),
  );
}

/** "9:05 AM": a time of day without the zone, for a page that names the zone elsewhere. */
export function clockTime(locale: Locale, timeZone: string, value: Date): string {
  return plainSpaces(dateFormat(locale, { hour: "numeric", minute: "2-digit", timeZone }).format(value));
}

/** "9:00 AM PDT", "10:00 hora estándar del Pacífico". */
export function timeWithZone(locale: Locale, timeZone: string, value: Date): string {
  return formatOnce(
    dateFormat(locale, {
      hour: "numeric",
      minute: "2-digit",
      timeZoneName: zoneNameStyle(locale, timeZone),
      timeZone,
    }),
    value,
  );
}

/** "9:00 AM – 4:30 PM PDT"; "9:00–16:30 hora de verano del Pacífico". */
export function timeRange(locale: Locale, timeZone: string, start: Date, end: Date): string {
  return plainSpaces(
    `${formatRangeOnce(dateFormat(locale, { hour: "numeric", minute: "2-digit", timeZone }), start, end)} ${zoneLabel(locale, timeZone, end)}`,
  );
}

/** "September 15, 2025 at 9:00 AM". */
export function dateAndTime(locale: Locale, timeZone: string, value: Date): string {
  return formatOnce(dateFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone }), value);
}

/** "Mon, May 5 – Fri, May 9, 2025" for several days, "Mon, May 5, 2025, 9:00 AM – 4:30 PM PDT" for one. */
export function sessionDates(locale: Locale, timeZone: string, start: Date, end: Date): string {
  const day = dateFormat(locale, { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  const oneDay = day.format(start) === day.format(end);
  const format = dateFormat(
    locale,
    oneDay
      ? {
          timeZone,
          weekday: "short",
          month: "short",
          day: "numeric",
          year: "numeric",
          hour: "numeric",
          minute: "2-digit",
        }
      : { timeZone, weekday: "short", month: "short", day: "numeric", year: "numeric" },
  );
  const range = plainSpaces(formatRangeOnce(format, start, end));
  return oneDay ? `${range} ${zoneLabel(locale, timeZone, end)}` : range;
}

/**
 * Options for `Formatters.dateTime`: a moment in a session's own time zone, with the zone named ("Tue, Jun 2, 9:00 AM
 * PDT"); `long` adds the year and the full weekday. Date and time styles cannot carry a zone name, so the parts are
 * named one by one.
 */
export function inZone(timeZone: string, long = false): Intl.DateTimeFormatOptions {
  return {
    dateStyle: undefined,
    timeStyle: undefined,
    timeZone,
    weekday: long ? "long" : "short",
    month: long ? "long" : "short",
    day: "numeric",
    year: long ? "numeric" : undefined,
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  };
}

// ---- Mail: a message is read in a mail program, never hydrated, so it keeps the spaces Intl writes ----

function mailDateTimeFormat(locale: Locale, timeZone: string, withZone: boolean): Intl.DateTimeFormat {
  return dateFormat(locale, {
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    ...(withZone ? { timeZoneName: zoneNameStyle(locale, timeZone) } : {}),
  });
}

/** "Tuesday, March 3, 2026, 9:00 AM – 4:00 PM PST": one meeting, in the reader's zone. */
export function meetingTime(locale: Locale, timeZone: string, meeting: { startsAt: Date; endsAt: Date }): string {
  return `${formatRangeOnce(mailDateTimeFormat(locale, timeZone, false), meeting.startsAt, meeting.endsAt)} ${zoneLabel(locale, timeZone, meeting.endsAt)}`;
}

/** "Tuesday, March 3, 2026, 9:00 AM PST": a deadline or a start, with the date, the time and the zone all written out. */
export function fullDateTime(locale: Locale, timeZone: string, value: Date): string {
  return mailDateTimeFormat(locale, timeZone, true).format(value);
}

/** "Tuesday, March 3": the day of a cancelled training, as a subject line says it. */
export function weekdayAndDate(locale: Locale, timeZone: string, value: Date): string {
  return dateFormat(locale, { weekday: "long", month: "long", day: "numeric", timeZone }).format(value);
}

// ---- Money and hours ----

/** Money as a page shows it: "$150" for a whole amount, "$12.50" otherwise. */
export function money(locale: Locale, currency: string, cents: number): string {
  const whole = cents % 100 === 0;
  return numberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(cents / 100);
}

/** Money with the currency's own digits always written ("$150.00"): mail and error messages quote exact amounts. */
export function moneyWithCents(locale: Locale, currency: string, cents: number): string {
  return numberFormat(locale, { style: "currency", currency }).format(cents / 100);
}

/** Minutes as hours in the reader's language, up to two decimals: "7.5" in English, "7,5" in Spanish. */
export function hoursFigure(locale: Locale, minutes: number): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(minutes / 60);
}

/**
 * Minutes as hours written with a full stop in every language ("7.5"), up to two decimals: how the CE transcript and the
 * certification reminders have always written them (see docs/decisions/0018-one-home-for-wording.md).
 */
export function decimalHours(minutes: number): string {
  return String(Math.round((minutes / 60) * 100) / 100);
}

// ---- The page's formatters: its language and the viewer's zone, bound once (web/components/i18n.tsx) ----

export type Formatters = {
  dateTime(value: Date | string, options?: Intl.DateTimeFormatOptions): string;
  date(value: Date | string, options?: Intl.DateTimeFormatOptions): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
};

/** Dates are shown in the viewer's time zone unless a caller passes the session's own zone (see `inZone`). */
export function formatters(locale: Locale, timeZone: string): Formatters {
  const toDate = (value: Date | string) => (typeof value === "string" ? new Date(value) : value);
  // A short zone name the language lacks ("GMT-8" in Spanish) is written out in full instead.
  const readableZone = (options?: Intl.DateTimeFormatOptions) =>
    options?.timeZoneName === "short"
      ? { ...options, timeZoneName: zoneNameStyle(locale, options.timeZone ?? timeZone) }
      : options;
  return {
    dateTime: (value, options) =>
      plainSpaces(
        dateFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone, ...readableZone(options) }).format(
          toDate(value),
        ),
      ),
    date: (value, options) =>
      plainSpaces(dateFormat(locale, { dateStyle: "long", timeZone, ...options }).format(toDate(value))),
    number: (value, options) => numberFormat(locale, options ?? {}).format(value),
  };
}
