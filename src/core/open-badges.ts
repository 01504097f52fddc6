// The Open Badges 3.0 credential (an OpenBadgeCredential on the VC Data Model 2.0) built from the facts of one completion.
// Pure: every fact, the time of issue and the salt come in as arguments; the same facts give the same document.
import { createHash } from "node:crypto";
import type { CategoryMinutes } from "./certification.ts";

export const VC_CONTEXT_V2 = "https://www.w3.org/ns/credentials/v2";
export const OPEN_BADGES_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
/**
 * The type OB 3.0 gives its schema check is defined by no published context the hub bundles (VC 2.0, OB 3.0.3), and a
 * Data Integrity proof refuses undefined terms; this small context defines it with the IRI 1EdTech's own OB 3.0 test
 * vectors expand it to, so the signed statements are the ones 1EdTech expects.
 */
export const SCHEMA_VALIDATOR_CONTEXT = {
  "1EdTechJsonSchemaValidator2019":
    "https://purl.imsglobal.org/spec/vccs/v1p0/context.json#1EdTechJsonSchemaValidator2019",
} as const;
export const OPEN_BADGES_SCHEMA =
  "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

/** The three principles and four tasks every IPS training teaches; each is an anchor on the hub's /learn page. */
export const ipsFramework = [
  { code: "principle-learning", kind: "principle" },
  { code: "principle-relationship", kind: "principle" },
  { code: "principle-hope", kind: "principle" },
  { code: "task-connection", kind: "task" },
  { code: "task-worldview", kind: "task" },
  { code: "task-mutuality", kind: "task" },
  { code: "task-moving-towards", kind: "task" },
] as const;
export type IpsFrameworkCode = (typeof ipsFramework)[number]["code"];

export const IPS_FRAMEWORK_NAME = "Intentional Peer Support";
export const CE_FRAMEWORK_NAME = "Continuing education categories";

export type Alignment = {
  type: ["Alignment"];
  targetName: string;
  targetUrl: string;
  targetCode: string;
  targetFramework: string;
  targetType?: string;
  targetDescription?: string;
};

/** Hours with at most two decimals (7 h 20 min is 7.33), the unit `creditsAvailable` and `creditsEarned` use. */
export function minutesToHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** What the credential aligns to: every IPS principle and task, then each CE category the course carries. */
export function achievementAlignments(input: {
  hubUrl: string;
  ipsNames: Record<IpsFrameworkCode, string>;
  ceCategories: ReadonlyArray<CategoryMinutes & { label: string }>;
}): Alignment[] {
  const ips: Alignment[] = ipsFramework.map((item) => ({
    type: ["Alignment"],
    targetName: input.ipsNames[item.code],
    targetUrl: `${input.hubUrl}/learn#${item.code}`,
    targetCode: item.code,
    targetFramework: IPS_FRAMEWORK_NAME,
    targetType: item.kind === "principle" ? "ext:IpsPrinciple" : "ext:IpsTask",
  }));
  const ce: Alignment[] = input.ceCategories.map((category) => ({
    type: ["Alignment"],
    targetName: category.label,
    targetUrl: `${input.hubUrl}/learn#ce-${category.category.replace(/_/g, "-")}`,
    targetCode: category.category,
    targetFramework: CE_FRAMEWORK_NAME,
    targetType: "ext:ContinuingEducationCategory",
    targetDescription: `${minutesToHours(category.minutes)} h`,
  }));
  return [...ips, ...ce];
}

/**
 * The CE categories a person is credited with. A person who earned every CE minute gets the course's categories; one who
 * earned part gets each category cut in the same proportion (whole minutes, rounded down), since nobody can say which
 * part of the day they missed.
 */
