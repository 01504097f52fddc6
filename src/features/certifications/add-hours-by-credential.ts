// CE hours from another IPS hub's digital credential, added to the person's ledger: when the credential verifies, comes
// from a hub this hub trusts, stands for a training matched to one of this hub's courses and names the person, the hours
// count at once, checked, marked as from that hub; otherwise they wait in the admin's outside-hours queue with the
// verifier's report and the reason. One credential counts once per person (decision 0037).
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import type { CategoryMinutes } from "#core/certification.ts";
import { ceHoursFromCredential, credentialKey } from "#core/ce-from-credential.ts";
import type { CrossHubQueueReason } from "#core/cross-hub-prerequisite.ts";
import { MAX_CERTIFICATION_TEXT_LENGTH } from "#core/limits.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import { MAX_CREDENTIAL_BYTES } from "#features/credentials/verify-any-credential.ts";
import { judgeShownCredential, readShownCredential } from "#features/trust/judge-shown-credential.ts";

export const hoursByCredentialInput = z.object({
  /** The credential as pasted or read from the uploaded file: JSON with an embedded proof, or a VC-JWT. */
  credential: z
    .string()
    .trim()
    .min(1, problem("trust.errors.credentialMissing"))
    .max(MAX_CREDENTIAL_BYTES, problem("trust.errors.credentialTooLarge")),
  /** Open Badges credentials do not say where a training took place: the person says, as for any outside hours. */
  inPerson: z.boolean().default(false),
});

export type HoursByCredential = {
  id: string;
  status: "accepted" | "queued";
  /** Why it waits for the hub team; null when it counted by itself. */
  reason: CrossHubQueueReason | null;
  title: string;
  /** The trusted hub's name (or the credential's own issuer name): the ledger says "from" it. */
  provider: string;
  completedOn: string;
  minutes: number;
  categories: CategoryMinutes[];
};

export async function addHoursByCredential(
  services: Pick<Services, "db" | "config" | "now">,
  request: z.input<typeof hoursByCredentialInput> & { viewer: Viewer | null },
  actor: AuditActor,
): Promise<HoursByCredential> {
  if (!request.viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  const viewer = request.viewer;
  const input = parseInput(hoursByCredentialInput, request);
  // Verified before the transaction: it may wait on the issuer's key server, and holds no lock meanwhile.
  const shown = await readShownCredential(services, input.credential);
  const { document, claims, issuerId, verification } = shown;
  if (!claims) throw invalid([{ path: "credential", message: problem("certifications.credential.errors.unreadable") }]);
  const key = credentialKey(claims, input.credential);

  return services.db.transaction(async (tx) => {
    const [already] = await tx
      .select({ id: schema.outsideHours.id })
      .from(schema.outsideHours)
      .where(and(eq(schema.outsideHours.userId, viewer.userId), eq(schema.outsideHours.credentialKey, key)));
    if (already) throw new AppError("conflict", { key: "certifications.credential.errors.already" });

    const judgement = await judgeShownCredential(tx, shown, viewer.email);
    // An unmatched training from a trusted hub does not count by itself either: the match is this hub's word that the
    // training counts here, and the matched course is where the CE categories come from.
    const decision = judgement.decide(judgement.mappedCourseIds.length > 0);
    const accepted = decision.outcome === "accept";
    const reason = decision.outcome === "queue" ? decision.reason : null;
    const [course] = judgement.mappedCourseIds.length
      ? await tx
          .select({
            titleEn: schema.course.titleEn,
            contactMinutes: schema.course.contactMinutes,
            ceCategories: schema.course.ceCategories,
          })
          .from(schema.course)
          .where(eq(schema.course.id, judgement.mappedCourseIds[0]!))
      : [];
    const { minutes, categories } = ceHoursFromCredential(claims, course ?? null);
    if (minutes <= 0)
      throw invalid([{ path: "credential", message: problem("certifications.credential.errors.noHours") }]);
    const now = services.now();
    const title = (claims.achievement.name ?? course?.titleEn ?? "?").slice(0, MAX_CERTIFICATION_TEXT_LENGTH);
    const provider = (judgement.issuerName || "?").slice(0, MAX_CERTIFICATION_TEXT_LENGTH);
    const completedOn = claims.completedOn ?? now.toISOString().slice(0, 10);
    const [created] = await tx
      .insert(schema.outsideHours)
      .values({
        userId: viewer.userId,
        title,
        provider,
        completedOn,
        minutes,
        categories,
        inPerson: input.inPerson,
        // Checked by its credential: no admin decided it (verifiedBy stays empty), the audit row says which hub.
        verifiedAt: accepted ? now : null,
        credential: document,
        credentialKey: key,
        verification,
        queueReason: reason,
        trustedIssuerId: judgement.trusted?.id ?? null,
      })
      // The same credential sent twice at once: both pass the check above, the unique key lets one in.
      .onConflictDoNothing()
      .returning({ id: schema.outsideHours.id });
    if (!created) throw new AppError("conflict", { key: "certifications.credential.errors.already" });
    await recordAudit(tx, actor, {
      action: accepted ? "outside_hours.accept_by_credential" : "outside_hours.add",
      targetType: "outside_hours",
      targetId: created.id,
      summary: accepted
        ? { minutes, acceptedBy: `credential from ${provider}`, issuerId }
        : { minutes, byCredential: true, issuerId, reason },
    });
    return {
      id: created.id,
      status: accepted ? "accepted" : "queued",
      reason,
      title,
      provider,
      completedOn,
      minutes,
      categories,
    };
  });
}
