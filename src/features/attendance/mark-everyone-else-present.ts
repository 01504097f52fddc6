// "Mark everyone else present": after marking the few who were late or away, a trainer records the full contact time
// for every confirmed person with no mark yet at one meeting, in one statement. A mark already there (the trainer's
// or a self check-in), even one saved a moment ago by a co-trainer, is never replaced; each new mark is audited.
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { contactMinutes } from "#core/completion.ts";
import { MAX_ID_LENGTH } from "#core/limits.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { recordAudits, type AuditActor } from "#features/audit/record-audit.ts";
import { parseInput } from "#features/validation/parse-input.ts";
import { readAttendanceSession, requireMarker } from "./attendance-session.ts";

const everyoneElseInput = z.object({ meetingId: z.string().min(1).max(MAX_ID_LENGTH) });

/** Answers how many people were marked present now (0 when everyone already had a mark). */
export async function markEveryoneElsePresent(
  services: Pick<Services, "db" | "now">,
  request: { viewer: Viewer | null; sessionId: string; input: unknown },
  actor: AuditActor,
): Promise<{ marked: number }> {
  const session = await readAttendanceSession(services.db, request.sessionId);
  requireMarker(session, request.viewer);
  const { meetingId } = parseInput(everyoneElseInput, request.input);
  const meeting = session.meetings.find((candidate) => candidate.id === meetingId);
  if (!meeting) throw new AppError("not_found", { key: "attendance.errors.noSuchMeeting" });
  const minutesPresent = contactMinutes(meeting);
  const now = services.now();
  return services.db.transaction(async (tx) => {
    // INSERT … SELECT … ON CONFLICT DO NOTHING: the people without a mark are chosen and marked by the database in one
    // step, so a mark that lands between a read and a write cannot be overwritten.
    const inserted = await tx
      .insert(schema.attendance)
      .select(
        tx
          .select({
            registrationId: schema.registration.id,
            meetingId: sql<string>`${meeting.id}`.as("meeting_id"),
            minutesPresent: sql<number>`${minutesPresent}::integer`.as("minutes_present"),
            method: sql<"trainer">`'trainer'`.as("method"),
            arrivedAt: sql<Date | null>`NULL::timestamptz`.as("arrived_at"),
            recordedBy: sql<string | null>`${actor.userId}::text`.as("recorded_by"),
            updatedAt: sql<Date>`${now.toISOString()}::timestamptz`.as("updated_at"),
          })
          .from(schema.registration)
          .where(and(eq(schema.registration.sessionId, session.id), eq(schema.registration.status, "confirmed"))),
      )
      .onConflictDoNothing()
      .returning({ registrationId: schema.attendance.registrationId });
    await recordAudits(
      tx,
      actor,
      inserted.map((row) => ({
        action: "attendance.record",
        targetType: "registration",
        targetId: row.registrationId,
        summary: {
          sessionId: session.id,
          meetingId: meeting.id,
          position: meeting.position,
          everyoneElse: true,
          before: null,
          after: { minutesPresent, method: "trainer" },
        },
      })),
    );
    return { marked: inserted.length };
  });
}
