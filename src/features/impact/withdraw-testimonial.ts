// A person withdraws their testimonial: the row is deleted at once, and the public page's kept copies are let go.
import { and, eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { markConsentsWithdrawn } from "#features/privacy/consent-records.ts";
import { touchImpactPage } from "./impact-block-visibility.ts";

export async function withdrawTestimonial(
  db: Executor,
  request: { viewer: Viewer | null; testimonialId: string; now: Date },
  actor: AuditActor,
): Promise<void> {
  const viewer = request.viewer;
  if (!viewer) throw new AppError("unauthorized", { key: "impact.testimonials.errors.signIn" });
  await db.transaction(async (tx) => {
    // Only the writer withdraws, and another person's testimonial is "not found", never "forbidden".
    const removed = await tx
      .delete(schema.testimonial)
      .where(and(eq(schema.testimonial.id, request.testimonialId), eq(schema.testimonial.userId, viewer.userId)))
      .returning({ id: schema.testimonial.id, status: schema.testimonial.status });
    if (removed.length === 0) throw new AppError("not_found", { key: "impact.testimonials.errors.notFound" });
    await markConsentsWithdrawn(tx, {
      userId: viewer.userId,
      purpose: "testimonial",
      subjectIds: [request.testimonialId],
      at: request.now,
    });
    await recordAudit(tx, actor, {
      action: "testimonial.withdraw",
      targetType: "testimonial",
      targetId: request.testimonialId,
      summary: { wasStatus: removed[0]!.status },
    });
    await touchImpactPage(tx, request.now);
  });
}
