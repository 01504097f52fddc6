// Which of a trusted issuer's achievements count as which of this hub's courses: an admin adds a mapping (by the
// achievement's id, or by its name when the issuer gives no stable id) or removes one.
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { MAX_ACHIEVEMENT_ID_LENGTH, MAX_TRUSTED_ISSUER_NAME_LENGTH } from "#core/limits.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { invalid, optionalText, parseInput, problem } from "#features/validation/parse-input.ts";

export const achievementMappingInput = z.object({
  trustedIssuerId: z.string().min(1),
  achievementId: optionalText(MAX_ACHIEVEMENT_ID_LENGTH, problem("trust.errors.achievementId")),
  achievementName: optionalText(MAX_TRUSTED_ISSUER_NAME_LENGTH, problem("trust.errors.achievementName")),
  courseId: z.string().min(1, problem("trust.errors.course")),
});

export async function addAchievementMapping(
  services: Pick<Services, "db">,
  request: z.input<typeof achievementMappingInput> & { viewer: Viewer | null },
  actor: AuditActor,
): Promise<{ id: string }> {
  requireAdmin(request.viewer);
  const input = parseInput(achievementMappingInput, request);
  if (!input.achievementId && !input.achievementName)
    throw invalid([{ path: "achievementId", message: problem("trust.errors.achievementMissing") }]);
  const viewer = request.viewer;
  return services.db.transaction(async (tx) => {
    const [issuer] = await tx
      .select({ id: schema.trustedIssuer.id })
      .from(schema.trustedIssuer)
      .where(eq(schema.trustedIssuer.id, input.trustedIssuerId));
    if (!issuer) throw new AppError("not_found", { detail: "No such trusted issuer" });
    const [course] = await tx
      .select({ id: schema.course.id })
      .from(schema.course)
      .where(eq(schema.course.id, input.courseId));
    if (!course) throw invalid([{ path: "courseId", message: problem("trust.errors.course") }]);
    const [created] = await tx
      .insert(schema.trustedAchievementMapping)
      .values({
        trustedIssuerId: issuer.id,
        achievementId: input.achievementId,
        achievementName: input.achievementName,
        courseId: course.id,
        addedBy: viewer.userId,
      })
      .returning({ id: schema.trustedAchievementMapping.id });
    await recordAudit(tx, actor, {
      action: "trusted_issuer.map",
      targetType: "trusted_issuer",
      targetId: issuer.id,
      summary: {
        mappingId: created!.id,
        achievementId: input.achievementId,
        achievementName: input.achievementName,
        courseId: course.id,
      },
    });
    return { id: created!.id };
  });
}

export async function removeAchievementMapping(
  services: Pick<Services, "db">,
  request: { viewer: Viewer | null; trustedIssuerId: string; id: string },
  actor: AuditActor,
): Promise<void> {
  requireAdmin(request.viewer);
  await services.db.transaction(async (tx) => {
    const removed = await tx
      .delete(schema.trustedAchievementMapping)
      .where(
        and(
          eq(schema.trustedAchievementMapping.id, request.id),
          eq(schema.trustedAchievementMapping.trustedIssuerId, request.trustedIssuerId),
        ),
      )
      .returning({ courseId: schema.trustedAchievementMapping.courseId });
    if (removed.length === 0) throw new AppError("not_found", { detail: "No such mapping" });
    await recordAudit(tx, actor, {
      action: "trusted_issuer.unmap",
      targetType: "trusted_issuer",
      targetId: request.trustedIssuerId,
      summary: { mappingId: request.id, courseId: removed[0]!.courseId },
    });
  });
}
