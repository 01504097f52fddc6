// The check-in rhythm a person chose, as the intention row keeps it (days between notes, null when off).
import { checkInDays, checkInRhythms, nextCheckIn, type CheckInRhythm } from "#core/journal.ts";

export function checkInRhythmOf(days: number | null): CheckInRhythm {
  return checkInRhythms.find((rhythm) => checkInDays[rhythm] === days) ?? "off";
}

/** The row's columns for a rhythm chosen at `now`. */
export function checkInColumns(
  rhythm: CheckInRhythm,
  now: Date,
): { checkInDays: number | null; nextCheckInAt: Date | null } {
  return { checkInDays: checkInDays[rhythm], nextCheckInAt: nextCheckIn(rhythm, now) };
}
