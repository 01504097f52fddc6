// "Download my data", asked for: one archive is prepared at a time, by a job, and announced by email with its link.
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { dataExportExpiry } from "#core/data-export.ts";
import { AppError } from "#platform/app-error.ts";
import { enqueue } from "#platform/jobs/queue.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { prepareDataExportJob } from "./prepare-data-export.job.ts";

/** An archive still being prepared this long after it was asked for is taken to have failed: another may be asked. */
const PREPARING_MINUTES = 60;

function signedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  return viewer;
}

export async function requestDataExport(
  services: Pick<Services, "db" | "now">,
  request: { viewer: Viewer | null },
  actor: AuditActor,
): Promise<{ id: string }> {
  const viewer = signedIn(request.viewer);
  const now = services.now();
  return services.db.transaction(async (tx) => {
    // One at a time: the person's row is locked so two clicks cannot both start one.
    await tx.select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.id, viewer.userId)).for("update");
    const [preparing] = await tx
      .select({ id: schema.dataExport.id })
      .from(schema.dataExport)
      .where(
        and(
          eq(schema.dataExport.userId, viewer.userId),
          isNull(schema.dataExport.readyAt),
          gt(schema.dataExport.requestedAt, new Date(now.getTime() - PREPARING_MINUTES * 60_000)),
        ),
      );
    if (preparing) throw new AppError("conflict", { key: "privacy.errors.exportPending" });
    const [asked] = await tx
      .insert(schema.dataExport)
      .values({ userId: viewer.userId, requestedAt: now, expiresAt: dataExportExpiry(now) })
      .returning({ id: schema.dataExport.id });
    await enqueue(tx, prepareDataExportJob, { exportId: asked!.id });
    await recordAudit(tx, actor, {
      action: "privacy.export_requested",
      targetType: "user",
      targetId: viewer.userId,
      summary: { exportId: asked!.id },
    });
    return { id: asked!.id };
  });
}

export type MyDataExport = {
  id: string;
  requestedAt: Date;
  readyAt: Date | null;
  expiresAt: Date;
  sizeBytes: number | null;
};

/** The person's archives not yet expired, newest first (never the archive itself). */
export async function listMyDataExports(
  services: Pick<Services, "db" | "now">,
  viewer: Viewer | null,
): Promise<MyDataExport[]> {
  const me = signedIn(viewer);
  return services.db
    .select({
      id: schema.dataExport.id,
      requestedAt: schema.dataExport.requestedAt,
      readyAt: schema.dataExport.readyAt,
      expiresAt: schema.dataExport.expiresAt,
      sizeBytes: schema.dataExport.sizeBytes,
    })
    .from(schema.dataExport)
    .where(and(eq(schema.dataExport.userId, me.userId), gt(schema.dataExport.expiresAt, services.now())))
    .orderBy(desc(schema.dataExport.requestedAt))
    .limit(5);
}
