// A credential a person shows this hub (for a prerequisite, or for CE hours): verified, then weighed against the trusted
// list, the achievement mappings and the person's email by the one rule in core/cross-hub-prerequisite.ts (decision 0037).
import { eq } from "drizzle-orm";
import { decodeJwt } from "jose";
import { schema, type Executor } from "#db/client.ts";
import {
  crossHubClaims,
  decideCrossHubPrerequisite,
  mappingMatches,
  matchIdentity,
  type CrossHubClaims,
  type CrossHubDecision,
  type CrossHubVerification,
  type IdentityMatch,
} from "#core/cross-hub-prerequisite.ts";
import type { Services } from "#platform/services.ts";
import { verifyAnyCredential } from "#features/credentials/verify-any-credential.ts";

export type ShownCredential = {
  /** The document as verified, or as sent when it did not verify (shown to an admin, never trusted); null if unreadable. */
  document: Record<string, unknown> | null;
  claims: CrossHubClaims | null;
  issuerId: string | null;
  verification: CrossHubVerification;
  /** The key the proof was checked with, when the signature check passed. */
  signingKey: string | null;
};

/** Verifies what was sent. Call it before any transaction: it may wait on the issuer's key server. */
export async function readShownCredential(
  services: Pick<Services, "db" | "config" | "now">,
  sent: string,
): Promise<ShownCredential> {
  const { credential: verified, ...report } = await verifyAnyCredential(services, { credential: sent });
  const document = storable(verified ?? readUnverified(sent));
  const claims = document ? crossHubClaims(document) : null;
  const signature = report.checks.find((check) => check.name === "signature" && check.ok);
  return {
    document,
    claims,
    issuerId: report.issuer?.id ?? (document ? issuerIdOf(document) : null),
    verification: report,
    signingKey: signature?.values.key ?? null,
  };
}

export type TrustJudgement = {
  trusted: { id: string; name: string; active: boolean; keyOrigin: string } | null;
  /** This hub's courses the credential's achievement is matched to, for its issuer. */
  mappedCourseIds: string[];
  identity: IdentityMatch;
  /** The name to show for the issuer: the trusted list's, else the credential's own, else its id. */
  issuerName: string;
  /** The decision, given whether the achievement counts for what the person asks (a course, or CE hours). */
  decide(mapped: boolean): CrossHubDecision;
};

export async function judgeShownCredential(
  tx: Executor,
  shown: ShownCredential,
  personEmail: string,
): Promise<TrustJudgement> {
  const [trusted] = shown.issuerId
    ? await tx
        .select({
          id: schema.trustedIssuer.id,
          name: schema.trustedIssuer.name,
          active: schema.trustedIssuer.active,
          keyOrigin: schema.trustedIssuer.keyOrigin,
        })
        .from(schema.trustedIssuer)
        .where(eq(schema.trustedIssuer.issuerId, shown.issuerId))
    : [];
  const mappings = trusted
    ? await tx
        .select({
          achievementId: schema.trustedAchievementMapping.achievementId,
          achievementName: schema.trustedAchievementMapping.achievementName,
          courseId: schema.trustedAchievementMapping.courseId,
        })
        .from(schema.trustedAchievementMapping)
        .where(eq(schema.trustedAchievementMapping.trustedIssuerId, trusted.id))
        .orderBy(schema.trustedAchievementMapping.courseId)
    : [];
  const claims = shown.claims;
  const mappedCourseIds = claims
    ? mappings.filter((mapping) => mappingMatches(mapping, claims.achievement)).map((mapping) => mapping.courseId)
    : [];
  const identity = claims ? matchIdentity(personEmail, claims.identifiers) : "absent";
  return {
    trusted: trusted ?? null,
    mappedCourseIds,
    identity,
    issuerName: trusted?.name ?? shown.verification.issuer?.name ?? shown.issuerId ?? "",
    decide: (mapped) =>
      decideCrossHubPrerequisite({
        verified: shown.verification.valid,
        signingKey: shown.signingKey,
        trustedIssuer: trusted ?? null,
        mapped,
        identity,
      }),
  };
}

/** What a credential that did not verify says it is, kept for the admin to read (never trusted for a decision). */
function readUnverified(text: string): Record<string, unknown> | null {
  try {
    const trimmed = text.trim();
    const value: unknown = trimmed.startsWith("{") ? JSON.parse(trimmed) : decodeJwt(trimmed);
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
