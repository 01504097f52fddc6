// A session as attendance and sign-off see it (course rules, meetings with breaks, trainers, confirmed people), and who
// may mark it: the session's own trainers and hub admins; only a lead trainer or an admin signs off.
import { and, asc, eq, inArray } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { isHubAdmin, mayMarkAttendance, maySignOffSession, type Viewer } from "#core/access.ts";
import { standingFrom } from "#features/access/session-standing.ts";
import {
  defaultCompletionRules,
  type CompletionRules,
  type Meeting,
  type MeetingAttendance,
} from "#core/completion.ts";
import type { CategoryMinutes } from "#core/certification.ts";
import type { SessionFormat, SessionStatus } from "#core/catalog.ts";
import { AppError } from "#platform/app-error.ts";

export type AttendanceSession = {
  id: string;
  status: SessionStatus;
  timeZone: string;
  format: SessionFormat;
  startsAt: Date;
  endsAt: Date;
  course: {
    id: string;
    titleEn: string;
    titleEs: string;
    contactMinutes: number;
    ceCategories: CategoryMinutes[];
    rules: CompletionRules;
    /** True when the course has no rules of its own and the defaults apply. */
    defaultRules: boolean;
  };
  meetings: Meeting[];
  trainers: { userId: string; name: string; role: "lead" | "co" }[];
};

export type ConfirmedPerson = {
  registrationId: string;
  userId: string;
  name: string;
  legalName: string | null;
  pronouns: string | null;
  email: string;
};

export type AttendanceRow = MeetingAttendance & {
  registrationId: string;
  method: "trainer" | "self_check_in";
  arrivedAt: Date | null;
  updatedAt: Date;
};

export async function readAttendanceSession(db: Executor, sessionId: string): Promise<AttendanceSession> {
  const [row] = await db
    .select({ session: schema.trainingSession, course: schema.course })
    .from(schema.trainingSession)
    .innerJoin(schema.course, eq(schema.course.id, schema.trainingSession.courseId))
    .where(eq(schema.trainingSession.id, sessionId));
  if (!row) throw new AppError("not_found", { detail: "No such session" });
  const meetings = await db
    .select()
    .from(schema.sessionMeeting)
    .where(eq(schema.sessionMeeting.sessionId, sessionId))
    .orderBy(asc(schema.sessionMeeting.position));
  const trainers = await db
    .select({ userId: schema.sessionTrainer.userId, name: schema.user.name, role: schema.sessionTrainer.role })
    .from(schema.sessionTrainer)
    .innerJoin(schema.user, eq(schema.user.id, schema.sessionTrainer.userId))
    .where(eq(schema.sessionTrainer.sessionId, sessionId))
    .orderBy(asc(schema.sessionTrainer.role), asc(schema.user.name));
  const { session, course } = row;
  return {
    id: session.id,
    status: session.status,
    timeZone: session.timeZone,
    format: session.format,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    course: {
      id: course.id,
      titleEn: course.titleEn,
      titleEs: course.titleEs,
      contactMinutes: course.contactMinutes,
      ceCategories: course.ceCategories,
      rules: course.completionRules ?? defaultCompletionRules,
      defaultRules: course.completionRules === null,
    },
    meetings: meetings.map((meeting) => ({
      id: meeting.id,
      position: meeting.position,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      breaks: meeting.breaks.map((pause) => ({ startsAt: new Date(pause.startsAt), endsAt: new Date(pause.endsAt) })),
    })),
    trainers,
  };
}

/** How this person stands toward the session: admin, one of its trainers, or nobody who may mark it. */
export function attendanceRoleOf(session: AttendanceSession, viewer: Viewer | null): "admin" | "lead" | "co" | null {
  if (!viewer) return null;
  if (isHubAdmin(viewer)) return "admin";
  return standingFrom(viewer, session.trainers, null).trainer;
}

/** The session's trainers and admins mark attendance and read results; anyone else is refused. */
export function requireMarker(session: AttendanceSession, viewer: Viewer | null): void {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  if (!mayMarkAttendance(viewer, standingFrom(viewer, session.trainers, null)))
    throw new AppError("forbidden", { key: "attendance.errors.notYourSession" });
}

/** Sign-off is the lead trainer's call (or an admin's). */
export function requireSignOffRight(session: AttendanceSession, viewer: Viewer | null): void {
  requireMarker(session, viewer);
  if (!maySignOffSession(viewer, standingFrom(viewer, session.trainers, null)))
    throw new AppError("forbidden", { key: "attendance.errors.leadOnly" });
}

/** The people to mark: everyone holding a confirmed seat, by name. */
export async function confirmedPeople(db: Executor, sessionId: string): Promise<ConfirmedPerson[]> {
  return db
    .select({
      registrationId: schema.registration.id,
      userId: schema.registration.userId,
      name: schema.user.name,
      legalName: schema.user.legalName,
      pronouns: schema.user.pronouns,
      email: schema.user.email,
    })
    .from(schema.registration)
    .innerJoin(schema.user, eq(schema.user.id, schema.registration.userId))
    .where(and(eq(schema.registration.sessionId, sessionId), eq(schema.registration.status, "confirmed")))
    .orderBy(asc(schema.user.name), asc(schema.registration.id));
}

/** Every mark of these registrations. */
export async function attendanceOf(db: Executor, registrationIds: readonly string[]): Promise<AttendanceRow[]> {
  if (registrationIds.length === 0) return [];
  return db
    .select({
      registrationId: schema.attendance.registrationId,
      meetingId: schema.attendance.meetingId,
      minutesPresent: schema.attendance.minutesPresent,
      method: schema.attendance.method,
      arrivedAt: schema.attendance.arrivedAt,
      updatedAt: schema.attendance.updatedAt,
    })
    .from(schema.attendance)
    .where(inArray(schema.attendance.registrationId, [...registrationIds]));
}

/** Whether every meeting of the session is over. */
export function allMeetingsEnded(session: AttendanceSession, now: Date): boolean {
  return session.meetings.length > 0 && session.meetings.every((meeting) => meeting.endsAt.getTime() <= now.getTime());
}
