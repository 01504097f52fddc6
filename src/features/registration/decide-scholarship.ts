// An admin awards a scholarship (in full or in part) or declines it, with a message the person receives.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema } from "#db/client.ts";
import { isHubAdmin, type Viewer } from "#core/access.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import { notify } from "./notices.ts";
import { MAX_DECISION_MESSAGE_LENGTH, MAX_PRICE_CENTS } from "#core/limits.ts";

export const scholarshipDecisionInput = z.object({
  decision: z.enum(["awarded_full", "awarded_partial", "declined"], problem("registration.errors.notAllowed")),
  awardCents: z.number().int().min(1).max(MAX_PRICE_CENTS).nullish(),
  message: z.string().trim().max(MAX_DECISION_MESSAGE_LENGTH, problem("registration.errors.reasonTooLong")).nullish(),
});

export type ScholarshipDecision = z.input<typeof scholarshipDecisionInput> & {
  viewer: Viewer | null;
  scholarshipId: string;
};

export async function decideScholarship(
  services: Pick<Services, "db" | "now">,
  request: ScholarshipDecision,
  actor: AuditActor,
): Promise<void> {
  if (!isHubAdmin(request.viewer)) throw new AppError("forbidden", { detail: "Only hub admins decide scholarships" });
  const input = parseInput(scholarshipDecisionInput, request);
  const now = services.now();
  await services.db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        scholarship: schema.scholarshipRequest,
        amountCents: schema.registration.amountCents,
        registrationId: schema.registration.id,
      })
      .from(schema.scholarshipRequest)
      .innerJoin(schema.registration, eq(schema.registration.id, schema.scholarshipRequest.registrationId))
      .where(eq(schema.scholarshipRequest.id, request.scholarshipId))
      .for("update");
    if (!row) throw new AppError("not_found", { detail: "No such scholarship request" });
    if (row.scholarship.status !== "requested")
      throw new AppError("conflict", { key: "registration.errors.notAllowed" });
    let awardCents: number | null = null;
    if (input.decision === "awarded_full") awardCents = row.amountCents;
    if (input.decision === "awarded_partial") {
      if (!input.awardCents)
        throw invalid([{ path: "awardCents", message: problem("registration.errors.awardMissing") }]);
      if (input.awardCents > row.amountCents)
        throw invalid([{ path: "awardCents", message: problem("registration.errors.awardTooLarge") }]);
      awardCents = input.awardCents;
    }
    const message = input.message || null;
    await tx
      .update(schema.scholarshipRequest)
      .set({ status: input.decision, awardCents, message, decidedBy: request.viewer!.userId, decidedAt: now })
      .where(eq(schema.scholarshipRequest.id, row.scholarship.id));
    // The need statement never goes into the audit log: it is the person's own words about their situation.
    await recordAudit(tx, actor, {
      action: "scholarship.decide",
      targetType: "registration",
      targetId: row.registrationId,
      summary: { decision: input.decision, awardCents },
    });
    await notify(tx, [row.registrationId], "scholarship_decided", { message: message ?? undefined });
  });
}
