// A person's own attendance and result for one of their trainings, with the same reasons their trainer sees.
import { eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { completionFor, type CompletionResult } from "#core/completion.ts";
import type { RegistrationStatus } from "#core/registration.ts";
import { AppError } from "#platform/app-error.ts";
import {
  attendanceOf,
  readAttendanceSession,
  type AttendanceRow,
  type AttendanceSession,
} from "./attendance-session.ts";

export type MyResult = {
  registrationId: string;
  status: RegistrationStatus;
  session: AttendanceSession;
  marks: Record<string, Pick<AttendanceRow, "minutesPresent" | "method" | "arrivedAt">>;
  result: CompletionResult;
  signedOffAt: Date | null;
};

/** Only the person themself: anyone else's registration reads as not found. */
export async function readMyResult(db: Executor, viewer: Viewer | null, registrationId: string): Promise<MyResult> {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  const [registration] = await db.select().from(schema.registration).where(eq(schema.registration.id, registrationId));
  if (!registration || registration.userId !== viewer.userId)
    throw new AppError("not_found", { detail: "No such registration" });
  const session = await readAttendanceSession(db, registration.sessionId);
  const marks = await attendanceOf(db, [registration.id]);
  const [decision] = await db
    .select()
    .from(schema.completion)
    .where(eq(schema.completion.registrationId, registration.id));
  return {
    registrationId: registration.id,
    status: registration.status,
    session,
    marks: Object.fromEntries(
      marks.map((mark) => [
        mark.meetingId,
        { minutesPresent: mark.minutesPresent, method: mark.method, arrivedAt: mark.arrivedAt },
      ]),
    ),
    result: completionFor({
      meetings: session.meetings,
      attendance: marks,
      rules: session.course.rules,
      signedOff: Boolean(decision),
    }),
    signedOffAt: decision?.signedOffAt ?? null,
  };
}
