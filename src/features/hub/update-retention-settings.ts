// Saves the retention periods an admin chose (decision 0040); each must be a whole number within its unit's bounds.
import { eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { parseRetentionForm, retentionBounds, retentionUnits, type RetentionPeriods } from "#core/retention.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { readHubSettings } from "./hub-settings.ts";

export async function updateRetentionSettings(
  db: Executor,
  input: { viewer: Viewer | null; now: Date; form: Record<string, string | undefined> },
  actor: AuditActor,
): Promise<RetentionPeriods> {
  requireAdmin(input.viewer);
  const parsed = parseRetentionForm(input.form);
  if (!parsed.ok) {
    throw new AppError(
      "invalid",
      { key: "admin.retention.errors.summary" },
      {
        fields: parsed.errors.map(({ category }) => ({
          path: category,
          message: `admin.retention.errors.${retentionUnits[category]}`,
          values: retentionBounds[retentionUnits[category]],
        })),
      },
    );
  }
  await db.transaction(async (tx) => {
    const current = await readHubSettings(tx);
    const updated = await tx
      .update(schema.hubSettings)
      .set({ retention: parsed.periods, updatedAt: input.now })
      .where(eq(schema.hubSettings.id, 1))
      .returning({ id: schema.hubSettings.id });
    if (updated.length === 0) {
      await tx.insert(schema.hubSettings).values({ name: current.name, retention: parsed.periods });
    }
    await recordAudit(tx, actor, {
      action: "hub.retention_updated",
      targetType: "hub",
      summary: { periods: parsed.periods },
    });
  });
  return parsed.periods;
}
