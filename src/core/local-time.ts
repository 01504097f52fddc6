// Wall-clock dates and times in a named time zone ("9:00 on 8 March in Portland") and the UTC instants they are.
// Pure: Intl does the zone arithmetic, so daylight-saving changes follow the runtime's time zone data.

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export type LocalDateTime = { date: string; time: string };

/** A calendar date as a form sends it: `2025-03-08`, and a real day of that month. */
export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** A time of day on a 24-hour clock as a form sends it: `09:00`, `16:30`. */
export function isLocalTime(value: string): boolean {
  return LOCAL_TIME.test(value);
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    wallClockFormats.set(timeZone, format);
  }
  return format;
}

/** The wall-clock reading of an instant in a zone, as milliseconds of a UTC calendar (so offsets are plain subtraction). */
function wallClockMs(instant: number, timeZone: string): number {
  const reading = Object.fromEntries(
    wallClockFormat(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return Date.UTC(
    Number(reading.year),
    Number(reading.month) - 1,
    Number(reading.day),
    Number(reading.hour),
    Number(reading.minute),
    Number(reading.second),
  );
}

/** How far the zone's clocks are ahead of UTC at this instant, in minutes (Los Angeles in July: -420). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const ms = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallClockMs(ms, timeZone) - ms) / MINUTE);
}

/**
 * The instant a wall-clock date and time in `timeZone` names. A time the clocks skip when they spring forward does not
 * exist and gives null; a time that happens twice when they fall back means the first of the two.
 */
export function zonedToUtc(local: LocalDateTime, timeZone: string): Date | null {
  if (!isLocalDate(local.date) || !isLocalTime(local.time)) return null;
  const [year, month, day] = local.date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = local.time.split(":").map(Number) as [number, number];
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  // Try the offsets in force a day either side of the wanted moment; the earliest that reads back right wins.
  const offsets = [
    ...new Set([wanted - DAY, wanted, wanted + DAY].map((probe) => wallClockMs(probe, timeZone) - probe)),
  ].sort((a, b) => b - a);
  for (const offset of offsets) {
    const instant = wanted - offset;
    if (wallClockMs(instant, timeZone) === wanted) return new Date(instant);
  }
  return null;
}

/** What a clock in `timeZone` reads at this instant: the date and the time of day (minutes, no seconds). */
export function utcToZoned(instant: Date, timeZone: string): LocalDateTime {
  const wall = new Date(wallClockMs(instant.getTime(), timeZone));
  const iso = wall.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** A calendar date `days` later (or earlier), as `YYYY-MM-DD`. */
export function addDaysToDate(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * The same wall-clock time `days` later in the zone: a 9:00 meeting moved a week across a daylight-saving change still
 * starts at 9:00. Should that time not exist on the new day, the instant moves by whole days instead.
 */
export function shiftByLocalDays(instant: Date, days: number, timeZone: string): Date {
  const local = utcToZoned(instant, timeZone);
  return (
    zonedToUtc({ date: addDaysToDate(local.date, days), time: local.time }, timeZone) ??
    new Date(instant.getTime() + days * DAY)
  );
}
