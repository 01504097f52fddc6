// Moves or cancels one meeting of a circle without touching the others: the row, its answers and attendance stay.
import { eq, sql } from "drizzle-orm";
import type { Viewer } from "#core/access.ts";
import { mayOrganizeCircle } from "#core/circles.ts";
import { zonedToUtc } from "#core/local-time.ts";
import { schema } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import { moveInput } from "./circle-input.ts";
import { circleMeeting, circleStanding, isActiveMember, refuse, requireOpen } from "./circle-standing.ts";
import { notifyCircleMembers } from "./notify-circle-members.ts";

type Change = { kind: "move"; date: string; startTime: string; durationMinutes?: number } | { kind: "cancel" };

export async function changeCircleMeeting(
  services: Pick<Services, "db" | "now" | "config" | "onJobQueued">,
  input: { viewer: Viewer | null; circleId: string; meetingId: string; change: Change },
  actor: AuditActor,
): Promise<void> {
  const move = input.change.kind === "move" ? parseInput(moveInput, input.change) : null;
  await services.db.transaction(async (tx) => {
    const { circle, standing } = await circleStanding(tx, input.viewer, input.circleId);
    if (!mayOrganizeCircle(standing)) refuse(standing);
    requireOpen(circle);
    const meeting = await circleMeeting(tx, circle.id, input.meetingId);
    if (meeting.status === "cancelled") throw new AppError("conflict", { key: "circles.errors.meetingCancelled" });
    let times = { startsAt: meeting.startsAt, endsAt: meeting.endsAt };
    if (move) {
      const startsAt = zonedToUtc({ date: move.date, time: move.startTime }, circle.timeZone);
      if (!startsAt) throw invalid([{ path: "startTime", message: problem("circles.errors.timeSkipped") }]);
      times = { startsAt, endsAt: new Date(startsAt.getTime() + move.durationMinutes * 60_000) };
    }
    await tx
      .update(schema.circleMeeting)
      .set({
        ...(move ? times : { status: "cancelled" as const }),
        calendarSequence: sql`${schema.circleMeeting.calendarSequence} + 1`,
      })
      .where(eq(schema.circleMeeting.id, meeting.id));
    await notifyCircleMembers(tx, {
      circle,
      meeting: times,
      notice: move ? "moved" : "cancelled",
      publicUrl: services.config.publicUrl,
    });
    await recordAudit(tx, actor, {
      action: move ? "circle.meeting.move" : "circle.meeting.cancel",
      targetType: "circle_meeting",
      targetId: meeting.id,
      summary: { circleId: circle.id },
    });
  });
  services.onJobQueued();
}

/** Another member takes this meeting's facilitating turn (a swap: organizers, or the member whose turn it was). */
export async function setMeetingFacilitator(
  services: Pick<Services, "db">,
  input: { viewer: Viewer | null; circleId: string; meetingId: string; facilitatorId: string },
  actor: AuditActor,
): Promise<void> {
  await services.db.transaction(async (tx) => {
    const { circle, standing } = await circleStanding(tx, input.viewer, input.circleId, {
      facilitatorOf: input.meetingId,
    });
    if (!(mayOrganizeCircle(standing) || standing.facilitator)) refuse(standing);
    requireOpen(circle);
    const meeting = await circleMeeting(tx, circle.id, input.meetingId);
    if (!(await isActiveMember(tx, circle.id, input.facilitatorId)))
      throw new AppError("invalid", { key: "circles.errors.facilitatorNotMember" });
    await tx
      .update(schema.circleMeeting)
      .set({ facilitatorId: input.facilitatorId })
      .where(eq(schema.circleMeeting.id, meeting.id));
    await recordAudit(tx, actor, {
      action: "circle.meeting.facilitator",
      targetType: "circle_meeting",
      targetId: meeting.id,
      summary: { circleId: circle.id },
    });
  });
}
