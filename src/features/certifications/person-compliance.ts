// Where a person stands for each certification they hold, and the upcoming hub trainings that would help most.
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { complianceFor, type CertificationRules, type Compliance } from "#core/certification.ts";
import { coReflectionDates } from "#features/circles/co-reflection-attendance.ts";
import { ceLedger, type LedgerEntry } from "./ce-ledger.ts";

export type SuggestedTraining = {
  sessionId: string;
  titleEn: string;
  titleEs: string;
  startsAt: Date;
  categories: string[];
};

export type CertificationStanding = {
  id: string;
  typeKey: string;
  typeName: string;
  authority: string;
  number: string | null;
  issuedOn: string;
  remindersOn: boolean;
  rules: CertificationRules;
  compliance: Compliance;
  suggestions: SuggestedTraining[];
};

/** Sessions open to the public soon whose course carries CE hours in the categories still needed (any CE hours when only the total is short). */
async function suggestTrainings(
  db: Executor,
  now: Date,
  neededCategories: readonly string[],
): Promise<SuggestedTraining[]> {
  const rows = await db
    .select({
      sessionId: schema.trainingSession.id,
      titleEn: schema.course.titleEn,
      titleEs: schema.course.titleEs,
      startsAt: schema.trainingSession.startsAt,
      categories: schema.course.ceCategories,
    })
    .from(schema.trainingSession)
    .innerJoin(schema.course, eq(schema.course.id, schema.trainingSession.courseId))
    .where(
      and(
        eq(schema.trainingSession.status, "published"),
        gt(schema.trainingSession.startsAt, now),
        isNull(schema.course.archivedAt),
      ),
    )
    .orderBy(asc(schema.trainingSession.startsAt))
    .limit(50);
  const helpful = rows
    .map((row) => ({ ...row, categories: row.categories.map((c) => c.category) }))
    .filter((row) =>
      neededCategories.length ? row.categories.some((c) => neededCategories.includes(c)) : row.categories.length > 0,
    );
  return helpful.slice(0, 3);
}

export async function personCompliance(
  db: Executor,
  userId: string,
  now: Date,
  today: string,
): Promise<{ standings: CertificationStanding[]; ledger: LedgerEntry[] }> {
  const held = await db
    .select({
      id: schema.certification.id,
      typeKey: schema.certification.typeKey,
      number: schema.certification.number,
      issuedOn: schema.certification.issuedOn,
      remindersOn: schema.certification.remindersOn,
      typeName: schema.certificationType.name,
      authority: schema.certificationType.authority,
      rules: schema.certificationType.rules,
    })
    .from(schema.certification)
    .innerJoin(schema.certificationType, eq(schema.certificationType.key, schema.certification.typeKey))
    .where(eq(schema.certification.userId, userId))
    .orderBy(asc(schema.certification.createdAt));
  const ledger = await ceLedger(db, userId);
  // Co-reflection attendance is read only when a rule set held asks for it.
  const earliest = held
    .filter((c) => c.rules.coReflectionPerQuarter)
    .map((c) => c.issuedOn)
    .sort()[0];
  const coReflection = earliest
    ? ((await coReflectionDates(db, [userId], new Date(`${earliest}T00:00:00Z`))).get(userId) ?? [])
    : [];
  const standings: CertificationStanding[] = [];
  for (const certification of held) {
    const compliance = complianceFor({
      rules: certification.rules,
      issuedOn: certification.issuedOn,
      today,
      entries: ledger,
      coReflectionDates: coReflection,
    });
    const needed = compliance.categories.filter((c) => c.stillNeeded > 0).map((c) => c.category);
    const suggestions = compliance.complete ? [] : await suggestTrainings(db, now, needed);
    standings.push({ ...certification, compliance, suggestions });
  }
  return { standings, ledger };
}
