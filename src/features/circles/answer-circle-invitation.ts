// The invited person accepts or declines; accepting makes them a member and puts them last in the facilitating rotation.
import { and, count, eq, max } from "drizzle-orm";
import type { Viewer } from "#core/access.ts";
import { circleHasRoom } from "#core/circles.ts";
import { schema, type Transaction } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";

/** Adds (or brings back) an active member at the end of the rotation, refusing when the circle is full. */
export async function admitMember(
  tx: Transaction,
  circle: { id: string; maxMembers: number },
  userId: string,
  now: Date,
): Promise<void> {
  // One admission at a time per circle, so two people accepting the last place cannot both get it.
  await tx.select({ id: schema.circle.id }).from(schema.circle).where(eq(schema.circle.id, circle.id)).for("update");
  const [active] = await tx
    .select({ n: count(), last: max(schema.circleMember.rotationPosition) })
    .from(schema.circleMember)
    .where(and(eq(schema.circleMember.circleId, circle.id), eq(schema.circleMember.status, "active")));
  if (!circleHasRoom(circle, active?.n ?? 0)) throw new AppError("conflict", { key: "circles.errors.full" });
  const position = (active?.last ?? 0) + 1;
  await tx
    .insert(schema.circleMember)
    .values({ circleId: circle.id, userId, status: "active", rotationPosition: position, joinedAt: now })
    .onConflictDoUpdate({
      target: [schema.circleMember.circleId, schema.circleMember.userId],
      set: { status: "active", rotationPosition: position, joinedAt: now },
    });
}

export async function answerCircleInvitation(
  services: Pick<Services, "db" | "now">,
  input: { viewer: Viewer | null; invitationId: string; accept: boolean },
  actor: AuditActor,
): Promise<{ circleId: string }> {
  const viewer = input.viewer;
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const [invitation] = await tx
      .select({
        id: schema.circleInvitation.id,
        circleId: schema.circleInvitation.circleId,
        email: schema.circleInvitation.email,
        status: schema.circleInvitation.status,
        maxMembers: schema.circle.maxMembers,
        archivedAt: schema.circle.archivedAt,
      })
      .from(schema.circleInvitation)
      .innerJoin(schema.circle, eq(schema.circle.id, schema.circleInvitation.circleId))
      .where(eq(schema.circleInvitation.id, input.invitationId));
    // Only the address it was sent to may answer; anyone else is told it does not exist.
    if (!invitation || invitation.email !== viewer.email.toLowerCase())
      throw new AppError("not_found", { key: "circles.errors.invitationNotFound" });
    if (invitation.status !== "pending") throw new AppError("conflict", { key: "circles.errors.invitationAnswered" });
    if (invitation.archivedAt && input.accept) throw new AppError("conflict", { key: "circles.errors.archived" });
    if (input.accept)
      await admitMember(tx, { id: invitation.circleId, maxMembers: invitation.maxMembers }, viewer.userId, now);
    await tx
      .update(schema.circleInvitation)
      .set({ status: input.accept ? "accepted" : "declined", answeredAt: now })
      .where(eq(schema.circleInvitation.id, invitation.id));
    await recordAudit(tx, actor, {
      action: input.accept ? "circle.invitation.accept" : "circle.invitation.decline",
      targetType: "circle_invitation",
      targetId: invitation.id,
      summary: { circleId: invitation.circleId },
    });
    return { circleId: invitation.circleId };
  });
}
