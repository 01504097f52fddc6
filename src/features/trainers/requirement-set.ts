// The hub's requirement set for trainer standing: the admin-edited row, or the seeded default until one is saved.
import { eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { defaultRequirementSet, type RequirementSet } from "#core/trainer-standing.ts";

export const TRAINER_LEVEL_KEY = "hub_trainer";

/** The level's name until an admin saves the set (the hub's own word for it, in both languages). */
export const DEFAULT_LEVEL_NAME = { en: "Hub trainer", es: "Facilitador/a del centro" } as const;

export type StoredRequirementSet = RequirementSet & {
  /** The trainer level this set opens, by name. */
  levelEn: string;
  levelEs: string;
  remindDaysBefore: number;
  /** False while the hub still runs on the seeded default (the hub's own choice, not an IPS rule). */
  edited: boolean;
  updatedAt: Date | null;
};

export async function readRequirementSet(db: Executor): Promise<StoredRequirementSet> {
  const [row] = await db
    .select()
    .from(schema.trainerRequirementSet)
    .where(eq(schema.trainerRequirementSet.key, TRAINER_LEVEL_KEY));
  if (!row)
    return {
      ...defaultRequirementSet,
      levelEn: DEFAULT_LEVEL_NAME.en,
      levelEs: DEFAULT_LEVEL_NAME.es,
      remindDaysBefore: 30,
      edited: false,
      updatedAt: null,
    };
  return {
    levelEn: row.nameEn,
    levelEs: row.nameEs,
    apprenticeCoTrainings: row.apprenticeCoTrainings,
    activeMonthsAfterTraining: row.activeMonthsAfterTraining,
    coReflectionEveryMonths: row.coReflectionEveryMonths,
    refresherEveryMonths: row.refresherEveryMonths,
    alumniAfterLapsedMonths: row.alumniAfterLapsedMonths,
    returnMonths: row.returnMonths,
    alumniReturnCoTrainings: row.alumniReturnCoTrainings,
    remindDaysBefore: row.remindDaysBefore,
    edited: row.updatedBy !== null,
    updatedAt: row.updatedAt,
  };
}