export function creditedCategories(
  courseCategories: readonly CategoryMinutes[],
  ceMinutes: number,
  contactMinutes: number,
): CategoryMinutes[] {
  if (contactMinutes <= 0 || ceMinutes >= contactMinutes)
    return courseCategories.map((c) => ({ category: c.category, minutes: c.minutes }));
  const share = Math.max(0, ceMinutes) / contactMinutes;
  return courseCategories
    .map((c) => ({ category: c.category, minutes: Math.floor(c.minutes * share) }))
    .filter((c) => c.minutes > 0);
}

/** OB 3.0 IdentityHash: "sha256$" + hex(SHA-256(identity + salt)); the email is lower-cased first, as people type it either way. */
export function identityHash(email: string, salt: string): string {
  return `sha256$${createHash("sha256").update(`${email.trim().toLowerCase()}${salt}`, "utf8").digest("hex")}`;
}

export type OpenBadgeFacts = {
  /** A UUID; the credential's `id` is `urn:uuid:` and this. */
  credentialId: string;
  hub: { url: string; name: string; imageUrl: string | null };
  achievement: {
    /** A UUID for the course: the same achievement whoever earns it. */
    courseId: string;
    name: string;
    description: string;
    criteriaNarrative: string;
    contactMinutes: number;
    language: "en" | "es";
    alignments: Alignment[];
  };
  subject: {
    /** A UUID for this person's run of the course (the registration); `sub` in the JWT. */
    registrationId: string;
    email: string;
    salt: string;
    attendedMinutes: number;
    activityStartDate: Date;
    activityEndDate: Date;
    /** A partner organization that delivered the training in-house, as OB 3.0's `source`: it assessed, the hub issues. */
    deliveredBy?: { organizationId: string; name: string } | null;
  };
  issuedAt: Date;
  validUntil: Date | null;
  status: { index: number; listUrl: string };
};

export type OpenBadgeCredential = {
  "@context": [typeof VC_CONTEXT_V2, typeof OPEN_BADGES_CONTEXT, typeof SCHEMA_VALIDATOR_CONTEXT];
  id: string;
  type: ["VerifiableCredential", "OpenBadgeCredential"];
  issuer: { id: string; type: ["Profile"]; name: string; url: string; image?: { id: string; type: "Image" } };
  validFrom: string;
  validUntil?: string;
  name: string;
  credentialSubject: {
    id: string;
    type: ["AchievementSubject"];
    identifier: Array<{
      type: "IdentityObject";
      identityHash: string;
      identityType: "emailAddress";
      hashed: true;
      salt: string;
    }>;
    achievement: {
      id: string;
      type: ["Achievement"];
      achievementType: "Course";
      name: string;
      description: string;
      criteria: { narrative: string };
      creditsAvailable: number;
      inLanguage: string;
      alignment: Alignment[];
    };
    creditsEarned: number;
    activityStartDate: string;
    activityEndDate: string;
    source?: { id: string; type: ["Profile"]; name: string };
  };
  credentialStatus: {
    id: string;
    type: "BitstringStatusListEntry";
    statusPurpose: "revocation";
    statusListIndex: string;
    statusListCredential: string;
  };
  credentialSchema: [{ id: typeof OPEN_BADGES_SCHEMA; type: "1EdTechJsonSchemaValidator2019" }];
};

/**
 * The partner organization that delivered a training in-house, read back from a stored credential's
 * `credentialSubject.source` (written by `buildOpenBadgeCredential` from `subject.deliveredBy`); null for the hub's own
 * trainings, or when the document does not carry a named source.
 */
export function deliveredByOf(document: unknown): string | null {
  if (typeof document !== "object" || document === null) return null;
  const subject = (document as { credentialSubject?: unknown }).credentialSubject;
  if (typeof subject !== "object" || subject === null) return null;
  const source = (subject as { source?: unknown }).source;
  if (typeof source !== "object" || source === null) return null;
  const name = (source as { name?: unknown }).name;
  return typeof name === "string" && name.trim() ? name.trim() : null;
}

