// Self check-in: the trainer's page shows a QR code for the meeting that changes every minute; a signed-in person with
// a confirmed seat scans it and their arrival is recorded (minutes from arrival to the end, breaks taken out). A code
// that is old, copied from elsewhere or altered is refused, and a trainer's own mark is never replaced by a scan.
import { and, eq, gt } from "drizzle-orm";
import QRCode from "qrcode";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { checkInWindowExpiresAt, minutesFromArrival } from "#core/attendance.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { readAttendanceSession, requireMarker, type AttendanceSession } from "./attendance-session.ts";
import { hitRateLimit } from "#features/accounts/rate-limit.ts";
import {
  makeCheckInCode,
  makeShortCheckInCode,
  readCheckInCode,
  readShortCheckInCode,
  type CodeReading,
} from "./check-in-code.ts";

type CheckInServices = Pick<Services, "db" | "now" | "config">;

export type CheckInDisplay = {
  meetingId: string;
  position: number;
  startsAt: Date;
  endsAt: Date;
  /** Null once the meeting has ended: check-in is closed. */
  code: { value: string; url: string; svg: string; expiresAt: Date; short: string } | null;
};

/** The code a trainer shows for one meeting right now, as a link and a QR code (SVG). */
export async function checkInDisplay(
  services: CheckInServices,
  request: { viewer: Viewer | null; sessionId: string; meetingId: string },
): Promise<CheckInDisplay> {
  const session = await readAttendanceSession(services.db, request.sessionId);
  requireMarker(session, request.viewer);
  const meeting = session.meetings.find((candidate) => candidate.id === request.meetingId);
  if (!meeting) throw new AppError("not_found", { key: "attendance.errors.noSuchMeeting" });
  const now = services.now();
  const base = {
    meetingId: meeting.id,
    position: meeting.position,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
  };
  if (now >= meeting.endsAt || session.status === "cancelled") return { ...base, code: null };
  const value = makeCheckInCode(services.config.sessionSecret, meeting.id, now);
  const url = `${services.config.publicUrl}/check-in/${value}`;
  const svg = await QRCode.toString(url, {
    type: "svg",
    margin: 2,
    errorCorrectionLevel: "M",
    color: { dark: "#1f2a2e", light: "#ffffff" },
  });
  const window = Number.parseInt(value.split(".")[1]!, 36);
  const short = makeShortCheckInCode(services.config.sessionSecret, meeting.id, window);
  return { ...base, code: { value, url, svg, expiresAt: checkInWindowExpiresAt(window), short } };
}

export type CheckInTarget = {
  sessionId: string;
  timeZone: string;
  course: { titleEn: string; titleEs: string };
  meeting: { id: string; position: number; startsAt: Date; endsAt: Date };
  meetingCount: number;
};

/**
 * What a code lets this person check in to, or why not: each refusal says what to do ("scan the code on your
 * trainer's screen again"). Reads only; `selfCheckIn` writes.
 */
export async function previewCheckIn(
  services: CheckInServices,
  request: { viewer: Viewer | null; code: string },
): Promise<CheckInTarget> {
  const viewer = signedIn(request.viewer);
  const now = services.now();
  const { target } = await checkInTarget(
    services,
    viewer,
    readCheckInCode(services.config.sessionSecret, request.code, now),
    now,
  );
  return target;
}

function signedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  return viewer;
}

/** A refusal that says what to do with the code in hand: scan it again, or type the digits on the screen now. */
const codeRefusals = {
  scanned: { expired: "attendance.checkIn.expired", unreadable: "attendance.checkIn.unreadable" },
  typed: { expired: "attendance.checkIn.typedExpired", unreadable: "attendance.checkIn.typedWrong" },
} as const;

async function checkInTarget(
  services: CheckInServices,
  viewer: Viewer,
  reading: CodeReading,
  now: Date,
  how: keyof typeof codeRefusals = "scanned",
) {
  if (!reading.ok) throw new AppError("conflict", { key: codeRefusals[how][reading.problem] });
  const [meetingRow] = await services.db
    .select({ sessionId: schema.sessionMeeting.sessionId })
    .from(schema.sessionMeeting)
    .where(eq(schema.sessionMeeting.id, reading.meetingId));
  if (!meetingRow) throw new AppError("conflict", { key: "attendance.checkIn.unreadable" });
  const session: AttendanceSession = await readAttendanceSession(services.db, meetingRow.sessionId);
  const meeting = session.meetings.find((candidate) => candidate.id === reading.meetingId)!;
  const [registration] = await services.db
    .select({ id: schema.registration.id })
    .from(schema.registration)
    .where(
      and(
        eq(schema.registration.sessionId, session.id),
        eq(schema.registration.userId, viewer.userId),
        eq(schema.registration.status, "confirmed"),
      ),
    );
  if (!registration || session.status === "cancelled")
    throw new AppError("forbidden", { key: "attendance.checkIn.notConfirmed" });
  if (now >= meeting.endsAt) throw new AppError("conflict", { key: "attendance.checkIn.ended" });
  const target: CheckInTarget = {
    sessionId: session.id,
    timeZone: session.timeZone,
    course: { titleEn: session.course.titleEn, titleEs: session.course.titleEs },
    meeting: { id: meeting.id, position: meeting.position, startsAt: meeting.startsAt, endsAt: meeting.endsAt },
    meetingCount: session.meetings.length,
  };
  return { target, meeting, registrationId: registration.id, now };
}

