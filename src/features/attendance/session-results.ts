// Each confirmed person's attendance and result for a session, with the reasons the course's rules give ("missed 5 h
// 30 min of 5 h allowed"), for the trainer before and after sign-off. Results are worked out live from the marks.
import { inArray } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { completionFor, type CompletionResult } from "#core/completion.ts";
import {
  allMeetingsEnded,
  attendanceOf,
  attendanceRoleOf,
  confirmedPeople,
  readAttendanceSession,
  requireMarker,
  type AttendanceRow,
  type AttendanceSession,
  type ConfirmedPerson,
} from "./attendance-session.ts";

export type PersonResult = ConfirmedPerson & {
  marks: Record<string, Pick<AttendanceRow, "minutesPresent" | "method" | "arrivedAt" | "updatedAt">>;
  result: CompletionResult;
  /** The decision written at the last sign-off, if any; it can differ from `result` when marks changed since. */
  signedOff: { completed: boolean; attendedMinutes: number; signedOffAt: Date } | null;
};

export type SessionResults = {
  session: AttendanceSession;
  viewerRole: "admin" | "lead" | "co";
  people: PersonResult[];
  /** The last sign-off, if any. */
  signedOffAt: Date | null;
  meetingsEnded: boolean;
};

/** Results for people, given their marks and whether each has been signed off. Shared with sign-off, so one rule. */
export function resultsFor(
  session: AttendanceSession,
  people: readonly ConfirmedPerson[],
  marks: readonly AttendanceRow[],
  signedOff: (registrationId: string) => boolean,
): Array<ConfirmedPerson & { marks: PersonResult["marks"]; result: CompletionResult }> {
  const byRegistration = new Map<string, AttendanceRow[]>();
  for (const mark of marks)
    byRegistration.set(mark.registrationId, [...(byRegistration.get(mark.registrationId) ?? []), mark]);
  return people.map((person) => {
    const own = byRegistration.get(person.registrationId) ?? [];
    return {
      ...person,
      marks: Object.fromEntries(
        own.map((mark) => [
          mark.meetingId,
          {
            minutesPresent: mark.minutesPresent,
            method: mark.method,
            arrivedAt: mark.arrivedAt,
            updatedAt: mark.updatedAt,
          },
        ]),
      ),
      result: completionFor({
        meetings: session.meetings,
        attendance: own,
        rules: session.course.rules,
        signedOff: signedOff(person.registrationId),
      }),
    };
  });
}

export async function readSessionResults(
  db: Executor,
  viewer: Viewer | null,
  sessionId: string,
  now: Date,
): Promise<SessionResults> {
  const session = await readAttendanceSession(db, sessionId);
  requireMarker(session, viewer);
  const people = await confirmedPeople(db, sessionId);
  const ids = people.map((person) => person.registrationId);
  const marks = await attendanceOf(db, ids);
  const completions = ids.length
    ? await db.select().from(schema.completion).where(inArray(schema.completion.registrationId, ids))
    : [];
  const decided = new Map(completions.map((row) => [row.registrationId, row]));
  const results = resultsFor(session, people, marks, (id) => decided.has(id)).map((person) => {
    const row = decided.get(person.registrationId);
    return {
      ...person,
      signedOff: row
        ? { completed: row.completed, attendedMinutes: row.attendedMinutes, signedOffAt: row.signedOffAt }
        : null,
    };
  });
  const signedOffAt = completions.reduce<Date | null>(
    (latest, row) => (!latest || row.signedOffAt > latest ? row.signedOffAt : latest),
    null,
  );
  return {
    session,
    viewerRole: attendanceRoleOf(session, viewer)!,
    people: results,
    signedOffAt,
    meetingsEnded: allMeetingsEnded(session, now),
  };
}
