// The issuers this hub trusts: an admin adds one (its issuer id and where its keys live), renames it, moves its key
// location, or stops trusting it for new declarations; and lists them with what each of their achievements counts as.
import { asc, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { originOf } from "#core/cross-hub-prerequisite.ts";
import { MAX_TRUSTED_ISSUER_NAME_LENGTH, MAX_WEB_ADDRESS_LENGTH } from "#core/limits.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { parseInput, problem, requiredText } from "#features/validation/parse-input.ts";

/** An http(s) address; issuers are identified by theirs (a hub's issuer id is its address). */
const issuerAddress = z
  .string()
  .trim()
  .max(MAX_WEB_ADDRESS_LENGTH, problem("trust.errors.issuerId"))
  .refine((value) => originOf(value) !== null, problem("trust.errors.issuerId"));

export const trustedIssuerInput = z.object({
  issuerId: issuerAddress,
  name: requiredText(MAX_TRUSTED_ISSUER_NAME_LENGTH, problem("trust.errors.name"), problem("trust.errors.name")),
  /** Where its keys may be fetched from; empty means the issuer id's own origin. */
  keyOrigin: z
    .string()
    .trim()
    .max(MAX_WEB_ADDRESS_LENGTH, problem("trust.errors.keyOrigin"))
    .refine((value) => value === "" || originOf(value) !== null, problem("trust.errors.keyOrigin")),
});

export const trustedIssuerUpdate = trustedIssuerInput.omit({ issuerId: true }).extend({ id: z.string().min(1) });

export async function addTrustedIssuer(
  services: Pick<Services, "db">,
  request: z.input<typeof trustedIssuerInput> & { viewer: Viewer | null },
  actor: AuditActor,
): Promise<{ id: string }> {
  requireAdmin(request.viewer);
  const input = parseInput(trustedIssuerInput, request);
  const viewer = request.viewer;
  return services.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(schema.trustedIssuer)
      .values({
        issuerId: input.issuerId,
        name: input.name,
        keyOrigin: originOf(input.keyOrigin || input.issuerId)!,
        addedBy: viewer.userId,
      })
      .onConflictDoNothing()
      .returning({ id: schema.trustedIssuer.id, keyOrigin: schema.trustedIssuer.keyOrigin });
    if (!created) throw new AppError("conflict", { key: "trust.errors.duplicate" });
    await recordAudit(tx, actor, {
      action: "trusted_issuer.add",
      targetType: "trusted_issuer",
      targetId: created.id,
      summary: { issuerId: input.issuerId, keyOrigin: created.keyOrigin },
    });
    return { id: created.id };
  });
}

export async function updateTrustedIssuer(
  services: Pick<Services, "db" | "now">,
  request: z.input<typeof trustedIssuerUpdate> & { viewer: Viewer | null },
  actor: AuditActor,
): Promise<void> {
  requireAdmin(request.viewer);
  const input = parseInput(trustedIssuerUpdate, request);
  await services.db.transaction(async (tx) => {
    const [current] = await tx
      .select({ issuerId: schema.trustedIssuer.issuerId })
      .from(schema.trustedIssuer)
      .where(eq(schema.trustedIssuer.id, input.id));
    if (!current) throw new AppError("not_found", { detail: "No such trusted issuer" });
    const keyOrigin = originOf(input.keyOrigin || current.issuerId)!;
    await tx
      .update(schema.trustedIssuer)
      .set({ name: input.name, keyOrigin, updatedAt: services.now() })
      .where(eq(schema.trustedIssuer.id, input.id));
    await recordAudit(tx, actor, {
      action: "trusted_issuer.update",
      targetType: "trusted_issuer",
      targetId: input.id,
      summary: { name: input.name, keyOrigin },
    });
  });
}

/** Stop (or start again) trusting an issuer; declarations already accepted stay accepted. */
export async function setTrustedIssuerActive(
  services: Pick<Services, "db" | "now">,
  request: { viewer: Viewer | null; id: string; active: boolean },
  actor: AuditActor,
): Promise<void> {
  requireAdmin(request.viewer);
  await services.db.transaction(async (tx) => {
    const changed = await tx
      .update(schema.trustedIssuer)
      .set({ active: request.active, updatedAt: services.now() })
      .where(eq(schema.trustedIssuer.id, request.id))
      .returning({ id: schema.trustedIssuer.id });
    if (changed.length === 0) throw new AppError("not_found", { detail: "No such trusted issuer" });
    await recordAudit(tx, actor, {
      action: request.active ? "trusted_issuer.activate" : "trusted_issuer.deactivate",
      targetType: "trusted_issuer",
      targetId: request.id,
    });
  });
}

export type TrustedIssuerListing = Awaited<ReturnType<typeof listTrustedIssuers>>[number];

/** Every trusted issuer, active ones first, each with its mappings and the courses they count as (two queries). */
export async function listTrustedIssuers(db: Executor, viewer: Viewer | null) {
  requireAdmin(viewer);
  const issuers = await db
    .select({
      id: schema.trustedIssuer.id,
      issuerId: schema.trustedIssuer.issuerId,
      name: schema.trustedIssuer.name,
      keyOrigin: schema.trustedIssuer.keyOrigin,
      active: schema.trustedIssuer.active,
      createdAt: schema.trustedIssuer.createdAt,
      addedByName: schema.user.name,
    })
    .from(schema.trustedIssuer)
    .leftJoin(schema.user, eq(schema.user.id, schema.trustedIssuer.addedBy))
    .orderBy(desc(schema.trustedIssuer.active), asc(schema.trustedIssuer.name));
  const mappings =
    issuers.length === 0
      ? []
      : await db
          .select({
            id: schema.trustedAchievementMapping.id,
            trustedIssuerId: schema.trustedAchievementMapping.trustedIssuerId,
            achievementId: schema.trustedAchievementMapping.achievementId,
            achievementName: schema.trustedAchievementMapping.achievementName,
            courseId: schema.course.id,
            courseTitleEn: schema.course.titleEn,
            courseTitleEs: schema.course.titleEs,
          })
          .from(schema.trustedAchievementMapping)
          .innerJoin(schema.course, eq(schema.course.id, schema.trustedAchievementMapping.courseId))
          .where(
            inArray(
              schema.trustedAchievementMapping.trustedIssuerId,
              issuers.map((issuer) => issuer.id),
            ),
          )
          .orderBy(asc(schema.course.titleEn), asc(schema.trustedAchievementMapping.createdAt));
  return issuers.map((issuer) => ({ ...issuer, mappings: mappings.filter((m) => m.trustedIssuerId === issuer.id) }));
}
