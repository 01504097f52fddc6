// The circle's group agreement: any member proposes a change, the facilitator publishes a version, each member
// acknowledges the version in force. Versions are never edited, so the history reads as it was agreed.
import { and, desc, eq, max } from "drizzle-orm";
import type { Viewer } from "#core/access.ts";
import { mayPublishAgreement } from "#core/circles.ts";
import { schema } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { parseInput } from "#features/validation/parse-input.ts";
import { agreementInput } from "./circle-input.ts";
import { circleStanding, refuse, requireMember, requireOpen } from "./circle-standing.ts";

export async function proposeAgreementChange(
  services: Pick<Services, "db" | "now">,
  input: { viewer: Viewer | null; circleId: string; body: string },
  actor: AuditActor,
): Promise<{ proposalId: string }> {
  const { body } = parseInput(agreementInput, { body: input.body });
  return services.db.transaction(async (tx) => {
    const { circle, standing } = await circleStanding(tx, input.viewer, input.circleId);
    requireMember(standing);
    requireOpen(circle);
    const [row] = await tx
      .insert(schema.circleAgreementProposal)
      .values({ circleId: circle.id, proposedBy: input.viewer!.userId, body, createdAt: services.now() })
      .returning({ id: schema.circleAgreementProposal.id });
    await recordAudit(tx, actor, { action: "circle.agreement.propose", targetType: "circle", targetId: circle.id });
    return { proposalId: row!.id };
  });
}

/** Publishes the text as the next version; the proposals it answers are marked published. */
export async function publishAgreement(
  services: Pick<Services, "db" | "now">,
  input: { viewer: Viewer | null; circleId: string; body: string; proposalIds?: string[] },
  actor: AuditActor,
): Promise<{ version: number }> {
  const { body } = parseInput(agreementInput, { body: input.body });
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const { circle, standing } = await circleStanding(tx, input.viewer, input.circleId, { facilitatorOf: "next", now });
    if (!mayPublishAgreement(standing)) refuse(standing);
    requireOpen(circle);
    // Versions are numbered under the circle's row lock, so two publishers cannot take the same number.
    await tx.select({ id: schema.circle.id }).from(schema.circle).where(eq(schema.circle.id, circle.id)).for("update");
    const [latest] = await tx
      .select({ version: max(schema.circleAgreementVersion.version) })
      .from(schema.circleAgreementVersion)
      .where(eq(schema.circleAgreementVersion.circleId, circle.id));
    const version = (latest?.version ?? 0) + 1;
    await tx
      .insert(schema.circleAgreementVersion)
      .values({ circleId: circle.id, version, body, publishedBy: input.viewer!.userId, publishedAt: now });
    await tx
      .update(schema.circleAgreementProposal)
      .set({ status: "published" })
      .where(
        and(eq(schema.circleAgreementProposal.circleId, circle.id), eq(schema.circleAgreementProposal.status, "open")),
      );
    await recordAudit(tx, actor, {
      action: "circle.agreement.publish",
      targetType: "circle",
      targetId: circle.id,
      summary: { version },
    });
    return { version };
  });
}

/** The member acknowledges the version in force; acknowledging an older one is refused, so nobody agrees to stale text. */
export async function acknowledgeAgreement(
  services: Pick<Services, "db" | "now">,
  input: { viewer: Viewer | null; circleId: string; version: number },
): Promise<void> {
  await services.db.transaction(async (tx) => {
    const { circle, standing } = await circleStanding(tx, input.viewer, input.circleId);
    requireMember(standing);
    requireOpen(circle);
    const [current] = await tx
      .select({ id: schema.circleAgreementVersion.id, version: schema.circleAgreementVersion.version })
      .from(schema.circleAgreementVersion)
      .where(eq(schema.circleAgreementVersion.circleId, circle.id))
      .orderBy(desc(schema.circleAgreementVersion.version))
      .limit(1);
    if (!current) throw new AppError("not_found", { key: "circles.errors.noAgreement" });
    if (current.version !== input.version) throw new AppError("conflict", { key: "circles.errors.agreementChanged" });
    await tx
      .insert(schema.circleAgreementAck)
      .values({ versionId: current.id, userId: input.viewer!.userId, acknowledgedAt: services.now() })
      .onConflictDoNothing();
  });
}
