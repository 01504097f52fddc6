// The consents a person has in force, with what each is about (a registration's course, an organization) and the
// wording version they agreed to, for their privacy page.
import { and, asc, eq, sql } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { currentConsents, isEarlierWording, withdrawalEffects, type WithdrawalEffect } from "#core/privacy-consent.ts";
import type { Locale } from "#core/locale.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { currentWordingVersion } from "./consent-wording.ts";

export type MyConsent = {
  id: string;
  purpose: (typeof schema.consentRecord.$inferSelect)["purpose"];
  wordingVersion: number;
  wordingLocale: Locale;
  earlierWording: boolean;
  grantedAt: Date;
  recordedByStaff: boolean;
  effect: WithdrawalEffect;
  /** What it is about, when it is about one thing. */
  course: { titleEn: string; titleEs: string } | null;
  organization: string | null;
};

export async function listMyConsents(
  services: Pick<Services, "db" | "now">,
  viewer: Viewer | null,
): Promise<MyConsent[]> {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  const c = schema.consentRecord;
  const rows = await services.db
    .select({
      id: c.id,
      personId: c.userId,
      purpose: c.purpose,
      subjectId: c.subjectId,
      wordingVersion: c.wordingVersion,
      wordingLocale: c.wordingLocale,
      recordedBy: c.recordedBy,
      grantedAt: c.grantedAt,
      withdrawnAt: c.withdrawnAt,
      courseTitleEn: schema.course.titleEn,
      courseTitleEs: schema.course.titleEs,
      organization: schema.organization.name,
    })
    .from(c)
    .leftJoin(schema.registration, and(eq(c.purpose, "registration_answers"), eq(schema.registration.id, c.subjectId)))
    .leftJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.registration.sessionId))
    .leftJoin(schema.course, eq(schema.course.id, schema.trainingSession.courseId))
    .leftJoin(schema.organization, and(eq(c.purpose, "partner_sharing"), eq(schema.organization.id, c.subjectId)))
    .where(eq(c.userId, viewer.userId))
    .orderBy(asc(c.grantedAt), sql`${c.id}`);
  return currentConsents(rows, services.now()).map((row) => ({
    id: row.id,
    purpose: row.purpose,
    wordingVersion: row.wordingVersion,
    wordingLocale: row.wordingLocale,
    earlierWording: isEarlierWording(row, currentWordingVersion(row.purpose)),
    grantedAt: row.grantedAt,
    recordedByStaff: row.recordedBy !== null && row.recordedBy !== viewer.userId,
    effect: withdrawalEffects[row.purpose],
    course: row.courseTitleEn !== null ? { titleEn: row.courseTitleEn, titleEs: row.courseTitleEs ?? "" } : null,
    organization: row.organization,
  }));
}