export type CheckInOutcome = CheckInTarget & {
  /** `checked_in` now; `already` checked in earlier (the first arrival counts); `recorded` by a trainer, whose mark stands. */
  state: "checked_in" | "already" | "recorded";
  arrivedAt: Date | null;
  minutesPresent: number;
};

export async function selfCheckIn(
  services: CheckInServices,
  request: { viewer: Viewer | null; code: string },
  actor: AuditActor,
): Promise<CheckInOutcome> {
  const viewer = signedIn(request.viewer);
  const now = services.now();
  const reading = readCheckInCode(services.config.sessionSecret, request.code, now);
  return checkIn(services, viewer, await checkInTarget(services, viewer, reading, now), actor);
}

/** How many codes one account may type per rate-limit window: plenty for typos, far too few to guess six digits. */
export const SHORT_CODE_TRIES_PER_WINDOW = 10;

/**
 * Check-in with the six digits shown under the QR code, typed at /check-in. The digits are compared only with the
 * meetings of this person's confirmed seats that have not long ended, so a code from another training is "wrong".
 */
export async function selfCheckInByShortCode(
  services: CheckInServices,
  request: { viewer: Viewer | null; shortCode: string },
  actor: AuditActor,
): Promise<CheckInOutcome> {
  const viewer = signedIn(request.viewer);
  const now = services.now();
  const { rateLimit } = services.config;
  if (rateLimit.enabled)
    await hitRateLimit(services.db, {
      key: `check-in-code:account:${viewer.userId}`,
      limit: SHORT_CODE_TRIES_PER_WINDOW,
      windowSeconds: rateLimit.windowSeconds,
      now,
    });
  // Meetings that ended within the last hour stay candidates, so their code is answered "ended", not "wrong".
  const recent = new Date(now.getTime() - 60 * 60_000);
  const candidates = await services.db
    .select({ id: schema.sessionMeeting.id })
    .from(schema.sessionMeeting)
    .innerJoin(schema.registration, eq(schema.registration.sessionId, schema.sessionMeeting.sessionId))
    .where(
      and(
        eq(schema.registration.userId, viewer.userId),
        eq(schema.registration.status, "confirmed"),
        gt(schema.sessionMeeting.endsAt, recent),
      ),
    );
  const reading = readShortCheckInCode(
    services.config.sessionSecret,
    request.shortCode,
    candidates.map((row) => row.id),
    now,
  );
  return checkIn(services, viewer, await checkInTarget(services, viewer, reading, now, "typed"), actor);
}

async function checkIn(
  services: CheckInServices,
  viewer: Viewer,
  found: Awaited<ReturnType<typeof checkInTarget>>,
  actor: AuditActor,
): Promise<CheckInOutcome> {
  const { target, meeting, registrationId, now } = found;
  const minutesPresent = minutesFromArrival(meeting, now);
  return services.db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(schema.attendance)
      .values({
        registrationId,
        meetingId: meeting.id,
        minutesPresent,
        method: "self_check_in",
        arrivedAt: now,
        recordedBy: viewer.userId,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (inserted) {
      await recordAudit(tx, actor, {
        action: "attendance.check_in",
        targetType: "registration",
        targetId: registrationId,
        summary: {
          sessionId: target.sessionId,
          meetingId: meeting.id,
          position: meeting.position,
          before: null,
          after: { minutesPresent, method: "self_check_in", arrivedAt: now.toISOString() },
        },
      });
      return { ...target, state: "checked_in" as const, arrivedAt: now, minutesPresent };
    }
    const [existing] = await tx
      .select()
      .from(schema.attendance)
      .where(and(eq(schema.attendance.registrationId, registrationId), eq(schema.attendance.meetingId, meeting.id)));
    return {
      ...target,
      state: existing!.method === "trainer" ? ("recorded" as const) : ("already" as const),
      arrivedAt: existing!.arrivedAt,
      minutesPresent: existing!.minutesPresent,
    };
  });
}
