// The emailed link to an archive: it opens only for the signed-in person it was made for, and only before it expires.
// Anyone else — another account, an admin reading the outbox — gets the same answer as for a token that never existed.
import { eq } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { checkDownload, type DownloadCheck } from "#core/data-export.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { hashExportToken } from "./prepare-data-export.ts";

export type DataExportDownload =
  { ok: true; archive: Uint8Array; fileName: string } | Extract<DownloadCheck, { ok: false }>;

export async function downloadDataExport(
  services: Pick<Services, "db" | "now">,
  request: { viewer: Viewer | null; token: string },
  actor: AuditActor,
): Promise<DataExportDownload> {
  const viewer = request.viewer;
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  const [row] = request.token
    ? await services.db
        .select()
        .from(schema.dataExport)
        .where(eq(schema.dataExport.tokenHash, hashExportToken(request.token)))
    : [];
  const now = services.now();
  const check = checkDownload(
    row ? { personId: row.userId, expiresAt: row.expiresAt, readyAt: row.readyAt } : null,
    viewer.userId,
    now,
  );
  if (!check.ok) return check;
  await recordAudit(services.db, actor, {
    action: "privacy.export_downloaded",
    targetType: "user",
    targetId: viewer.userId,
    summary: { exportId: row!.id },
  });
  return { ok: true, archive: row!.archive!, fileName: `my-data-${row!.readyAt!.toISOString().slice(0, 10)}.zip` };
}
