// Writing consents inside the transaction of the use case that asks for them (registering, accepting a partner's link,
// showing a trainer profile, giving a county), so a consent and what it allows land together or not at all.
import { and, eq, inArray, isNull } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { ConsentPurpose } from "#core/privacy-consent.ts";
import type { Locale } from "#core/locale.ts";
import { currentWordingVersion } from "./consent-wording.ts";

export type GivenConsent = {
  userId: string;
  purpose: ConsentPurpose;
  subjectId?: string | null;
  /** The language the wording was shown in. */
  locale: Locale;
  /** Who ticked the box, when not the person (staff registering them). */
  recordedBy?: string | null;
  at: Date;
};

/** Records consents given now, each under the current version of its purpose's wording. */
export async function recordConsents(tx: Executor, given: readonly GivenConsent[]): Promise<void> {
  if (given.length === 0) return;
  await tx.insert(schema.consentRecord).values(
    given.map((consent) => ({
      userId: consent.userId,
      purpose: consent.purpose,
      subjectId: consent.subjectId ?? null,
      wordingVersion: currentWordingVersion(consent.purpose),
      wordingLocale: consent.locale,
      recordedBy: consent.recordedBy ?? consent.userId,
      grantedAt: consent.at,
    })),
  );
}

/**
 * Marks the person's consents for a purpose (and subject, when given) withdrawn at `at`, because the choice was taken
 * back where it was made. Answers how many were in force.
 */
export async function markConsentsWithdrawn(
  tx: Executor,
  withdrawal: { userId: string; purpose: ConsentPurpose; subjectIds?: readonly string[]; at: Date },
): Promise<number> {
  if (withdrawal.subjectIds && withdrawal.subjectIds.length === 0) return 0;
  const rows = await tx
    .update(schema.consentRecord)
    .set({ withdrawnAt: withdrawal.at })
    .where(
      and(
        eq(schema.consentRecord.userId, withdrawal.userId),
        eq(schema.consentRecord.purpose, withdrawal.purpose),
        isNull(schema.consentRecord.withdrawnAt),
        withdrawal.subjectIds ? inArray(schema.consentRecord.subjectId, [...withdrawal.subjectIds]) : undefined,
      ),
    )
    .returning({ id: schema.consentRecord.id });
  return rows.length;
}
