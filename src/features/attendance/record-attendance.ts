// A session's trainer (or an admin) records minutes present for confirmed people at its meetings: one mark from the
// roster page (full, absent, arrived late or left early at a clock time) or many at once from the API. Each change is
// audited with its before and after; a mark that changes nothing writes nothing.
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { contactMinutes } from "#core/completion.ts";
import { meetingTimeAt, minutesForMark, type AttendanceMark } from "#core/attendance.ts";
import { AppError, type FieldError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { recordAudits, type AuditActor, type AuditEntry } from "#features/audit/record-audit.ts";
import { invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import { readAttendanceSession, requireMarker, type AttendanceSession } from "./attendance-session.ts";
import { MAX_ATTENDANCE_MARKS, MAX_ID_LENGTH } from "#core/limits.ts";

export type SavedMark = {
  registrationId: string;
  meetingId: string;
  minutesPresent: number;
  method: "trainer" | "self_check_in";
  updatedAt: Date;
};

/** One person's minutes at one meeting, as a program sends it. */
export const attendanceMark = z.object({
  registrationId: z.string().min(1).max(MAX_ID_LENGTH),
  meetingId: z.string().min(1).max(MAX_ID_LENGTH),
  minutesPresent: z
    .number(problem("attendance.errors.minutes"))
    .int(problem("attendance.errors.minutes"))
    .min(0, problem("attendance.errors.minutes")),
});

/** The marks sent at once, around a mark schema (the API's is this one, described for its document). */
export function markListOf<Mark extends z.ZodType>(mark: Mark) {
  return z.array(mark).min(1, problem("attendance.errors.noMarks")).max(MAX_ATTENDANCE_MARKS);
}

const markList = markListOf(attendanceMark);
export type AttendanceMarks = z.output<typeof markList>;

/**
 * Many marks at once, in minutes (the API). All are saved, or none. `read` holds marks already read with
 * `markListOf(attendanceMark)` (the API reads its body so), which are not checked twice.
 */
export async function recordAttendance(
  services: Pick<Services, "db" | "now">,
  request: { viewer: Viewer | null; sessionId: string } & ({ marks: unknown } | { read: AttendanceMarks }),
  actor: AuditActor,
): Promise<SavedMark[]> {
  const session = await readAttendanceSession(services.db, request.sessionId);
  requireMarker(session, request.viewer);
  const marks = "read" in request ? request.read : parseInput(markList, request.marks);
  return services.db.transaction((tx) => writeMarks(tx, session, marks, services.now(), actor));
}

const shortcutInput = z.object({
  registrationId: z.string().min(1).max(MAX_ID_LENGTH),
  meetingId: z.string().min(1).max(MAX_ID_LENGTH),
  shortcut: z.enum(["full", "absent", "times"], problem("attendance.errors.shortcut")),
  /** "HH:MM" on the meeting's day in the session's zone; empty means "from the start" or "to the end". */
  arrivedAt: z.string().trim().max(5).default(""),
  leftAt: z.string().trim().max(5).default(""),
});

/** One mark from the roster page: a shortcut turned into minutes within the meeting, breaks taken out. */
export async function recordAttendanceMark(
  services: Pick<Services, "db" | "now">,
  request: { viewer: Viewer | null; sessionId: string; input: unknown },
  actor: AuditActor,
): Promise<SavedMark> {
  const session = await readAttendanceSession(services.db, request.sessionId);
  requireMarker(session, request.viewer);
  const input = parseInput(shortcutInput, request.input);
  const meeting = session.meetings.find((candidate) => candidate.id === input.meetingId);
  if (!meeting) throw new AppError("not_found", { key: "attendance.errors.noSuchMeeting" });
  const mark = markFrom(input, meeting, session.timeZone);
  const minutesPresent = minutesForMark(meeting, mark);
  const [saved] = await services.db.transaction((tx) =>
    writeMarks(
      tx,
      session,
      [{ registrationId: input.registrationId, meetingId: meeting.id, minutesPresent }],
      services.now(),
      actor,
    ),
  );
  return saved!;
}

function markFrom(
  input: z.output<typeof shortcutInput>,
  meeting: AttendanceSession["meetings"][number],
  timeZone: string,
): AttendanceMark {
  if (input.shortcut !== "times") return { kind: input.shortcut };
  const fields: FieldError[] = [];
  const read = (path: "arrivedAt" | "leftAt") => {
    const value = input[path];
    if (value === "") return null;
    const instant = meetingTimeAt(meeting, value, timeZone);
    if (!instant) fields.push({ path, message: problem("attendance.errors.time") });
    return instant;
  };
  const arrivedAt = read("arrivedAt");
  const leftAt = read("leftAt");
  if (fields.length === 0 && !arrivedAt && !leftAt)
    fields.push({ path: "arrivedAt", message: problem("attendance.errors.timeMissing") });
  if (arrivedAt && leftAt && leftAt <= arrivedAt)
    fields.push({ path: "leftAt", message: problem("attendance.errors.leftBeforeArrived") });
  if (fields.length) throw invalid(fields);
  return { kind: "partial", arrivedAt, leftAt };
}

/**
 * Upserts the marks after checking each names a confirmed person of this session and one of its meetings, and is no
 * more than that meeting's contact time. A trainer's mark replaces whatever was there, a self check-in included.
 */
async function writeMarks(
  tx: Executor,
  session: AttendanceSession,
  marks: readonly { registrationId: string; meetingId: string; minutesPresent: number }[],
  now: Date,
  actor: AuditActor,
): Promise<SavedMark[]> {
  const registrationIds = [...new Set(marks.map((mark) => mark.registrationId))];
  const registrations = await tx
    .select({ id: schema.registration.id, status: schema.registration.status })
    .from(schema.registration)
    .where(and(inArray(schema.registration.id, registrationIds), eq(schema.registration.sessionId, session.id)));
  const confirmed = new Set(registrations.filter((row) => row.status === "confirmed").map((row) => row.id));
  const meetings = new Map(session.meetings.map((meeting) => [meeting.id, meeting]));
  const fields: FieldError[] = [];
  marks.forEach((mark, index) => {
    const meeting = meetings.get(mark.meetingId);
    if (!confirmed.has(mark.registrationId))
      fields.push({ path: `${index}.registrationId`, message: problem("attendance.errors.notConfirmed") });
    if (!meeting) fields.push({ path: `${index}.meetingId`, message: problem("attendance.errors.noSuchMeeting") });
    else if (mark.minutesPresent > contactMinutes(meeting)) {
      fields.push({
        path: `${index}.minutesPresent`,
        message: problem("attendance.errors.tooManyMinutes"),
        values: { max: contactMinutes(meeting) },
      });
    }
  });
  if (fields.length) throw invalid(fields);

  // The last mark for a person and meeting wins when a list names it twice.
  const latest = new Map(marks.map((mark) => [`${mark.registrationId}\u0000${mark.meetingId}`, mark]));
  const before = await tx
    .select()
    .from(schema.attendance)
    .where(inArray(schema.attendance.registrationId, registrationIds))
    .for("update");
  const previous = new Map(before.map((row) => [`${row.registrationId}\u0000${row.meetingId}`, row]));
  const saved: SavedMark[] = [];
  const audits: AuditEntry[] = [];
  for (const [key, mark] of latest) {
    const old = previous.get(key);
    if (old && old.method === "trainer" && old.minutesPresent === mark.minutesPresent) {
      saved.push({
        registrationId: old.registrationId,
        meetingId: old.meetingId,
        minutesPresent: old.minutesPresent,
        method: old.method,
        updatedAt: old.updatedAt,
      });
      continue;
    }
    const [row] = await tx
      .insert(schema.attendance)
      .values({ ...mark, method: "trainer", recordedBy: actor.userId, updatedAt: now })
      .onConflictDoUpdate({
        target: [schema.attendance.registrationId, schema.attendance.meetingId],
        // A self check-in's arrival time stays on the row for the record; the trainer's minutes win.
        set: { minutesPresent: mark.minutesPresent, method: "trainer", recordedBy: actor.userId, updatedAt: now },
      })
      .returning();
    saved.push({
      registrationId: row!.registrationId,
      meetingId: row!.meetingId,
      minutesPresent: row!.minutesPresent,
      method: row!.method,
      updatedAt: row!.updatedAt,
    });
    audits.push({
      action: "attendance.record",
      targetType: "registration",
      targetId: mark.registrationId,
      summary: {
        sessionId: session.id,
        meetingId: mark.meetingId,
        position: meetings.get(mark.meetingId)!.position,
        before: old ? { minutesPresent: old.minutesPresent, method: old.method } : null,
        after: { minutesPresent: mark.minutesPresent, method: "trainer" },
      },
    });
  }
  await recordAudits(tx, actor, audits);
  return saved;
}
