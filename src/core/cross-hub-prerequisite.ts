// Whether a credential from another hub counts as a prerequisite by itself, or goes to the admin queue and why.
import { createHash } from "node:crypto";
import { identityHash } from "./open-badges.ts";

/** Why a credential waits for an admin; each has a sentence in both languages (registration.crossHub.reason.<reason>). */
export const crossHubQueueReasons = [
  "notVerified",
  "untrustedIssuer",
  "keyElsewhere",
  "notMapped",
  "namesSomeoneElse",
  "namesNoOne",
] as const;
export type CrossHubQueueReason = (typeof crossHubQueueReasons)[number];

/** The verifier's report as kept with a declaration (the checks' names and reasons are the verifier's). */
export type CrossHubVerification = {
  valid: boolean;
  form: "data-integrity" | "jwt" | null;
  issuer: { id: string; name: string | null } | null;
  checks: Array<{ name: string; ok: boolean | null; reason: string; values: Record<string, string> }>;
};

export type CrossHubDecision = { outcome: "accept" } | { outcome: "queue"; reason: CrossHubQueueReason };

export type CrossHubFacts = {
  /** The verifier's verdict: every check passed (proof, issuer, dates, status, schema). */
  verified: boolean;
  /** The key the proof was checked with (a URL), when it was. */
  signingKey: string | null;
  /** This hub's entry for the credential's issuer, when it lists it at all. */
  trustedIssuer: { active: boolean; keyOrigin: string } | null;
  /** A mapping of this issuer's achievement to the course the person needs. */
  mapped: boolean;
  identity: IdentityMatch;
};

export type IdentityMatch = "match" | "mismatch" | "absent";

/**
 * The order says what an admin most needs to know first: a credential that does not verify says nothing else for
 * certain; then who issued it; then what it is for; then whom it names.
 */
export function decideCrossHubPrerequisite(facts: CrossHubFacts): CrossHubDecision {
  const queue = (reason: CrossHubQueueReason): CrossHubDecision => ({ outcome: "queue", reason });
  if (!facts.verified) return queue("notVerified");
  if (!facts.trustedIssuer || !facts.trustedIssuer.active) return queue("untrustedIssuer");
  if (!facts.signingKey || !sameOrigin(facts.signingKey, facts.trustedIssuer.keyOrigin)) return queue("keyElsewhere");
  if (!facts.mapped) return queue("notMapped");
  if (facts.identity === "mismatch") return queue("namesSomeoneElse");
  if (facts.identity === "absent") return queue("namesNoOne");
  return { outcome: "accept" };
}

/** The origin ("https://hub.example") of an address, or null when it is not an http(s) URL. */
export function originOf(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
  } catch {
    return null;
  }
}

function sameOrigin(address: string, origin: string): boolean {
  const a = originOf(address);
  return a !== null && a === originOf(origin);
}

export type TrustedAchievementMapping = { achievementId: string | null; achievementName: string | null };

/** A mapping names the achievement by its id (exactly), or by its name (ignoring case and spacing) when it gives no id. */
export function mappingMatches(
  mapping: TrustedAchievementMapping,
  achievement: { id: string | null; name: string | null },
): boolean {
  if (mapping.achievementId) return achievement.id === mapping.achievementId;
  if (mapping.achievementName && achievement.name)
    return normalizeName(mapping.achievementName) === normalizeName(achievement.name);
  return false;
}

function normalizeName(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("en");
}

/** An OB 3.0 IdentityObject as it may appear in `credentialSubject.identifier` (anything else is ignored). */
type IdentityObject = { identityType?: unknown; identityHash?: unknown; hashed?: unknown; salt?: unknown };

/**
 * Whether the credential's email identifiers name this person (OB 3.0 IdentityObject: a hashed one is
 * "sha256$" + hex(SHA-256(email + salt))). The email is tried lower-cased, as this hub hashes it, and as the person typed
 * it, because not every issuer lower-cases first. "absent" when the credential names no one by email.
 */
export function matchIdentity(email: string, identifiers: unknown): IdentityMatch {
  const emails = ([] as unknown[])
    .concat(identifiers ?? [])
    .filter((item): item is IdentityObject => typeof item === "object" && item !== null)
    .filter((item) => item.identityType === "emailAddress" && typeof item.identityHash === "string");
  if (emails.length === 0) return "absent";
  const typed = email.trim();
  for (const item of emails) {
    const stated = String(item.identityHash);
    if (item.hashed === true || item.hashed === "true") {
      const salt = typeof item.salt === "string" ? item.salt : "";
      const hashes = [identityHash(typed, salt), `sha256$${sha256Hex(`${typed}${salt}`)}`];
      if (hashes.some((hash) => hash.toLowerCase() === stated.toLowerCase())) return "match";
    } else if (stated.trim().toLowerCase() === typed.toLowerCase()) return "match";
  }
  return "mismatch";
}

function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export type CrossHubClaims = {
  achievement: { id: string | null; name: string | null };
  identifiers: unknown;
  /** The day the training ended ("YYYY-MM-DD", UTC), from the activity's end or else the credential's start. */
  completedOn: string | null;
  /** Hours earned, as the credential states them. */
  creditsEarned: number | null;
  /** Hours the achievement offers (OB 3.0 `Achievement.creditsAvailable`), as the credential states them. */
  creditsAvailable: number | null;
  /** The credential's own id, when it gives one: what makes it the same credential when shown twice. */
  credentialId: string | null;
};

/** What an OB 3.0 AchievementSubject says about the training, read defensively (another hub's document). */
export function crossHubClaims(credential: Record<string, unknown>): CrossHubClaims {
  const subjects = ([] as unknown[]).concat(credential.credentialSubject ?? []);
  const subject = (subjects[0] ?? {}) as Record<string, unknown>;
  const achievement = (([] as unknown[]).concat(subject.achievement ?? [])[0] ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);
  const day = (value: unknown) => {
    const parsed = typeof value === "string" ? Date.parse(value) : Number.NaN;
    return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
  };
  const hours = (value: unknown) => {
    const number = typeof value === "number" || typeof value === "string" ? Number(value) : Number.NaN;
    return value !== "" && Number.isFinite(number) && number >= 0 ? number : null;
  };
  return {
    achievement: { id: text(achievement.id), name: text(nameOf(achievement.name)) },
    identifiers: subject.identifier,
    completedOn: day(subject.activityEndDate) ?? day(credential.validFrom),
    creditsEarned: hours(subject.creditsEarned),
    creditsAvailable: hours(achievement.creditsAvailable),
    credentialId: text(credential.id),
  };
}

/** A name may be a plain string or a language map ({ en: "…" }); the first text given is the name. */
function nameOf(name: unknown): unknown {
  if (typeof name === "object" && name !== null) return Object.values(name).find((v) => typeof v === "string");
  return name;
}
