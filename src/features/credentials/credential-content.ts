// What a credential is made from and says: its issuance record, recipient name, IPS alignments, CE labels and criteria.
import { utcToZoned } from "#core/local-time.ts";
import { and, eq, sql } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { defaultCompletionRules, type CompletionRules } from "#core/completion.ts";
import { ipsFramework, minutesToHours, type IpsFrameworkCode } from "#core/open-badges.ts";
import type { Locale } from "#core/locale.ts";
import { readHubSettings } from "#features/hub/hub-settings.ts";
import { translator, type MessageKey, type Translate } from "#i18n/translate.ts";

export type IssuanceRecord = NonNullable<Awaited<ReturnType<typeof readIssuanceRecord>>>;

/** The record for one registration, or null when it has no completion row. */
export async function readIssuanceRecord(db: Executor, registrationId: string) {
  const [row] = await db
    .select({
      registrationId: schema.registration.id,
      userId: schema.registration.userId,
      sessionId: schema.registration.sessionId,
      completed: schema.completion.completed,
      attendedMinutes: schema.completion.attendedMinutes,
      ceMinutes: schema.completion.ceMinutes,
      contactMinutes: schema.completion.contactMinutes,
      email: schema.user.email,
      chosenName: schema.user.name,
      /** Imported from the hub's earlier records: the credential is dated as the training was. */
      imported: sql<boolean>`${schema.importedSession.sessionId} is not null`,
      legalName: schema.user.legalName,
      /** The partner whose organizational trainer ran the training in-house, when the hub approved its report. */
      deliveredBy: {
        organizationId: schema.organization.id,
        name: schema.organization.name,
      },
      session: {
        startsAt: schema.trainingSession.startsAt,
        endsAt: schema.trainingSession.endsAt,
        timeZone: schema.trainingSession.timeZone,
        format: schema.trainingSession.format,
        language: schema.trainingSession.language,
      },
      course: {
        id: schema.course.id,
        titleEn: schema.course.titleEn,
        titleEs: schema.course.titleEs,
        summaryEn: schema.course.summaryEn,
        summaryEs: schema.course.summaryEs,
        contactMinutes: schema.course.contactMinutes,
        ceCategories: schema.course.ceCategories,
        completionRules: schema.course.completionRules,
        validForMonths: schema.course.validForMonths,
      },
    })
    .from(schema.registration)
    .innerJoin(schema.completion, eq(schema.completion.registrationId, schema.registration.id))
    .innerJoin(schema.user, eq(schema.user.id, schema.registration.userId))
    .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.registration.sessionId))
    .innerJoin(schema.course, eq(schema.course.id, schema.trainingSession.courseId))
    .leftJoin(schema.importedSession, eq(schema.importedSession.sessionId, schema.registration.sessionId))
    .leftJoin(
      schema.inhouseTrainingReport,
      and(
        eq(schema.inhouseTrainingReport.sessionId, schema.registration.sessionId),
        eq(schema.inhouseTrainingReport.status, "approved"),
      ),
    )
    .leftJoin(schema.organization, eq(schema.organization.id, schema.inhouseTrainingReport.organizationId))
    .where(eq(schema.registration.id, registrationId));
  if (!row) return null;
  const hub = await readHubSettings(db);
  const language: Locale = row.session.language;
  // Drizzle gives a left-joined group of nulls as null; the organization's id is never null when it is there.
  const deliveredBy = row.deliveredBy?.organizationId ? row.deliveredBy : null;
  return { ...row, deliveredBy, hub, language, recipientName: recipientNameOf(row) };
}

/** The certificate names the legal name, falling back to the chosen name when none was given. */
export function recipientNameOf(person: { legalName: string | null; chosenName: string }): string {
  return person.legalName?.trim() || person.chosenName;
}

/** A calendar date in the session's own zone ("YYYY-MM-DD"): a meeting that ends at 4 pm in Oregon ended that day there. */
export function localDate(instant: Date, timeZone: string): string {
  return utcToZoned(instant, timeZone).date;
}

const ipsNameKeys: Record<IpsFrameworkCode, MessageKey> = {
  "principle-learning": "credentials.ips.principle-learning",
  "principle-relationship": "credentials.ips.principle-relationship",
  "principle-hope": "credentials.ips.principle-hope",
  "task-connection": "public.learn.task.connection.name",
  "task-worldview": "public.learn.task.worldview.name",
  "task-mutuality": "public.learn.task.mutuality.name",
  "task-moving-towards": "public.learn.task.movingTowards.name",
};

export function ipsNames(t: Translate): Record<IpsFrameworkCode, string> {
  return Object.fromEntries(ipsFramework.map((item) => [item.code, t(ipsNameKeys[item.code])])) as Record<
    IpsFrameworkCode,
    string
  >;
}

/** A CE category's label ("Suicide prevention"); unknown categories show as stored. */
export function categoryLabel(t: Translate, category: string): string {
  const key = `courses.ce.${category}` as MessageKey;
  const label = t(key);
  return label === key ? category : label;
}

/** "Attend at least 90 % of the 30 contact hours, including days 1 and 2; a trainer signs off." in the credential's language. */
export function criteriaNarrative(
  locale: Locale,
  course: { contactMinutes: number; completionRules: CompletionRules | null },
): string {
  const t = translator(locale);
  const rules = course.completionRules ?? defaultCompletionRules;
  const hours = minutesToHours(course.contactMinutes);
  const sentences = [
    rules.minimumShare !== undefined && rules.minimumShare < 1
      ? t("credentials.criteria.share", { percent: Math.round(rules.minimumShare * 100), hours })
      : t("credentials.criteria.all", { hours }),
  ];
  if (rules.maximumMissedMinutes !== undefined)
    sentences.push(t("credentials.criteria.missed", { hours: minutesToHours(rules.maximumMissedMinutes) }));
  if (rules.requiredMeetingPositions?.length)
    sentences.push(t("credentials.criteria.meetings", { days: rules.requiredMeetingPositions.join(", ") }));
  if (rules.requireSignOff) sentences.push(t("credentials.criteria.signOff"));
  sentences.push(t("credentials.criteria.contactHour"));
  return sentences.join(" ");
}
