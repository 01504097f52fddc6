// A person's continuing-education ledger: hub trainings count by themselves (from the sign-off's decision), outside hours
// as the person entered them. Each entry carries its categories and whether it was in person.
import { desc, eq, inArray, sql } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { CategoryMinutes, CeEntry } from "#core/certification.ts";
import { ceCategoryMinutes } from "#core/completion.ts";
import { utcToZoned } from "#core/local-time.ts";

export type LedgerEntry = CeEntry & {
  id: string;
  title: string;
  titleEs: string;
  provider: string | null;
  /** Hub entries link to their credential, when one was issued. */
  credentialCode: string | null;
  /** A hub training brought in from the hub's earlier records rather than signed off here. */
  imported: boolean;
  /** Outside hours added with another hub's digital credential (the provider is that hub). */
  byCredential: boolean;
  /** Checked by its credential when it was added, rather than by an admin. */
  checkedByCredential: boolean;
  /** Outside hours with an evidence file to open. */
  hasEvidence: boolean;
};

/**
 * Hub entries: each signed-off registration with CE minutes, its categories in proportion to the CE minutes earned
 * (as the certificate and the board roster print them). Hybrid sessions count as online: where a person sat is not
 * recorded.
 */
export async function ceLedger(db: Executor, userId: string): Promise<LedgerEntry[]> {
  return (await ceLedgers(db, [userId])).get(userId)!;
}

/** The ledgers of several people at once, in two queries whatever their number (a partner's consenting staff). */
export async function ceLedgers(db: Executor, userIds: readonly string[]): Promise<Map<string, LedgerEntry[]>> {
  const ledgers = new Map<string, LedgerEntry[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return ledgers;
  const ids = [...new Set(userIds)];
  const hub = await db
    .select({
      userId: schema.registration.userId,
      id: schema.completion.registrationId,
      completed: schema.completion.completed,
      ceMinutes: schema.completion.ceMinutes,
      contactMinutes: schema.completion.contactMinutes,
      titleEn: schema.course.titleEn,
      titleEs: schema.course.titleEs,
      categories: schema.course.ceCategories,
      endsAt: schema.trainingSession.endsAt,
      timeZone: schema.trainingSession.timeZone,
      format: schema.trainingSession.format,
      credentialCode: schema.credential.code,
      credentialStatus: schema.credential.status,
      imported: sql<boolean>`${schema.importedCompletion.registrationId} is not null`,
    })
    .from(schema.completion)
    .innerJoin(schema.registration, eq(schema.registration.id, schema.completion.registrationId))
    .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.registration.sessionId))
    .innerJoin(schema.course, eq(schema.course.id, schema.trainingSession.courseId))
    .leftJoin(schema.credential, eq(schema.credential.registrationId, schema.registration.id))
    .leftJoin(schema.importedCompletion, eq(schema.importedCompletion.registrationId, schema.registration.id))
    .where(inArray(schema.registration.userId, ids));
  const outside = await db
    .select({
      userId: schema.outsideHours.userId,
      id: schema.outsideHours.id,
      title: schema.outsideHours.title,
      provider: schema.outsideHours.provider,
      completedOn: schema.outsideHours.completedOn,
      minutes: schema.outsideHours.minutes,
      categories: schema.outsideHours.categories,
      inPerson: schema.outsideHours.inPerson,
      verifiedAt: schema.outsideHours.verifiedAt,
      queueReason: schema.outsideHours.queueReason,
      byCredential: sql<boolean>`${schema.outsideHours.credentialKey} is not null`,
      hasEvidence: sql<boolean>`${schema.outsideHours.evidence} is not null`,
    })
    .from(schema.outsideHours)
    .where(inArray(schema.outsideHours.userId, ids))
    .orderBy(desc(schema.outsideHours.completedOn));

  // A re-issued credential leaves its superseded one behind: keep one row per registration, the active credential's.
  const byRegistration = new Map<string, (typeof hub)[number]>();
  for (const row of hub) {
    const kept = byRegistration.get(row.id);
    if (!kept || row.credentialStatus === "active") byRegistration.set(row.id, row);
  }
  const hubEntries = [...byRegistration.values()]
    .filter((row) => row.ceMinutes > 0)
    .map((row): LedgerEntry & { userId: string } => ({
      userId: row.userId,
      id: row.id,
      title: row.titleEn,
      titleEs: row.titleEs,
      provider: null,
      credentialCode: row.credentialStatus === "revoked" ? null : row.credentialCode,
      // The date a board sees on the certificate: the day the session ended, in its own zone.
      completedOn: utcToZoned(row.endsAt, row.timeZone).date,
      minutes: row.ceMinutes,
      // The same share of each category as the certificate and the board roster print.
      categories: ceCategoryMinutes(row.categories as CategoryMinutes[], row.ceMinutes, row.contactMinutes),
      inPerson: row.format === "in_person",
      source: "hub",
      verified: true,
      imported: Boolean(row.imported),
      byCredential: false,
      checkedByCredential: false,
      hasEvidence: false,
    }));
  const outsideEntries = outside.map((row): LedgerEntry & { userId: string } => ({
    userId: row.userId,
    id: row.id,
    title: row.title,
    titleEs: row.title,
    provider: row.provider,
    credentialCode: null,
    completedOn: row.completedOn,
    minutes: row.minutes,
    categories: row.categories,
    inPerson: row.inPerson,
    source: "outside",
    verified: row.verifiedAt !== null,
    imported: false,
    byCredential: Boolean(row.byCredential),
    // Accepted by its credential: added checked, with no reason to wait (an admin's later check keeps the reason).
    checkedByCredential: Boolean(row.byCredential) && row.verifiedAt !== null && row.queueReason === null,
    hasEvidence: Boolean(row.hasEvidence),
  }));
  for (const { userId, ...entry } of [...hubEntries, ...outsideEntries]) ledgers.get(userId)!.push(entry);
  for (const ledger of ledgers.values())
    ledger.sort((a, b) => (a.completedOn < b.completedOn ? 1 : a.completedOn > b.completedOn ? -1 : 0));
  return ledgers;
}
