// Admins keep the crisis and warmline table current: add, edit (including when it was last checked), remove. Audited.
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import type { Viewer } from "#core/access.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import {
  invalid,
  optionalText,
  parseInput,
  problem,
  requiredText,
  webAddress,
} from "#features/validation/parse-input.ts";
import {
  MAX_PHONE_LENGTH,
  MAX_RESOURCE_DESCRIPTION_LENGTH,
  MAX_RESOURCE_HOURS_LENGTH,
  MAX_RESOURCE_NAME_LENGTH,
} from "#core/limits.ts";

export type SupportResource = typeof schema.supportResource.$inferSelect;

/** Every field of every resource, both languages, in the hub's order: the admin table, and the public page's reader. */
export async function listSupportResourcesForAdmin(db: Executor): Promise<SupportResource[]> {
  const table = schema.supportResource;
  return db.select().from(table).orderBy(asc(table.sortOrder), asc(table.name));
}

const phoneNumber = (wrong: Parameters<typeof problem>[0]) =>
  optionalText(MAX_PHONE_LENGTH, wrong).refine(
    (value) => value === null || (/\d/.test(value) && /^[\d\s()+.-]+$/.test(value)),
    wrong,
  );

const resourceInput = z.object({
  name: requiredText(
    MAX_RESOURCE_NAME_LENGTH,
    problem("admin.resources.errors.nameMissing"),
    problem("admin.resources.errors.nameTooLong"),
  ),
  descriptionEn: requiredText(
    MAX_RESOURCE_DESCRIPTION_LENGTH,
    problem("admin.resources.errors.descriptionMissing"),
    problem("admin.resources.errors.descriptionTooLong"),
  ),
  descriptionEs: requiredText(
    MAX_RESOURCE_DESCRIPTION_LENGTH,
    problem("admin.resources.errors.descriptionMissing"),
    problem("admin.resources.errors.descriptionTooLong"),
  ),
  phone: phoneNumber(problem("admin.resources.errors.phone")),
  sms: phoneNumber(problem("admin.resources.errors.sms")),
  url: webAddress({ httpsOnly: false, wrong: problem("admin.resources.errors.url") }),
  hours: optionalText(MAX_RESOURCE_HOURS_LENGTH, problem("admin.resources.errors.hoursTooLong")),
  peerRun: z.boolean(),
  sortOrder: z.coerce
    .number(problem("admin.resources.errors.sortOrder"))
    .int(problem("admin.resources.errors.sortOrder"))
    .min(-1000, problem("admin.resources.errors.sortOrder"))
    .max(1000, problem("admin.resources.errors.sortOrder")),
  lastVerifiedOn: z.iso.date(problem("admin.resources.errors.lastVerifiedOn")),
});

export type SupportResourceInput = z.input<typeof resourceInput>;

function check(input: SupportResourceInput, now: Date) {
  const resource = parseInput(resourceInput, input);
  if (!resource.phone && !resource.sms && !resource.url)
    throw invalid([{ path: "phone", message: problem("admin.resources.errors.noWayToReach") }]);
  // "Checked tomorrow" cannot be true; a day of slack covers time zones west and east of UTC.
  const latest = new Date(now.getTime() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  if (resource.lastVerifiedOn > latest)
    throw invalid([{ path: "lastVerifiedOn", message: problem("admin.resources.errors.lastVerifiedFuture") }]);
  return resource;
}

export async function addSupportResource(
  db: Executor,
  input: { viewer: Viewer | null; now: Date; resource: SupportResourceInput },
  actor: AuditActor,
): Promise<{ id: string }> {
  requireAdmin(input.viewer);
  const resource = check(input.resource, input.now);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(schema.supportResource)
      .values({ ...resource, createdAt: input.now, updatedAt: input.now })
      .returning({ id: schema.supportResource.id });
    await recordAudit(tx, actor, {
      action: "support_resource.create",
      targetType: "support_resource",
      targetId: row!.id,
      summary: { name: resource.name },
    });
    return row!;
  });
}

export async function updateSupportResource(
  db: Executor,
  input: { viewer: Viewer | null; now: Date; id: string; resource: SupportResourceInput },
  actor: AuditActor,
): Promise<{ changed: string[] }> {
  requireAdmin(input.viewer);
  const resource = check(input.resource, input.now);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(schema.supportResource)
      .where(eq(schema.supportResource.id, input.id))
      .for("update");
    if (!current) throw new AppError("not_found", { detail: "No such resource" });
    const changed = (Object.keys(resource) as Array<keyof typeof resource>).filter(
      (field) => current[field] !== resource[field],
    );
    if (changed.length === 0) return { changed };
    await tx
      .update(schema.supportResource)
      .set({ ...resource, updatedAt: input.now })
      .where(eq(schema.supportResource.id, input.id));
    await recordAudit(tx, actor, {
      action: "support_resource.update",
      targetType: "support_resource",
      targetId: input.id,
      summary: { name: resource.name, changed },
    });
    return { changed };
  });
}

export async function removeSupportResource(
  db: Executor,
  input: { viewer: Viewer | null; id: string },
  actor: AuditActor,
): Promise<{ name: string }> {
  requireAdmin(input.viewer);
  return db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(schema.supportResource)
      .where(eq(schema.supportResource.id, input.id))
      .returning();
    if (!removed) throw new AppError("not_found", { detail: "No such resource" });
    // The whole row goes into the log, so a removal by mistake can be typed back in.
    const { createdAt: _created, updatedAt: _updated, ...kept } = removed;
    await recordAudit(tx, actor, {
      action: "support_resource.remove",
      targetType: "support_resource",
      targetId: input.id,
      summary: kept,
    });
    return { name: removed.name };
  });
}
