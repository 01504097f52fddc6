// A person's optional county: read it, set it, or take it away. Used only in counts of 5 or more (core/small-numbers.ts).
import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "#db/client.ts";
import { isOregonCounty } from "#core/oregon-counties.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { parseInput, problem } from "#features/validation/parse-input.ts";

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
  input: { userId: string; countyFips: string },
  actor: AuditActor,
): Promise<void> {
  const { countyFips } = parseInput(countyInput, input);
  await db.transaction(async (tx) => {
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
