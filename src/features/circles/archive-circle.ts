// Archiving a circle that has finished its work, and restoring one. An archived circle keeps its history for its
// members to read (agreement versions, past meetings and who came) but changes no more: its dates ahead are cancelled,
// so no reminder goes out and calendars drop them, and every change is refused (requireOpen in circle-standing.ts).
import { and, eq, gt, isNotNull, sql } from "drizzle-orm";
import type { Viewer } from "#core/access.ts";
import { mayArchiveCircle, mayRestoreCircle } from "#core/circles.ts";
import { schema } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { parseInput } from "#features/validation/parse-input.ts";
import { archiveInput } from "./circle-input.ts";
import { circleStanding, refuse } from "./circle-standing.ts";

export async function archiveCircle(
  services: Pick<Services, "db" | "now">,
  input: { viewer: Viewer | null; circleId: string; reason?: string | null },
  actor: AuditActor,
): Promise<{ archivedAt: Date; cancelledMeetings: number }> {
  const { reason } = parseInput(archiveInput, { reason: input.reason ?? undefined });
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const { circle, standing } = await circleStanding(tx, input.viewer, input.circleId);
    if (!mayArchiveCircle(input.viewer, standing)) refuse(standing);
    // Read again under the row lock, so two people archiving at once do not both succeed.
    const [current] = await tx
      .select({ archivedAt: schema.circle.archivedAt })
      .from(schema.circle)
      .where(eq(schema.circle.id, circle.id))
      .for("update");
    if (current?.archivedAt) throw new AppError("conflict", { key: "circles.errors.archived" });
    await tx
      .update(schema.circle)
      .set({ archivedAt: now, archivedBy: input.viewer!.userId, archiveReason: reason })
      .where(eq(schema.circle.id, circle.id));
    // Cancelled rather than deleted: each stays in subscribed calendars as a cancelled event (a raised SEQUENCE), which
    // calendar apps honour, where a vanished event may linger.
    const m = schema.circleMeeting;
    const cancelled = await tx
      .update(m)
      .set({ status: "cancelled", calendarSequence: sql`${m.calendarSequence} + 1` })
      .where(and(eq(m.circleId, circle.id), eq(m.status, "scheduled"), gt(m.startsAt, now)))
      .returning({ id: m.id });
    await recordAudit(tx, actor, {
      action: "circle.archive",
      targetType: "circle",
      targetId: circle.id,
      summary: { cancelledMeetings: cancelled.length, reasonGiven: reason !== null },
    });
    return { archivedAt: now, cancelledMeetings: cancelled.length };
  });
}

/**
 * An admin brings an archived circle back. Its members can change things again; the dates cancelled when it was
 * archived stay cancelled (members may have planned around them), and its organizers plan new ones.
 */
export async function restoreCircle(
  services: Pick<Services, "db">,
  input: { viewer: Viewer | null; circleId: string },
  actor: AuditActor,
): Promise<void> {
  if (!mayRestoreCircle(input.viewer)) throw new AppError("forbidden", { key: "circles.errors.restoreAdminOnly" });
  await services.db.transaction(async (tx) => {
    const [row] = await tx
      .update(schema.circle)
      .set({ archivedAt: null, archivedBy: null, archiveReason: null })
      .where(and(eq(schema.circle.id, input.circleId), isNotNull(schema.circle.archivedAt)))
      .returning({ id: schema.circle.id });
    if (!row) {
      const [exists] = await tx
        .select({ id: schema.circle.id })
        .from(schema.circle)
        .where(eq(schema.circle.id, input.circleId));
      if (!exists) throw new AppError("not_found", { key: "circles.errors.notFound" });
      throw new AppError("conflict", { key: "circles.errors.notArchived" });
    }
    await recordAudit(tx, actor, { action: "circle.restore", targetType: "circle", targetId: row.id });
  });
}
