// Writing a session's meetings and trainers inside the create, update and duplicate use cases.
import { and, asc, eq, gt } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { ScheduledMeeting } from "#core/meeting-schedule.ts";
import type { SessionValues, TrainerAssignment } from "./session-input.ts";

const breaksJson = (meeting: ScheduledMeeting) =>
  meeting.breaks.map((b) => ({ startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString() }));

/**
 * Sets a session's meetings. Rows are updated in place by position (day 1 stays day 1), extra days added and missing
 * ones removed, so what hangs off a meeting (attendance, later) keeps its row where the day still exists.
 */
export async function writeMeetings(
  tx: Executor,
  sessionId: string,
  meetings: readonly ScheduledMeeting[],
): Promise<void> {
  const m = schema.sessionMeeting;
  const existing = await tx
    .select({ id: m.id, position: m.position })
    .from(m)
    .where(eq(m.sessionId, sessionId))
    .orderBy(asc(m.position));
  // Day n stays row n: surplus days go, the kept ones take their new times, new days are added after them.
  await tx.delete(m).where(and(eq(m.sessionId, sessionId), gt(m.position, meetings.length)));
  for (const row of existing.filter((row) => row.position <= meetings.length)) {
    const meeting = meetings[row.position - 1]!;
    await tx
      .update(m)
      .set({ startsAt: meeting.startsAt, endsAt: meeting.endsAt, breaks: breaksJson(meeting) })
      .where(eq(m.id, row.id));
  }
  const added = meetings.filter((meeting) => meeting.position > existing.length);
  if (added.length) {
    await tx.insert(m).values(
      added.map((meeting) => ({
        sessionId,
        position: meeting.position,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        breaks: breaksJson(meeting),
      })),
    );
  }
}

export async function replaceTrainers(
  tx: Executor,
  sessionId: string,
  trainers: readonly TrainerAssignment[],
): Promise<void> {
  await tx.delete(schema.sessionTrainer).where(eq(schema.sessionTrainer.sessionId, sessionId));
  if (trainers.length)
    await tx.insert(schema.sessionTrainer).values(trainers.map((t) => ({ sessionId, userId: t.userId, role: t.role })));
}

/** The session columns a create or an update writes itself; capacity and reserves on an existing session go through the seat ledger. */
export function sessionColumns(values: SessionValues) {
  return {
    status: values.status,
    timeZone: values.timeZone,
    format: values.format,
    language: values.language,
    venueName: values.venueName,
    venueAddress: values.venueAddress,
    accessibilityNotes: values.accessibilityNotes,
    accessibilityNotesEs: values.accessibilityNotesEs,
    joinUrl: values.joinUrl,
    joinDetails: values.joinDetails,
    joinDetailsEs: values.joinDetailsEs,
    reservedOrganizationId: values.reservedOrganizationId,
    registrationOpensAt: values.registrationOpensAt,
    registrationClosesAt: values.registrationClosesAt,
    offerHoldHours: values.offerHoldHours,
    cancelCutoffHours: values.cancelCutoffHours,
    priceTiers: values.priceTiers,
    notesEn: values.notesEn,
    notesEs: values.notesEs,
    startsAt: values.startsAt,
    endsAt: values.endsAt,
  };
}
