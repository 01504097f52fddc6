// A member leaves a circle. Their answers for dates ahead go (the counts stay true), dates they were to facilitate wait
// for someone to take the turn, and if they were the last organizer, organizing passes to the next member in turn.
// What they attended stays: it may count toward their own certification.
import { and, eq, gt, inArray } from "drizzle-orm";
import type { Viewer } from "#core/access.ts";
import { organizerAfterLeaving } from "#core/circles.ts";
import { schema } from "#db/client.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { circleStanding, requireMember } from "./circle-standing.ts";

export async function leaveCircle(
  services: Pick<Services, "db" | "now">,
  input: { viewer: Viewer | null; circleId: string },
  actor: AuditActor,
): Promise<{ newOrganizer: string | null }> {
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const { circle, standing } = await circleStanding(tx, input.viewer, input.circleId);
    requireMember(standing);
    const me = input.viewer!.userId;
    // Under the circle's row lock, so two organizers leaving at once cannot each hand over to nobody.
    await tx.select({ id: schema.circle.id }).from(schema.circle).where(eq(schema.circle.id, circle.id)).for("update");
    const cm = schema.circleMember;
    const members = await tx
      .select({ userId: cm.userId, organizer: cm.organizer, rotationPosition: cm.rotationPosition })
      .from(cm)
      .where(and(eq(cm.circleId, circle.id), eq(cm.status, "active")));
    const newOrganizer = organizerAfterLeaving(members, me);
    await tx
      .update(cm)
      .set({ status: "left", organizer: false, rotationPosition: null, reminderMinutes: null })
      .where(and(eq(cm.circleId, circle.id), eq(cm.userId, me)));
    if (newOrganizer)
      await tx
        .update(cm)
        .set({ organizer: true })
        .where(and(eq(cm.circleId, circle.id), eq(cm.userId, newOrganizer)));
    const m = schema.circleMeeting;
    const ahead = tx
      .select({ id: m.id })
      .from(m)
      .where(and(eq(m.circleId, circle.id), gt(m.startsAt, now)));
    await tx
      .delete(schema.circleRsvp)
      .where(and(eq(schema.circleRsvp.userId, me), inArray(schema.circleRsvp.meetingId, ahead)));
    await tx
      .update(m)
      .set({ facilitatorId: null })
      .where(and(eq(m.circleId, circle.id), eq(m.facilitatorId, me), gt(m.startsAt, now)));
    await recordAudit(tx, actor, {
      action: "circle.leave",
      targetType: "circle",
      targetId: circle.id,
      ...(newOrganizer ? { summary: { newOrganizer } } : {}),
    });
    return { newOrganizer };
  });
}
