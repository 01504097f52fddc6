// Who sees each block of the public impact page (public, staff only, hidden): read it, change it (admins, audited), and
// the stamp a kept copy of the page is checked against, so a change shows at once.
import { sql } from "drizzle-orm";
import { z } from "zod";
import { queryRows, schema, type Executor } from "#db/client.ts";
import { isHubAdmin, type Viewer } from "#core/access.ts";
import { blockVisibilities, impactBlocks, visibilityFromStored, type BlockVisibilityMap } from "#core/impact-blocks.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { parseInput } from "#features/validation/parse-input.ts";

export const blockVisibilityInput = z.object(
  Object.fromEntries(impactBlocks.map((block) => [block, z.enum(blockVisibilities)])) as Record<
    (typeof impactBlocks)[number],
    z.ZodEnum<{ public: "public"; staff: "staff"; hidden: "hidden" }>
  >,
);

export async function readImpactBlockVisibility(db: Executor): Promise<BlockVisibilityMap> {
  const [row] = await db.select({ blockVisibility: schema.impactSettings.blockVisibility }).from(schema.impactSettings);
  return visibilityFromStored(row?.blockVisibility);
}

/** Marks that what the public impact page shows has changed (a testimonial or a block's visibility), in the caller's transaction. */
export async function touchImpactPage(db: Executor, now: Date): Promise<void> {
  await db.execute(sql`
    INSERT INTO impact_settings (id, updated_at) VALUES (1, ${now.toISOString()}::timestamptz)
    ON CONFLICT (id) DO UPDATE
      -- Always moves on, even for two changes in the same millisecond, so the stamp differs after every change.
      SET updated_at = greatest(excluded.updated_at, impact_settings.updated_at + interval '1 millisecond')
  `);
}

/** When what the public impact page shows last changed: its kept copies are shown only while this is unchanged. */
export async function impactPageStamp(db: Executor): Promise<string> {
  const [row] = await queryRows<{ updated_at: Date | string }>(
    db,
    sql`SELECT updated_at FROM impact_settings WHERE id = 1`,
  );
  return row ? new Date(row.updated_at).toISOString() : "never";
}

export async function setImpactBlockVisibility(
  db: Executor,
  request: { viewer: Viewer | null; input: unknown; now: Date },
  actor: AuditActor,
): Promise<BlockVisibilityMap> {
  if (!isHubAdmin(request.viewer)) throw new AppError("forbidden", { key: "impact.blocks.forbidden" });
  const visibility = parseInput(blockVisibilityInput, request.input) as BlockVisibilityMap;
  await db.transaction(async (tx) => {
    const before = await readImpactBlockVisibility(tx);
    await tx
      .insert(schema.impactSettings)
      .values({ id: 1, blockVisibility: visibility, updatedAt: request.now })
      .onConflictDoUpdate({ target: schema.impactSettings.id, set: { blockVisibility: visibility } });
    await touchImpactPage(tx, request.now);
    const changed = Object.fromEntries(
      impactBlocks.filter((block) => before[block] !== visibility[block]).map((block) => [block, visibility[block]]),
    );
    await recordAudit(tx, actor, {
      action: "impact.blocks",
      targetType: "impact_settings",
      targetId: "1",
      summary: changed,
    });
  });
  return visibility;
}
