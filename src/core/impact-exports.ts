// Scheduled impact exports (issue 12 item 8): which dashboard spreadsheets go to which named addresses, how often, and
// for which period each mailing speaks. Pure: the job and the admin page both ask here when a mailing is due.
import { addDaysToDate, utcToZoned } from "./local-time.ts";

/** The spreadsheets the dashboard offers (/admin/impact.csv?figures=…), which an export may send. */
export const dashboardCsvKinds = ["figures", "funnel", "months"] as const;
export type DashboardCsvKind = (typeof dashboardCsvKinds)[number];

export const exportCadences = ["weekly", "monthly"] as const;
export type ExportCadence = (typeof exportCadences)[number];

/** Addresses one export may name: enough for a funder's team, few enough that it stays a list someone reads. */
export const MAX_EXPORT_RECIPIENTS = 10;
/** Monthly mailings go on days 1–28, so every month has the day. */
export const MAX_MONTH_DAY = 28;
/** A mailing goes from this hour on its day, in the time zone of the admin who set it up: nobody gets figures at 1 am. */
export const EXPORT_SEND_HOUR = 7;

/** Weekday numbers as ISO 8601 counts them: 1 is Monday, 7 is Sunday. */
export const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;

export type ExportTiming = { cadence: ExportCadence; weekday: number | null; monthDay: number | null };

function isoWeekdayOf(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The latest day on or before `date` that this export is sent on (YYYY-MM-DD). */
export function latestSendDay(timing: ExportTiming, date: string): string {
  if (timing.cadence === "weekly") {
    const back = (isoWeekdayOf(date) - (timing.weekday ?? 1) + 7) % 7;
    return addDaysToDate(date, -back);
  }
  const day = String(timing.monthDay ?? 1).padStart(2, "0");
  const thisMonth = `${date.slice(0, 7)}-${day}`;
  if (thisMonth <= date) return thisMonth;
  const [year, month] = date.split("-").map(Number) as [number, number];
  const previous = new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 7);
  return `${previous}-${day}`;
}

/**
 * The period a mailing on `sendDay` reports, by session start (both days included): the seven days before it for a
 * weekly export, the whole calendar month before it for a monthly one. Each period is reported once, on its send day.
 */
export function periodOfSendDay(cadence: ExportCadence, sendDay: string): { from: string; to: string } {
  if (cadence === "weekly") return { from: addDaysToDate(sendDay, -7), to: addDaysToDate(sendDay, -1) };
  const [year, month] = sendDay.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 10);
  const last = new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
  return { from: first, to: last };
}

/**
 * The send day due at `now`, or null: the latest send day that has reached EXPORT_SEND_HOUR in the export's zone and
 * is not before the day the export was set up. A worker that was down catches up with the latest period only, never
 * with a pile of old ones; whether that day was already sent is the caller's to check (one row per export and day).
 */
export function dueSendDay(
  timing: ExportTiming & { timeZone: string; createdAt: Date },
  now: Date,
): { sendDay: string; from: string; to: string } | null {
  const local = utcToZoned(now, timing.timeZone);
  const hour = String(EXPORT_SEND_HOUR).padStart(2, "0");
  // Before the hour, today's mailing is not due yet: the latest one due is on or before yesterday.
  const reached = local.time >= `${hour}:00` ? local.date : addDaysToDate(local.date, -1);
  const sendDay = latestSendDay(timing, reached);
  if (sendDay < utcToZoned(timing.createdAt, timing.timeZone).date) return null;
  return { sendDay, ...periodOfSendDay(timing.cadence, sendDay) };
}

/** The next send day after `now` (for the admin's list: "next on …"). */
export function nextSendDay(timing: ExportTiming & { timeZone: string }, now: Date): string {
  const local = utcToZoned(now, timing.timeZone);
  const hour = String(EXPORT_SEND_HOUR).padStart(2, "0");
  const start = local.time >= `${hour}:00` ? addDaysToDate(local.date, 1) : local.date;
  // The next send day is within 31 days of any day: step forward to the first day that is its own latest send day.
  for (let offset = 0; offset <= 31; offset++) {
    const day = addDaysToDate(start, offset);
    if (latestSendDay(timing, day) === day) return day;
  }
  return start;
}
