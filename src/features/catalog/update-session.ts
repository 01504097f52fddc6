// Edits a session. A change of time or place raises its calendar sequence and tells everyone registered; a change of
// capacity or reserves goes through the seat ledger, which refuses to take a seat from anyone and offers freed seats.
import { and, asc, eq, inArray } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { sameValue } from "#core/same-value.ts";
import type { Viewer } from "#core/access.ts";
import { liveStatuses } from "#core/registration.ts";
import { AppError } from "#platform/app-error.ts";
import { emitWebhookEvent } from "#features/webhooks/emit-webhook-event.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { invalid, problem } from "#features/validation/parse-input.ts";
import { notify } from "#features/registration/notices.ts";
import { applySeatPlan } from "#features/registration/seat-ledger.ts";
import { checkSessionInput, checkSessionReferences, type SessionInput } from "./session-input.ts";
import { replaceTrainers, sessionColumns, writeMeetings } from "./session-parts.ts";
// trainers (issue 10): the staffing rules
import { checkSessionStaffing } from "#features/trainers/check-staffing.ts";

const times = (meetings: ReadonlyArray<{ startsAt: Date; endsAt: Date }>) =>
  meetings.map((m) => [m.startsAt.toISOString(), m.endsAt.toISOString()]);

/** Fields whose change moves the session in time or place: a new calendar entry goes to everyone registered. */
const placeFields = ["format", "venueName", "venueAddress", "joinUrl", "joinDetails"] as const;

export async function updateSession(
  db: Executor,
  input: {
    viewer: Viewer | null;
    now: Date;
    sessionId: string;
    session: Omit<SessionInput, "courseId" | "courseSlug">;
  },
  actor: AuditActor,
): Promise<{ changed: string[]; calendarSequence: number; notified: number }> {
  requireAdmin(input.viewer);
  // The course of a session never changes: people registered for that course.
  const values = checkSessionInput(
    { ...input.session, courseId: undefined, courseSlug: undefined },
    { requireCourse: false },
  );
  return db.transaction(async (tx) => {
    const s = schema.trainingSession;
    const [current] = await tx.select().from(s).where(eq(s.id, input.sessionId)).for("update");
    if (!current) throw new AppError("not_found", { detail: "No such session" });
    if (current.status === "cancelled" || current.status === "completed")
      throw invalid([{ path: "status", message: problem("sessions.errors.notEditable") }]);
    await checkSessionReferences(tx, values, { requireCourse: false });

    const live = await tx
      .select({ id: schema.registration.id })
      .from(schema.registration)
      .where(
        and(eq(schema.registration.sessionId, current.id), inArray(schema.registration.status, [...liveStatuses])),
      );
    if (current.status === "published" && values.status === "draft" && live.length > 0) {
      throw invalid([{ path: "status", message: problem("sessions.errors.unpublishWithRegistrations") }]);
    }

    const meetingsBefore = await tx
      .select()
      .from(schema.sessionMeeting)
      .where(eq(schema.sessionMeeting.sessionId, current.id))
      .orderBy(asc(schema.sessionMeeting.position));
    const trainersBefore = await tx
      .select({ userId: schema.sessionTrainer.userId, role: schema.sessionTrainer.role })
      .from(schema.sessionTrainer)
      .where(eq(schema.sessionTrainer.sessionId, current.id));

    const columns = sessionColumns(values);
    const changed: string[] = (Object.keys(columns) as Array<keyof typeof columns>).filter(
      (field) => !sameValue(current[field], columns[field]),
    );
    const timesChanged = !sameValue(times(meetingsBefore), times(values.meetings));
    const breaksChanged = !sameValue(
      meetingsBefore.map((m) => m.breaks),
      values.meetings.map((m) =>
        m.breaks.map((b) => ({ startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString() })),
      ),
    );
    if (timesChanged || breaksChanged) changed.push("meetings");
    const trainerKey = (list: ReadonlyArray<{ userId: string; role: string }>) =>
      list.map((t) => `${t.userId}:${t.role}`).sort();
    const trainersChanged = !sameValue(trainerKey(trainersBefore), trainerKey(values.trainers));
    if (trainersChanged) changed.push("trainers");
    // trainers (issue 10): who trains, when, and publishing are what the staffing rules look at.
    if (trainersChanged || timesChanged || values.status !== current.status)
      await checkSessionStaffing(tx, { sessionId: current.id, ...values });
    const plan = {
      capacity: values.capacity,
      partnerSeats: values.reservedPartnerSeats,
      scholarshipSeats: values.reservedScholarshipSeats,
    };
    const planChanged =
      plan.capacity !== current.capacity ||
      plan.partnerSeats !== current.reservedPartnerSeats ||
      plan.scholarshipSeats !== current.reservedScholarshipSeats;
    if (planChanged) changed.push("capacity");
    if (changed.length === 0) return { changed, calendarSequence: current.calendarSequence, notified: 0 };

    const moved = timesChanged || placeFields.some((field) => changed.includes(field));
    const calendarSequence = moved ? current.calendarSequence + 1 : current.calendarSequence;
    await tx
      .update(s)
      .set({ ...columns, calendarSequence })
      .where(eq(s.id, current.id));
    if (timesChanged || breaksChanged) await writeMeetings(tx, current.id, values.meetings);
    if (trainersChanged) await replaceTrainers(tx, current.id, values.trainers);
    // After the other columns, so offers the new plan sends use the session's new hold time.
    if (planChanged) await applySeatPlan(tx, current.id, plan, { now: input.now, actor });

    const registrationIds = live.map((row) => row.id);
    if (moved && registrationIds.length)
      await notify(tx, registrationIds, "session_changed", { round: String(calendarSequence) });
    await recordAudit(tx, actor, {
      action: "session.update",
      targetType: "training_session",
      targetId: current.id,
      summary: {
        changed,
        ...(moved ? { calendarSequence, notified: registrationIds.length } : {}),
        ...(planChanged
          ? { capacity: plan.capacity, partnerSeats: plan.partnerSeats, scholarshipSeats: plan.scholarshipSeats }
          : {}),
        ...(changed.includes("status") ? { status: values.status } : {}),
      },
    });
    // What changed is named (dates, place, trainers…), not its new values: a receiver reads those from the API.
    await emitWebhookEvent(
      tx,
      "session.changed",
      { sessionId: current.id, status: values.status, changed: changed.join(",") },
      input.now,
    );
    return { changed, calendarSequence, notified: moved ? registrationIds.length : 0 };
  });
}
