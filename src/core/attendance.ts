// Minutes present at one meeting, from a trainer's mark (full, absent, arrived late, left early) or a self check-in,
// and the one-minute windows a meeting's check-in code belongs to. Pure: the caller passes the meeting and the times.
import { contactMinutes, type Interval, type Meeting } from "./completion.ts";
import { isLocalTime, utcToZoned, zonedToUtc } from "./local-time.ts";

const MINUTE = 60_000;

/** What a trainer marks for one person at one meeting; times are instants (the page turns "9:40" into one). */
export type AttendanceMark =
  | { kind: "full" }
  | { kind: "absent" }
  /** Arrived late, left early, or both: present from `arrivedAt` (or the start) to `leftAt` (or the end). */
  | { kind: "partial"; arrivedAt: Date | null; leftAt: Date | null };

/** Contact minutes between two instants inside the meeting: the part outside it and its breaks never count. */
export function contactMinutesBetween(
  meeting: Pick<Meeting, "startsAt" | "endsAt" | "breaks">,
  from: Date,
  to: Date,
): number {
  const span: Interval = {
    startsAt: new Date(Math.max(meeting.startsAt.getTime(), from.getTime())),
    endsAt: new Date(Math.min(meeting.endsAt.getTime(), to.getTime())),
  };
  if (span.endsAt.getTime() <= span.startsAt.getTime()) return 0;
  return contactMinutes({ ...span, id: "", position: 0, breaks: meeting.breaks });
}

/** The minutes a mark stands for: full is the meeting's contact time, absent is none, late or early what is left. */
export function minutesForMark(meeting: Pick<Meeting, "startsAt" | "endsAt" | "breaks">, mark: AttendanceMark): number {
  switch (mark.kind) {
    case "full":
      return contactMinutesBetween(meeting, meeting.startsAt, meeting.endsAt);
    case "absent":
      return 0;
    case "partial":
      return contactMinutesBetween(meeting, mark.arrivedAt ?? meeting.startsAt, mark.leftAt ?? meeting.endsAt);
  }
}

/** A self check-in counts from arrival to the meeting's end (arriving early counts from the start). */
export function minutesFromArrival(meeting: Pick<Meeting, "startsAt" | "endsAt" | "breaks">, arrivedAt: Date): number {
  return contactMinutesBetween(meeting, arrivedAt, meeting.endsAt);
}

/**
 * The instant a clock time ("09:40") names on the meeting's day in the session's zone; for a meeting that runs past
 * midnight, the day on which that time falls inside the meeting. Null for a time that is not a clock time.
 */
export function meetingTimeAt(
  meeting: Pick<Meeting, "startsAt" | "endsAt">,
  time: string,
  timeZone: string,
): Date | null {
  if (!isLocalTime(time)) return null;
  const days = [...new Set([utcToZoned(meeting.startsAt, timeZone).date, utcToZoned(meeting.endsAt, timeZone).date])];
  const candidates = days
    .map((date) => zonedToUtc({ date, time }, timeZone))
    .filter((instant): instant is Date => instant !== null);
  return (
    candidates.find((instant) => instant >= meeting.startsAt && instant <= meeting.endsAt) ?? candidates[0] ?? null
  );
}

/** Check-in codes change every minute: the window is the number of whole minutes since 1970. */
export const CHECK_IN_WINDOW_MS = MINUTE;

export function checkInWindow(now: Date): number {
  return Math.floor(now.getTime() / CHECK_IN_WINDOW_MS);
}

/**
 * Whether a code made in `codeWindow` is still good at `now`: in its own minute and the next one, so a code shown at
 * the end of a minute can still be scanned, and a copied code stops working within two minutes.
 */
export function checkInWindowAccepted(codeWindow: number, now: Date): boolean {
  const current = checkInWindow(now);
  return codeWindow === current || codeWindow === current - 1;
}

/** When the code of this window stops being accepted. */
export function checkInWindowExpiresAt(codeWindow: number): Date {
  return new Date((codeWindow + 2) * CHECK_IN_WINDOW_MS);
}
