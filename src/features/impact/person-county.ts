// A person's optional county: read it, set it, or take it away. Used only in counts of 5 or more (core/small-numbers.ts).
import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "#db/client.ts";
import { isOregonCounty } from "#core/oregon-counties.ts";
import type { Locale } from "#core/locale.ts";
import { consentChange } from "#core/privacy-consent.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { parseInput, problem } from "#features/validation/parse-input.ts";
import { markConsentsWithdrawn, recordConsents } from "#features/privacy/consent-records.ts";

export const countyInput = z.object({
  // Empty means "I'd rather not say": the county is removed.
  countyFips: z.union([z.literal(""), z.string().refine(isOregonCounty, problem("impact.county.invalid"))]),
});

export async function readPersonCounty(db: Executor, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ countyFips: schema.personCounty.countyFips })
    .from(schema.personCounty)
    .where(eq(schema.personCounty.userId, userId));
  return row?.countyFips ?? null;
}

export async function setPersonCounty(
  db: Executor,
  /** `locale`: the language the county's wording was shown in (privacy consent records). */
  input: { userId: string; countyFips: string; locale?: Locale },
  actor: AuditActor,
  now: Date = new Date(),
): Promise<void> {
  const { countyFips } = parseInput(countyInput, input);
  await db.transaction(async (tx) => {
    // Giving a county is a consent to be counted in it: recorded when first given, ended when taken away.
    const change = consentChange((await readPersonCounty(tx, input.userId)) !== null, countyFips !== "");
    if (change === "grant")
      await recordConsents(tx, [
        { userId: input.userId, purpose: "impact_county", locale: input.locale ?? "en", at: now },
      ]);
    else if (change === "withdraw")
      await markConsentsWithdrawn(tx, { userId: input.userId, purpose: "impact_county", at: now });
    if (countyFips === "") await tx.delete(schema.personCounty).where(eq(schema.personCounty.userId, input.userId));
    else
      await tx
        .insert(schema.personCounty)
        .values({ userId: input.userId, countyFips })
        .onConflictDoUpdate({ target: schema.personCounty.userId, set: { countyFips, updatedAt: new Date() } });
    // Only that it changed: the county itself is personal and stays out of the log.
    await recordAudit(tx, actor, { action: "profile.county", targetType: "user", targetId: input.userId, summary: {} });
  });
}
