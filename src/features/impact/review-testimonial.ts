// Staff review a testimonial: approve it (it shows on the impact page in its language) or hide it. Admins only; audited.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "#db/client.ts";
import { isHubAdmin, type Viewer } from "#core/access.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { parseInput, problem } from "#features/validation/parse-input.ts";
import { touchImpactPage } from "./impact-block-visibility.ts";

export const reviewInput = z.object({
  testimonialId: z.string().trim().min(1).max(100),
  decision: z.enum(["approved", "hidden"], problem("impact.testimonials.errors.decision")),
});

export async function reviewTestimonial(
  db: Executor,
  request: { viewer: Viewer | null; input: unknown; now: Date },
  actor: AuditActor,
): Promise<void> {
  if (!isHubAdmin(request.viewer)) throw new AppError("forbidden", { key: "impact.testimonials.errors.forbidden" });
  const { testimonialId, decision } = parseInput(reviewInput, request.input);
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(schema.testimonial)
      .set({ status: decision, reviewedAt: request.now, reviewedBy: request.viewer!.userId })
      .where(eq(schema.testimonial.id, testimonialId))
      .returning({ id: schema.testimonial.id });
    if (updated.length === 0) throw new AppError("not_found", { key: "impact.testimonials.errors.notFound" });
    await recordAudit(tx, actor, {
      action: `testimonial.${decision === "approved" ? "approve" : "hide"}`,
      targetType: "testimonial",
      targetId: testimonialId,
    });
    await touchImpactPage(tx, request.now);
  });
}
