// The daily job that sends calm renewal reminders: when the window opens, 60 and 30 days before expiry. Each goes once
// per certificate (a row per reminder, inserted before the mail is queued, in one transaction); people can turn them off.
import { and, eq } from "drizzle-orm";
import { schema } from "#db/client.ts";
import { defaultLocale, isLocale } from "#core/locale.ts";
import { complianceFor } from "#core/certification.ts";
import { reminderDue, type ReminderKind } from "#core/certification-reminders.ts";
import { utcToZoned } from "#core/local-time.ts";
import type { Services } from "#platform/services.ts";
import { calendarDate, decimalHours } from "#i18n/format.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import { queueMail } from "#features/mail/queue-mail.ts";
import { ceLedger } from "./ce-ledger.ts";
import type { certificationRemindersJob } from "./certification-reminders.job.ts";

const subjects: Record<ReminderKind, MessageKey> = {
  window_open: "certifications.reminder.subject.window_open",
  expiry_60: "certifications.reminder.subject.expiry_60",
  expiry_30: "certifications.reminder.subject.expiry_30",
};

/** Answers how many reminders were queued. */
export async function sendCertificationReminders(services: Pick<Services, "db" | "now" | "config">): Promise<number> {
  const now = services.now();
  const held = await services.db
    .select({
      id: schema.certification.id,
      userId: schema.certification.userId,
      issuedOn: schema.certification.issuedOn,
      typeName: schema.certificationType.name,
      rules: schema.certificationType.rules,
      email: schema.user.email,
      name: schema.user.name,
      locale: schema.user.locale,
      timeZone: schema.user.timeZone,
    })
    .from(schema.certification)
    .innerJoin(schema.certificationType, eq(schema.certificationType.key, schema.certification.typeKey))
    .innerJoin(schema.user, eq(schema.user.id, schema.certification.userId))
    .where(eq(schema.certification.remindersOn, true));
  let queued = 0;
  for (const certification of held) {
    const today = utcToZoned(now, certification.timeZone).date;
    const ledger = await ceLedger(services.db, certification.userId);
    const compliance = complianceFor({
      rules: certification.rules,
      issuedOn: certification.issuedOn,
      today,
      entries: ledger,
    });
    const sent = await services.db
      .select({ kind: schema.certificationReminder.kind })
      .from(schema.certificationReminder)
      .where(
        and(
          eq(schema.certificationReminder.certificationId, certification.id),
          eq(schema.certificationReminder.cycleEndsOn, compliance.expiresOn),
        ),
      );
    const due = reminderDue({
      renewalOpensOn: compliance.renewalOpensOn,
      expiresOn: compliance.expiresOn,
      today,
      alreadySent: new Set(sent.map((row) => row.kind)),
    });
    if (!due) continue;
    const locale = isLocale(certification.locale) ? certification.locale : defaultLocale;
    const t = translator(locale);
    const values = {
      certification: certification.typeName,
      date: calendarDate(locale, compliance.expiresOn),
      opens: calendarDate(locale, compliance.renewalOpensOn),
    };
    const stillNeeded = compliance.categories.filter((c) => c.stillNeeded > 0);
    const sentNow = await services.db.transaction(async (tx) => {
      const claimed = await tx
        .insert(schema.certificationReminder)
        .values(
          due.covers.map((kind) => ({
            certificationId: certification.id,
            kind,
            cycleEndsOn: compliance.expiresOn,
            sentAt: now,
          })),
        )
        .onConflictDoNothing()
        .returning({ kind: schema.certificationReminder.kind });
      // Another worker sent this one first.
      if (!claimed.some((row) => row.kind === due.send)) return false;
      await queueMail(tx, {
        to: certification.email,
        locale,
        recipientName: certification.name,
        template: `notice.certification-${due.send}`,
        content: {
          subject: t(subjects[due.send], values),
          paragraphs: [
            t(`certifications.reminder.body.${due.send}` as MessageKey, values),
            compliance.complete
              ? t("certifications.next.complete")
              : t("certifications.reminder.progress", {
                  counted: decimalHours(compliance.countedMinutes),
                  required: decimalHours(compliance.requiredMinutes),
                }),
            ...stillNeeded.map((c) =>
              t("certifications.next.category", {
                hours: decimalHours(c.stillNeeded),
                category: t(`certifications.category.${c.category}` as MessageKey),
              }),
            ),
          ],
          actions: [
            { label: t("certifications.reminder.action"), url: `${services.config.publicUrl}/my/certifications` },
          ],
          afterword: [t("certifications.reminder.turnOff")],
        },
      });
      return true;
    });
    if (sentNow) queued += 1;
  }
  return queued;
}

/** The worker's handler for `certificationRemindersJob`. */
export const certificationRemindersHandler: JobHandler<typeof certificationRemindersJob> = async (services) => {
  await sendCertificationReminders(services);
};