/** Seconds without milliseconds: JWT NumericDates are whole seconds, and `validFrom` must equal `nbf` exactly. */
export function toCredentialTime(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

export function buildOpenBadgeCredential(facts: OpenBadgeFacts): OpenBadgeCredential {
  const { hub, achievement, subject } = facts;
  const image =
    hub.imageUrl && /^https:\/\//.test(hub.imageUrl) ? { image: { id: hub.imageUrl, type: "Image" as const } } : {};
  return {
    "@context": [VC_CONTEXT_V2, OPEN_BADGES_CONTEXT, SCHEMA_VALIDATOR_CONTEXT],
    id: `urn:uuid:${facts.credentialId}`,
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    issuer: { id: hub.url, type: ["Profile"], name: hub.name, url: hub.url, ...image },
    validFrom: toCredentialTime(facts.issuedAt),
    ...(facts.validUntil ? { validUntil: toCredentialTime(facts.validUntil) } : {}),
    name: achievement.name,
    credentialSubject: {
      id: `urn:uuid:${subject.registrationId}`,
      type: ["AchievementSubject"],
      identifier: [
        {
          type: "IdentityObject",
          identityHash: identityHash(subject.email, subject.salt),
          identityType: "emailAddress",
          hashed: true,
          salt: subject.salt,
        },
      ],
      achievement: {
        id: `urn:uuid:${achievement.courseId}`,
        type: ["Achievement"],
        achievementType: "Course",
        name: achievement.name,
        description: achievement.description,
        criteria: { narrative: achievement.criteriaNarrative },
        creditsAvailable: minutesToHours(achievement.contactMinutes),
        inLanguage: achievement.language,
        alignment: achievement.alignments,
      },
      creditsEarned: minutesToHours(subject.attendedMinutes),
      activityStartDate: toCredentialTime(subject.activityStartDate),
      activityEndDate: toCredentialTime(subject.activityEndDate),
      ...(subject.deliveredBy
        ? {
            source: {
              id: `urn:uuid:${subject.deliveredBy.organizationId}`,
              type: ["Profile"] as ["Profile"],
              name: subject.deliveredBy.name,
            },
          }
        : {}),
    },
    credentialStatus: {
      id: `${facts.status.listUrl}#${facts.status.index}`,
      type: "BitstringStatusListEntry",
      statusPurpose: "revocation",
      statusListIndex: String(facts.status.index),
      statusListCredential: facts.status.listUrl,
    },
    credentialSchema: [{ id: OPEN_BADGES_SCHEMA, type: "1EdTechJsonSchemaValidator2019" }],
  };
}

/** The date `months` calendar months after `from` (31 January + 1 month is the last day of February). */
export function addMonths(from: Date, months: number): Date {
  const target = new Date(
    Date.UTC(
      from.getUTCFullYear(),
      from.getUTCMonth() + months,
      1,
      from.getUTCHours(),
      from.getUTCMinutes(),
      from.getUTCSeconds(),
    ),
  );
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(from.getUTCDate(), lastDay));
  return target;
}

/** LinkedIn's "Add licence or certification" link, filled in (https://www.linkedin.com/profile/add). */
export function linkedInAddUrl(input: {
  name: string;
  organizationName: string;
  issuedAt: Date;
  expiresAt: Date | null;
  certUrl: string;
  certId: string;
}): string {
  const params = new URLSearchParams({
    startTask: "CERTIFICATION_NAME",
    name: input.name,
    organizationName: input.organizationName,
    issueYear: String(input.issuedAt.getUTCFullYear()),
    issueMonth: String(input.issuedAt.getUTCMonth() + 1),
    ...(input.expiresAt
      ? {
          expirationYear: String(input.expiresAt.getUTCFullYear()),
          expirationMonth: String(input.expiresAt.getUTCMonth() + 1),
        }
      : {}),
    certUrl: input.certUrl,
    certId: input.certId,
  });
  return `https://www.linkedin.com/profile/add?${params.toString()}`;
}
