// A hub admin removes a scheduled export; its record of mailings goes with it and nothing more is sent.
import { eq } from "drizzle-orm";
import type { Viewer } from "#core/access.ts";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";

export async function deleteImpactExport(
  db: Executor,
  request: { viewer: Viewer | null; exportId: string; actor: AuditActor },
): Promise<void> {
  requireAdmin(request.viewer);
  const e = schema.impactExport;
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(e)
      .where(eq(e.id, request.exportId))
      .returning({ id: e.id, recipients: e.recipients, cadence: e.cadence });
    if (!removed) throw new AppError("not_found", { key: "impact.exports.errors.notFound" });
    await recordAudit(tx, request.actor, {
      action: "impact.export.delete",
      targetType: "impact_export",
      targetId: removed.id,
      summary: { cadence: removed.cadence, recipients: removed.recipients },
    });
  });
}
