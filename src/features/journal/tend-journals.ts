// The journal's upkeep, every few minutes: entries past their undo window are erased, and people who turned on gentle
// check-ins get their note. The note never carries what they wrote (the outbox is readable by hub admins): only an
// invitation to look, with no count, streak or "you missed".
import { and, eq, isNotNull, lte } from "drizzle-orm";
import { schema } from "#db/client.ts";
import { defaultLocale, isLocale } from "#core/locale.ts";
import type { Services } from "#platform/services.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import { translator } from "#i18n/translate.ts";
import { queueMail } from "#features/mail/queue-mail.ts";
import { eraseRemovedEntries } from "./remove-entry.ts";
import type { tendJournalsJob } from "./tend-journals.job.ts";

/** Sends the check-in notes due at `now`; answers how many went out. Safe to run in several workers at once. */
export async function sendCheckIns(services: Pick<Services, "db" | "now" | "config">): Promise<number> {
  const now = services.now();
  const due = await services.db
    .select({
      id: schema.journalIntention.id,
      days: schema.journalIntention.checkInDays,
      nextAt: schema.journalIntention.nextCheckInAt,
      email: schema.user.email,
      name: schema.user.name,
      locale: schema.user.locale,
    })
    .from(schema.journalIntention)
    .innerJoin(schema.user, eq(schema.user.id, schema.journalIntention.userId))
    .where(and(isNotNull(schema.journalIntention.nextCheckInAt), lte(schema.journalIntention.nextCheckInAt, now)));
  let sent = 0;
  for (const intention of due) {
    if (!intention.days || !intention.nextAt) continue;
    const sentNow = await services.db.transaction(async (tx) => {
      // Moving the next date is the claim: another worker that read the same row finds it moved and sends nothing.
      const claimed = await tx
        .update(schema.journalIntention)
        .set({ nextCheckInAt: new Date(now.getTime() + intention.days! * 24 * 60 * 60_000) })
        .where(
          and(
            eq(schema.journalIntention.id, intention.id),
            eq(schema.journalIntention.nextCheckInAt, intention.nextAt!),
          ),
        )
        .returning({ id: schema.journalIntention.id });
      if (claimed.length === 0) return false;
      const locale = isLocale(intention.locale) ? intention.locale : defaultLocale;
      const t = translator(locale);
      await queueMail(tx, {
        to: intention.email,
        locale,
        recipientName: intention.name,
        template: "notice.journal-check-in",
        content: {
          subject: t("journal.checkIn.mail.subject"),
          paragraphs: [t("journal.checkIn.mail.body")],
          actions: [
            { label: t("journal.checkIn.mail.action"), url: `${services.config.publicUrl}/my/journal/intentions` },
          ],
          afterword: [t("journal.checkIn.mail.turnOff")],
        },
      });
      return true;
    });
    if (sentNow) sent += 1;
  }
  return sent;
}

/** The worker's handler for `tendJournalsJob`. */
export const tendJournalsHandler: JobHandler<typeof tendJournalsJob> = async (services) => {
  await eraseRemovedEntries(services.db, services.now());
  await sendCheckIns(services);
};
