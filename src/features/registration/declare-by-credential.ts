// A prerequisite done at another IPS hub, declared with that hub's digital credential instead of written evidence: when
// the credential verifies, comes from an issuer this hub trusts, stands for the course asked for and names the person,
// it counts at once; otherwise it waits for an admin with the verifier's report and the reason.
import { and, eq } from "drizzle-orm";
import { decodeJwt } from "jose";
import { z } from "zod";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import {
  crossHubClaims,
  decideCrossHubPrerequisite,
  mappingMatches,
  matchIdentity,
  type CrossHubQueueReason,
  type CrossHubVerification,
} from "#core/cross-hub-prerequisite.ts";
import { MAX_OUTSIDE_PROVIDER_LENGTH } from "#core/limits.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { parseInput, problem } from "#features/validation/parse-input.ts";
import { MAX_CREDENTIAL_BYTES, verifyAnyCredential } from "#features/credentials/verify-any-credential.ts";

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
  const { credential: verifiedDocument, ...report } = await verifyAnyCredential(services, {
    credential: input.credential,
  });
  const document = storable(verifiedDocument ?? readUnverified(input.credential));
  const claims = document ? crossHubClaims(document) : null;
  const issuerId = report.issuer?.id ?? (document ? issuerIdOf(document) : null);
  const verification: CrossHubVerification = report;

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
    const [trusted] = issuerId
      ? await tx
          .select({
            id: schema.trustedIssuer.id,
            name: schema.trustedIssuer.name,
            active: schema.trustedIssuer.active,
            keyOrigin: schema.trustedIssuer.keyOrigin,
          })
          .from(schema.trustedIssuer)
          .where(eq(schema.trustedIssuer.issuerId, issuerId))
      : [];
    const mappings = trusted
      ? await tx
          .select({
            achievementId: schema.trustedAchievementMapping.achievementId,
            achievementName: schema.trustedAchievementMapping.achievementName,
          })
          .from(schema.trustedAchievementMapping)
          .where(
            and(
              eq(schema.trustedAchievementMapping.trustedIssuerId, trusted.id),
              eq(schema.trustedAchievementMapping.courseId, course.id),
            ),
          )
      : [];
    const signature = report.checks.find((check) => check.name === "signature" && check.ok);
    const decision = decideCrossHubPrerequisite({
      verified: report.valid,
      signingKey: signature?.values.key ?? null,
      trustedIssuer: trusted ?? null,
      mapped: claims !== null && mappings.some((mapping) => mappingMatches(mapping, claims.achievement)),
      identity: claims ? matchIdentity(person.email, claims.identifiers) : "absent",
    });
    const accepted = decision.outcome === "accept";
    const reason = decision.outcome === "queue" ? decision.reason : null;
    const issuerName = trusted?.name ?? report.issuer?.name ?? issuerId ?? "";
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

/** What a credential that did not verify says it is, kept for the admin to read (never trusted for a decision). */
function readUnverified(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = text.startsWith("{") ? JSON.parse(text) : decodeJwt(text);
    if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
    const wrapped = (value as { vc?: unknown }).vc;
    return (typeof wrapped === "object" && wrapped !== null ? wrapped : value) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** PostgreSQL's jsonb cannot hold a NUL character; such a document is not kept (its report still is). */
function storable(document: Record<string, unknown> | null): Record<string, unknown> | null {
  return document && !JSON.stringify(document).includes("\\u0000") ? document : null;
}

function issuerIdOf(document: Record<string, unknown>): string | null {
  const issuer = document.issuer as { id?: unknown } | string | undefined;
  if (typeof issuer === "string") return issuer;
  return typeof issuer?.id === "string" ? issuer.id : null;
}
