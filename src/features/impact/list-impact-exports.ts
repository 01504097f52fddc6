// The scheduled exports for the admin page: what each sends, to whom, when next, and its last mailing.
import { desc } from "drizzle-orm";
import type { Viewer } from "#core/access.ts";
import { nextSendDay, type DashboardCsvKind, type ExportCadence } from "#core/impact-exports.ts";
import { schema, type Executor } from "#db/client.ts";
import { requireAdmin } from "#features/access/require-admin.ts";

export type ImpactExportRow = {
  id: string;
  kinds: DashboardCsvKind[];
  filter: Record<string, string>;
  cadence: ExportCadence;
  weekday: number | null;
  monthDay: number | null;
  recipients: string[];
  language: "en" | "es";
  paused: boolean;
  createdAt: Date;
  /** The next send day (YYYY-MM-DD), or null while paused. */
  nextSendDay: string | null;
  lastMailing: { sendDay: string; from: string; to: string } | null;
};

export async function listImpactExports(
  db: Executor,
  request: { viewer: Viewer | null; now: Date },
): Promise<ImpactExportRow[]> {
  requireAdmin(request.viewer);
  const e = schema.impactExport;
  const m = schema.impactExportMailing;
  const [rows, mailings] = await Promise.all([
    db.select().from(e).orderBy(desc(e.createdAt), desc(e.id)),
    // The latest mailing of each export, in one query.
    db
      .selectDistinctOn([m.exportId], { exportId: m.exportId, sendDay: m.sendDay, from: m.periodFrom, to: m.periodTo })
      .from(m)
      .orderBy(m.exportId, desc(m.sendDay)),
  ]);
  const last = new Map(mailings.map(({ exportId, ...mailing }) => [exportId, mailing]));
  return rows.map((row) => ({
    id: row.id,
    kinds: row.kinds as DashboardCsvKind[],
    filter: row.filter,
    cadence: row.cadence,
    weekday: row.weekday,
    monthDay: row.monthDay,
    recipients: row.recipients,
    language: row.language,
    paused: row.pausedAt !== null,
    createdAt: row.createdAt,
    nextSendDay: row.pausedAt ? null : nextSendDay(row, request.now),
    lastMailing: last.get(row.id) ?? null,
  }));
}
