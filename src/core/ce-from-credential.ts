// CE hours from another hub's credential: how many, in which categories, and what makes it the same credential twice.
import { createHash } from "node:crypto";
import type { CategoryMinutes } from "./certification.ts";
import { ceCategoryMinutes } from "./completion.ts";
import { MAX_CONTACT_MINUTES } from "./limits.ts";
import type { CrossHubClaims } from "./cross-hub-prerequisite.ts";

/** The most one credential can put in the ledger: one training's most contact time, as for hours a person types. */
export const MAX_CREDENTIAL_CE_MINUTES = MAX_CONTACT_MINUTES;

/**
 * The hours come from the credential, the categories from this hub's course it is matched to:
 * - `creditsEarned` is the issuer's signed statement of the hours this person earned (a hub running this software writes
 *   the hours attended, and issues only after a completion that earned them); `creditsAvailable` stands in when an
 *   issuer gives only the achievement's hours. The course here says only what a whole run gives, not what this person
 *   attended.
 * - CE categories are the ones this hub's board recognises and an admin set on the matched course; another hub states
 *   its categories only as free text (`Alignment.targetDescription`, "7 h"), in a framework it names itself. The
 *   course's categories are cut to the hours earned by the same rule as the hub's own certificates (ceCategoryMinutes).
 * Without a matched course the categories are unknown (none), and without hours in the credential the matched course's
 * contact hours are taken: the admin said the two trainings are the same.
 */
export function ceHoursFromCredential(
  claims: Pick<CrossHubClaims, "creditsEarned" | "creditsAvailable">,
  course: { contactMinutes: number; ceCategories: readonly CategoryMinutes[] } | null,
): { minutes: number; categories: CategoryMinutes[] } {
  const stated = claims.creditsEarned ?? claims.creditsAvailable;
  const raw = stated !== null ? Math.round(stated * 60) : (course?.contactMinutes ?? 0);
  const minutes = Math.min(Math.max(0, raw), MAX_CREDENTIAL_CE_MINUTES);
  const categories = course ? ceCategoryMinutes(course.ceCategories, minutes, course.contactMinutes) : [];
  return { minutes, categories };
}

/**
 * What makes two showings the same credential, so one credential counts once for a person: its own id when it has one
 * (a JSON credential and its VC-JWT carry the same id), or else a hash of what was sent.
 */
export function credentialKey(claims: Pick<CrossHubClaims, "credentialId">, sent: string): string {
  if (claims.credentialId) return `id:${claims.credentialId}`;
  return `sha256:${createHash("sha256").update(sent.trim(), "utf8").digest("hex")}`;
}
