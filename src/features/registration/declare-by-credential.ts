// A prerequisite done at another IPS hub, declared with that hub's digital credential instead of written evidence: when
// the credential verifies, comes from an issuer this hub trusts, stands for the course asked for and names the person,
// it counts at once; otherwise it waits for an admin with the verifier's report and the reason.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import type { CrossHubQueueReason } from "#core/cross-hub-prerequisite.ts";
import { MAX_OUTSIDE_PROVIDER_LENGTH } from "#core/limits.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { parseInput, problem } from "#features/validation/parse-input.ts";
import { MAX_CREDENTIAL_BYTES } from "#features/credentials/verify-any-credential.ts";
import { judgeShownCredential, readShownCredential } from "#features/trust/judge-shown-credential.ts";

export const credentialDeclarationInput = z.object({
  courseId: z.string().min(1, problem("registration.errors.targetSession")),
  /** The credential as pasted or read from the uploaded file: JSON with an embedded proof, or a VC-JWT. */
  credential: z
    .string()
    .trim()
    .min(1, problem("trust.errors.credentialMissing"))
    .max(MAX_CREDENTIAL_BYTES, problem("trust.errors.credentialTooLarge")),
});

export type CredentialDeclaration = {
  id: string;
  status: "approved" | "pending";
  /** Why it waits for an admin; null when it was accepted. */
  reason: CrossHubQueueReason | null;
};

export async function declareOutsideCompletionByCredential(
  services: Pick<Services, "db" | "config" | "now">,
  request: z.input<typeof credentialDeclarationInput> & { viewer: Viewer | null },
  actor: AuditActor,
): Promise<CredentialDeclaration> {
  if (!request.viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  const viewer = request.viewer;
  const input = parseInput(credentialDeclarationInput, request);
  // Verified before the transaction: it may wait on the issuer's key server, and holds no lock meanwhile.
  const shown = await readShownCredential(services, input.credential);
  const { document, claims, issuerId, verification } = shown;

  return services.db.transaction(async (tx) => {
    const [course] = await tx
      .select({ id: schema.course.id })
      .from(schema.course)
      .where(eq(schema.course.id, input.courseId));
    if (!course) throw new AppError("not_found", { detail: "No such course" });
    const [person] = await tx
      .select({ email: schema.user.email })
      .from(schema.user)
      .where(eq(schema.user.id, viewer.userId));
    if (!person) throw new AppError("unauthorized", { detail: "Sign in first" });
    const judgement = await judgeShownCredential(tx, shown, person.email);
    const trusted = judgement.trusted;
    const decision = judgement.decide(judgement.mappedCourseIds.includes(course.id));
    const accepted = decision.outcome === "accept";
    const reason = decision.outcome === "queue" ? decision.reason : null;
    const issuerName = judgement.issuerName;
    const now = services.now();
    const [created] = await tx
      .insert(schema.outsideCompletion)
      .values({
        userId: viewer.userId,
        courseId: course.id,
        provider: (issuerName || "?").slice(0, MAX_OUTSIDE_PROVIDER_LENGTH),
        completedOn: claims?.completedOn ?? now.toISOString().slice(0, 10),
        evidence: [claims?.achievement.name, issuerId].filter(Boolean).join(" · "),
        status: accepted ? "approved" : "pending",
        decidedAt: accepted ? now : null,
        credential: document,
        verification,
        queueReason: reason,
        trustedIssuerId: trusted?.id ?? null,
      })
      .returning({ id: schema.outsideCompletion.id });
    await recordAudit(tx, actor, {
      action: accepted ? "outside_completion.accept_by_credential" : "outside_completion.declare",
      targetType: "outside_completion",
      targetId: created!.id,
      summary: accepted
        ? { courseId: course.id, acceptedBy: `credential from ${issuerName}`, issuerId }
        : { courseId: course.id, byCredential: true, issuerId, reason },
    });
    return { id: created!.id, status: accepted ? "approved" : "pending", reason };
  });
}
