// A session's meetings as a schedule: each ends after it starts, breaks sit inside their meeting, no two meetings overlap,
// and the days are numbered 1, 2, 3… in time order. Pure: the caller passes UTC instants.
import type { Interval } from "./completion.ts";

export const MAX_MEETINGS = 30;
/** Longer than this is a typing slip (a wrong date), not a day of training. */
export const MAX_MEETING_MINUTES = 16 * 60;

export type PlannedMeeting = Interval & { breaks: Interval[] };
export type ScheduledMeeting = PlannedMeeting & { position: number };

export type ScheduleProblem = {
  /** The meeting's place in the list as given (not in time order), so a form can put the message beside it. */
  index: number;
  problem:
    "ends_before_start" | "too_long" | "overlaps" | "break_outside" | "break_ends_before_start" | "breaks_overlap";
};

const overlapping = (a: Interval, b: Interval) =>
  a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
const byStart = (a: Interval, b: Interval) =>
  a.startsAt.getTime() - b.startsAt.getTime() || a.endsAt.getTime() - b.endsAt.getTime();

function meetingProblem(meeting: PlannedMeeting): ScheduleProblem["problem"] | null {
  const start = meeting.startsAt.getTime();
  const end = meeting.endsAt.getTime();
  if (end <= start) return "ends_before_start";
  if (end - start > MAX_MEETING_MINUTES * 60_000) return "too_long";
  const breaks = [...meeting.breaks].sort(byStart);
  for (const [i, pause] of breaks.entries()) {
    if (pause.endsAt.getTime() <= pause.startsAt.getTime()) return "break_ends_before_start";
    if (pause.startsAt.getTime() < start || pause.endsAt.getTime() > end) return "break_outside";
    const previous = breaks[i - 1];
    if (previous && overlapping(previous, pause)) return "breaks_overlap";
  }
  return null;
}

/** Checks every meeting and answers the schedule in time order with positions, or every problem found. */
export function planSchedule(
  meetings: readonly PlannedMeeting[],
): { ok: true; meetings: ScheduledMeeting[] } | { ok: false; problems: ScheduleProblem[] } {
  const problems: ScheduleProblem[] = [];
  meetings.forEach((meeting, index) => {
    const problem = meetingProblem(meeting);
    if (problem) problems.push({ index, problem });
  });
  if (problems.length) return { ok: false, problems };
  const ordered = meetings.map((meeting, index) => ({ meeting, index })).sort((a, b) => byStart(a.meeting, b.meeting));
  for (let i = 1; i < ordered.length; i += 1) {
    if (overlapping(ordered[i - 1]!.meeting, ordered[i]!.meeting))
      problems.push({ index: ordered[i]!.index, problem: "overlaps" });
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    meetings: ordered.map(({ meeting }, i) => ({
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      breaks: [...meeting.breaks].sort(byStart),
      position: i + 1,
    })),
  };
}

/** The first meeting's start and the last one's end: what a session shows as its dates. */
export function scheduleSpan(meetings: readonly Interval[]): Interval | null {
  if (meetings.length === 0) return null;
  return {
    startsAt: new Date(Math.min(...meetings.map((m) => m.startsAt.getTime()))),
    endsAt: new Date(Math.max(...meetings.map((m) => m.endsAt.getTime()))),
  };
}
