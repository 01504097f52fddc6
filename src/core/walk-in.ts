// At the door: registration closes when a session starts, but a trainer may still add someone who walks in, from the
// first meeting's start until the last meeting's end, and count their attendance from when they arrived.
import { minutesFromArrival } from "./attendance.ts";
import type { Meeting } from "./completion.ts";

export type WalkInWindow = "open" | "not_started" | "ended" | "not_running";

export function walkInWindow(input: {
  status: "draft" | "published" | "cancelled" | "completed";
  meetings: readonly Pick<Meeting, "startsAt" | "endsAt">[];
  now: Date;
}): WalkInWindow {
  if (input.status !== "published" || input.meetings.length === 0) return "not_running";
  const first = Math.min(...input.meetings.map((m) => m.startsAt.getTime()));
  const last = Math.max(...input.meetings.map((m) => m.endsAt.getTime()));
  if (input.now.getTime() < first) return "not_started";
  if (input.now.getTime() >= last) return "ended";
  return "open";
}

/**
 * The attendance a walk-in starts with: the meeting under way (or the next one, if they came between meetings) counts
 * from their arrival; meetings already over count nothing. Later meetings are marked as for everyone else.
 */
export function walkInAttendance<M extends Pick<Meeting, "id" | "startsAt" | "endsAt" | "breaks">>(
  meetings: readonly M[],
  arrivedAt: Date,
): { meetingId: string; minutesPresent: number } | null {
  const current = [...meetings]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .find((m) => m.endsAt.getTime() > arrivedAt.getTime());
  if (!current || current.startsAt.getTime() > arrivedAt.getTime()) return null;
  return { meetingId: current.id, minutesPresent: minutesFromArrival(current, arrivedAt) };
}
