// A hub admin pauses a scheduled export (nothing is mailed while paused) or lets it go on again.
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Viewer } from "#core/access.ts";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";

export async function setImpactExportPaused(
  db: Executor,
  request: { viewer: Viewer | null; exportId: string; paused: boolean; now: Date; actor: AuditActor },
): Promise<void> {
  requireAdmin(request.viewer);
  const e = schema.impactExport;
  await db.transaction(async (tx) => {
    const [found] = await tx.select({ id: e.id }).from(e).where(eq(e.id, request.exportId));
    if (!found) throw new AppError("not_found", { key: "impact.exports.errors.notFound" });
    // Only a real change is recorded: pausing a paused export twice leaves one entry in the log.
    const changed = await tx
      .update(e)
      .set({ pausedAt: request.paused ? request.now : null })
      .where(and(eq(e.id, request.exportId), request.paused ? isNull(e.pausedAt) : isNotNull(e.pausedAt)))
      .returning({ id: e.id });
    if (changed.length === 0) return;
    await recordAudit(tx, request.actor, {
      action: request.paused ? "impact.export.pause" : "impact.export.resume",
      targetType: "impact_export",
      targetId: request.exportId,
    });
  });
}
