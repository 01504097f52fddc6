// What a person agreed to and what withdrawing it means: the purposes the hub asks consent for, which records are still
// in force, whether a record's wording is older than today's, and the effect each withdrawal must have.

export const consentPurposes = [
  "registration_answers",
  "partner_sharing",
  "trainer_public_profile",
  "testimonial",
  "impact_county",
] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

export function isConsentPurpose(value: string): value is ConsentPurpose {
  return (consentPurposes as readonly string[]).includes(value);
}

/** One consent as stored: given once, with the wording's version and language, and withdrawn at most once. */
export type ConsentFacts = {
  id: string;
  personId: string;
  purpose: ConsentPurpose;
  /** What it is about, where one purpose can be given several times (a registration, an organization). */
  subjectId: string | null;
  wordingVersion: number;
  grantedAt: Date;
  withdrawnAt: Date | null;
};

/** A consent is in force from the moment it was given until it is withdrawn. */
export function isInForce(record: Pick<ConsentFacts, "grantedAt" | "withdrawnAt">, now: Date): boolean {
  return record.grantedAt.getTime() <= now.getTime() && (record.withdrawnAt === null || record.withdrawnAt > now);
}

function subjectKey(record: Pick<ConsentFacts, "purpose" | "subjectId">): string {
  return `${record.purpose}\u0000${record.subjectId ?? ""}`;
}

/**
 * The consents in force at `now`: for each purpose and subject only the latest one given counts (a person who gave,
 * withdrew and gave again has one current consent, under the wording of the last time), newest first.
 */
export function currentConsents<Record extends ConsentFacts>(records: readonly Record[], now: Date): Record[] {
  const latest = new Map<string, Record>();
  for (const record of records) {
    if (record.grantedAt.getTime() > now.getTime()) continue;
    const key = subjectKey(record);
    const kept = latest.get(key);
    if (!kept || record.grantedAt > kept.grantedAt || (+record.grantedAt === +kept.grantedAt && record.id > kept.id))
      latest.set(key, record);
  }
  return [...latest.values()]
    .filter((record) => isInForce(record, now))
    .sort((a, b) => b.grantedAt.getTime() - a.grantedAt.getTime() || a.id.localeCompare(b.id));
}

/** Was this consent given to wording older than the hub uses now? (It stays valid; the page says so.) */
export function isEarlierWording(record: Pick<ConsentFacts, "wordingVersion">, currentVersion: number): boolean {
  return record.wordingVersion < currentVersion;
}

/** What withdrawing a consent does, besides marking it withdrawn. Each is carried out in the same transaction. */
export type WithdrawalEffect =
  /** The registration stays; the answers, pronouns and access needs given with it are erased. */
  | "erase_registration_answers"
  /** The staff link ends, so the organization stops seeing anything about the person. */
  | "end_staff_link"
  /** The trainer profile is no longer shown on session pages or the public trainers page. */
  | "hide_trainer_profile"
  /** The testimonial is taken off the public impact page and deleted. */
  | "remove_testimonial"
  /** The county is removed, so the person is no longer counted in any county. */
  | "remove_county";

export const withdrawalEffects: Readonly<Record<ConsentPurpose, WithdrawalEffect>> = {
  registration_answers: "erase_registration_answers",
  partner_sharing: "end_staff_link",
  trainer_public_profile: "hide_trainer_profile",
  testimonial: "remove_testimonial",
  impact_county: "remove_county",
};

/** Purposes whose consent is about one subject, which the effect needs to find. */
export function needsSubject(purpose: ConsentPurpose): boolean {
  return purpose === "registration_answers" || purpose === "partner_sharing" || purpose === "testimonial";
}

export type WithdrawalCheck = { ok: true; effect: WithdrawalEffect } | { ok: false; problem: "not_found" | "already" };

/**
 * May this person withdraw this consent now? Someone else's consent is "not found" (nothing is said about it); one
 * already withdrawn, or replaced by a later one for the same subject, cannot be withdrawn again.
 */
export function checkWithdrawal(
  record: ConsentFacts | null,
  personId: string,
  all: readonly ConsentFacts[],
  now: Date,
): WithdrawalCheck {
  if (!record || record.personId !== personId) return { ok: false, problem: "not_found" };
  const current = currentConsents(
    all.filter((other) => other.personId === personId),
    now,
  );
  if (!current.some((other) => other.id === record.id)) return { ok: false, problem: "already" };
  return { ok: true, effect: withdrawalEffects[record.purpose] };
}

/**
 * How a yes/no choice that is itself a consent (a profile shown publicly, a county given) moved: given now, withdrawn
 * now, or unchanged. Feeds the use cases that already ask, so they record what changed and nothing else.
 */
export function consentChange(wasGiven: boolean, isGiven: boolean): "grant" | "withdraw" | "none" {
  if (wasGiven === isGiven) return "none";
  return isGiven ? "grant" : "withdraw";
}
