// Prerequisites done elsewhere: a person declares one with evidence; an admin approves or declines it.
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "#db/client.ts";
import { isHubAdmin, type Viewer } from "#core/access.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { parseInput, problem } from "#features/validation/parse-input.ts";
import { MAX_OUTSIDE_EVIDENCE_LENGTH, MAX_OUTSIDE_PROVIDER_LENGTH } from "#core/limits.ts";

export const outsideCompletionInput = z.object({
  courseId: z.string().min(1, problem("registration.errors.targetSession")),
  provider: z
    .string()
    .trim()
    .min(1, problem("registration.errors.providerMissing"))
    .max(MAX_OUTSIDE_PROVIDER_LENGTH, problem("registration.errors.providerMissing")),
  completedOn: z.iso.date(problem("registration.errors.completedOn")),
  evidence: z
    .string()
    .trim()
    .min(1, problem("registration.errors.evidenceMissing"))
    .max(MAX_OUTSIDE_EVIDENCE_LENGTH, problem("registration.errors.evidenceMissing")),
});

export async function declareOutsideCompletion(
  services: Pick<Services, "db" | "now">,
  request: z.input<typeof outsideCompletionInput> & { viewer: Viewer | null },
  actor: AuditActor,
): Promise<{ id: string }> {
  if (!request.viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  const input = parseInput(outsideCompletionInput, request);
  return services.db.transaction(async (tx) => {
    const [course] = await tx
      .select({ id: schema.course.id })
      .from(schema.course)
      .where(eq(schema.course.id, input.courseId));
    if (!course) throw new AppError("not_found", { detail: "No such course" });
    const [created] = await tx
      .insert(schema.outsideCompletion)
      .values({
        userId: request.viewer!.userId,
        courseId: input.courseId,
        provider: input.provider,
        completedOn: input.completedOn,
        evidence: input.evidence,
      })
      .returning({ id: schema.outsideCompletion.id });
    await recordAudit(tx, actor, {
      action: "outside_completion.declare",
      targetType: "outside_completion",
      targetId: created!.id,
      summary: { courseId: input.courseId },
    });
    return { id: created!.id };
  });
}

export async function decideOutsideCompletion(
  services: Pick<Services, "db" | "now">,
  request: { viewer: Viewer | null; id: string; approve: boolean },
  actor: AuditActor,
): Promise<void> {
  if (!isHubAdmin(request.viewer)) throw new AppError("forbidden", { detail: "Only hub admins decide" });
  await services.db.transaction(async (tx) => {
    const changed = await tx
      .update(schema.outsideCompletion)
      .set({
        status: request.approve ? "approved" : "declined",
        decidedBy: request.viewer!.userId,
        decidedAt: services.now(),
      })
      .where(and(eq(schema.outsideCompletion.id, request.id), eq(schema.outsideCompletion.status, "pending")))
      .returning({ id: schema.outsideCompletion.id });
    if (changed.length === 0) throw new AppError("conflict", { key: "registration.errors.notAllowed" });
    await recordAudit(tx, actor, {
      action: request.approve ? "outside_completion.approve" : "outside_completion.decline",
      targetType: "outside_completion",
      targetId: request.id,
    });
  });
}

/** Declared completions waiting for a decision (admins), oldest first, with the person and the course. */
export async function listPendingOutsideCompletions(db: Executor) {
  return db
    .select({
      id: schema.outsideCompletion.id,
      provider: schema.outsideCompletion.provider,
      completedOn: schema.outsideCompletion.completedOn,
      evidence: schema.outsideCompletion.evidence,
      createdAt: schema.outsideCompletion.createdAt,
      verification: schema.outsideCompletion.verification,
      queueReason: schema.outsideCompletion.queueReason,
      credentialIssuerName: schema.trustedIssuer.name,
      personName: schema.user.name,
      personEmail: schema.user.email,
      courseTitleEn: schema.course.titleEn,
      courseTitleEs: schema.course.titleEs,
    })
    .from(schema.outsideCompletion)
    .innerJoin(schema.user, eq(schema.user.id, schema.outsideCompletion.userId))
    .innerJoin(schema.course, eq(schema.course.id, schema.outsideCompletion.courseId))
    .leftJoin(schema.trustedIssuer, eq(schema.trustedIssuer.id, schema.outsideCompletion.trustedIssuerId))
    .where(eq(schema.outsideCompletion.status, "pending"))
    .orderBy(schema.outsideCompletion.createdAt);
}

/** A person's own declarations, newest first. */
export async function listMyOutsideCompletions(db: Executor, userId: string) {
  return db
    .select({
      id: schema.outsideCompletion.id,
      courseId: schema.outsideCompletion.courseId,
      provider: schema.outsideCompletion.provider,
      completedOn: schema.outsideCompletion.completedOn,
      status: schema.outsideCompletion.status,
      queueReason: schema.outsideCompletion.queueReason,
      decidedBy: schema.outsideCompletion.decidedBy,
      courseTitleEn: schema.course.titleEn,
      courseTitleEs: schema.course.titleEs,
    })
    .from(schema.outsideCompletion)
    .innerJoin(schema.course, eq(schema.course.id, schema.outsideCompletion.courseId))
    .where(eq(schema.outsideCompletion.userId, userId))
    .orderBy(desc(schema.outsideCompletion.createdAt));
}
