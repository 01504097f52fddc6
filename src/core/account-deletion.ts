// "Delete my account" as rules (DESIGN C10, decision 0038): what the person chooses for their credentials, the
// anonymous placeholder that takes their place in kept records, which registrations give their seat back, and how an
// audit row's summary loses the person's own words (name, address) while keeping what happened.

/** What becomes of the person's credentials: they stay verifiable under the name printed on them, or are revoked. */
export const credentialChoices = ["keep", "revoke"] as const;
export type CredentialChoice = (typeof credentialChoices)[number];

export function isCredentialChoice(value: string): value is CredentialChoice {
  return (credentialChoices as readonly string[]).includes(value);
}

/** The name the placeholder carries wherever a kept record shows a person (rosters, completion lists, the audit log). */
export const ERASED_NAME = "Deleted account";

/**
 * The placeholder's address: unique per person (the column is unique), in the `.invalid` top-level domain, which can
 * never receive mail (RFC 2606), and recognizably not a person's.
 */
export function erasedEmail(userId: string): string {
  return `deleted-${userId}@erased.invalid`;
}

export function isErasedEmail(email: string): boolean {
  return /^deleted-[^@]+@erased\.invalid$/.test(email);
}

export type DeletionRequestFacts = { requestedAt: Date; completedAt: Date | null };
export type DeletionStatus = "pending" | "completed";

export function deletionStatus(request: DeletionRequestFacts): DeletionStatus {
  return request.completedAt ? "completed" : "pending";
}

/** The states in which a registration still holds or waits for a seat (core/registration.ts `liveStatuses`). */
const releasable = new Set(["pending_approval", "approved", "confirmed", "waitlisted", "offered"]);

export type RegistrationToRelease = { id: string; status: string; sessionId: string; sessionEndsAt: Date };

/**
 * The registrations whose place goes back to others: live ones in sessions that have not ended. A confirmed place in a
 * session that is over is the completion record, and stays.
 */
export function registrationsToRelease<T extends RegistrationToRelease>(rows: readonly T[], now: Date): T[] {
  return rows.filter((row) => releasable.has(row.status) && row.sessionEndsAt.getTime() > now.getTime());
}

/** The person's own words that must not survive in a kept record: their address, chosen name and legal name. */
export function personalValues(person: { email: string; name: string; legalName: string | null }): string[] {
  return [person.email, person.name, person.legalName]
    .map((value) => (value ?? "").trim().toLowerCase())
    .filter((value) => value.length > 0);
}

/**
 * An audit summary without any field whose value is one of the person's own words (top level and in nested objects and
 * lists); every other field stays, so the row still says what happened. Answers null when nothing had to change.
 */
export function scrubbedSummary(
  summary: Record<string, unknown>,
  personal: readonly string[],
): Record<string, unknown> | null {
  const words = new Set(personal);
  let changed = false;
  const scrub = (value: unknown): unknown => {
    if (typeof value === "string") {
      if (!words.has(value.trim().toLowerCase())) return value;
      changed = true;
      return undefined;
    }
    if (Array.isArray(value)) return value.map(scrub).filter((item) => item !== undefined);
    if (value && typeof value === "object") {
      const kept: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value)) {
        const next = scrub(inner);
        if (next !== undefined) kept[key] = next;
      }
      return kept;
    }
    return value;
  };
  const result = scrub(summary) as Record<string, unknown>;
  return changed ? result : null;
}
