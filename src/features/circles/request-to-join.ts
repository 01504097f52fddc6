// For circles open to requests: a person asks to join, and an organizer lets them in or not.
import { and, asc, eq } from "drizzle-orm";
import type { Viewer } from "#core/access.ts";
import { mayOrganizeCircle } from "#core/circles.ts";
import { schema } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import type { Executor } from "#db/client.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { admitMember } from "./answer-circle-invitation.ts";
import { circleStanding, refuse, requireOpen } from "./circle-standing.ts";

export async function requestToJoin(
  services: Pick<Services, "db" | "now">,
  input: { viewer: Viewer | null; circleId: string },
  actor: AuditActor,
): Promise<void> {
  const viewer = input.viewer;
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  await services.db.transaction(async (tx) => {
    const { circle, standing } = await circleStanding(tx, viewer, input.circleId);
    if (circle.joinPolicy !== "request" || circle.archivedAt)
      throw new AppError("not_found", { key: "circles.errors.notFound" });
    if (standing.member) return;
    await tx
      .insert(schema.circleMember)
      .values({ circleId: circle.id, userId: viewer.userId, status: "requested", joinedAt: services.now() })
      .onConflictDoUpdate({
        target: [schema.circleMember.circleId, schema.circleMember.userId],
        set: { status: "requested" },
      });
    await recordAudit(tx, actor, { action: "circle.request", targetType: "circle", targetId: circle.id });
  });
}

export async function answerJoinRequest(
  services: Pick<Services, "db" | "now">,
  input: { viewer: Viewer | null; circleId: string; userId: string; admit: boolean },
  actor: AuditActor,
): Promise<void> {
  await services.db.transaction(async (tx) => {
    const { circle, standing } = await circleStanding(tx, input.viewer, input.circleId);
    if (!mayOrganizeCircle(standing)) refuse(standing);
    requireOpen(circle);
    const where = and(
      eq(schema.circleMember.circleId, circle.id),
      eq(schema.circleMember.userId, input.userId),
      eq(schema.circleMember.status, "requested"),
    );
    const [request] = await tx.select({ userId: schema.circleMember.userId }).from(schema.circleMember).where(where);
    if (!request) throw new AppError("not_found", { key: "circles.errors.requestNotFound" });
    if (input.admit) await admitMember(tx, circle, input.userId, services.now());
    else await tx.update(schema.circleMember).set({ status: "left" }).where(where);
    await recordAudit(tx, actor, {
      action: input.admit ? "circle.request.admit" : "circle.request.decline",
      targetType: "circle",
      targetId: circle.id,
      summary: { userId: input.userId },
    });
  });
}

/** The requests waiting for an answer, oldest first, for the circle's organizers only. */
export async function listJoinRequests(
  db: Executor,
  input: { viewer: Viewer | null; circleId: string },
): Promise<{ userId: string; name: string; requestedAt: Date }[]> {
  const { circle, standing } = await circleStanding(db, input.viewer, input.circleId);
  if (!mayOrganizeCircle(standing)) refuse(standing);
  const cm = schema.circleMember;
  // A request's row is written with `joinedAt` set to when it was asked (requestToJoin above).
  return db
    .select({ userId: cm.userId, name: schema.user.name, requestedAt: cm.joinedAt })
    .from(cm)
    .innerJoin(schema.user, eq(schema.user.id, cm.userId))
    .where(and(eq(cm.circleId, circle.id), eq(cm.status, "requested")))
    .orderBy(asc(cm.joinedAt), asc(schema.user.name));
}
