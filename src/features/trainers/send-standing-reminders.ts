// The daily job that sends one calm reminder before an active trainer's standing would lapse, saying what keeps them
// active and by when. One per trainer per lapse date (a row claimed before the mail is queued, in one transaction);
// trainers who turned reminders off get none.
import { eq } from "drizzle-orm";
import { schema } from "#db/client.ts";
import { defaultLocale, isLocale } from "#core/locale.ts";
import { standingReminderDue } from "#core/trainer-standing.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import type { Services } from "#platform/services.ts";
import { translator } from "#i18n/translate.ts";
import { queueMail } from "#features/mail/queue-mail.ts";
import { readRequirementSet } from "./requirement-set.ts";
import { standingWords } from "./standing-text.ts";
import { standingsOf } from "./trainer-standings.ts";
import type { standingRemindersJob } from "./standing-reminders.job.ts";

/** Answers how many reminders were queued. */
export async function sendStandingReminders(services: Pick<Services, "db" | "now" | "config">): Promise<number> {
  const now = services.now();
  const trainers = await services.db
    .selectDistinct({
      userId: schema.user.id,
      email: schema.user.email,
      name: schema.user.name,
      locale: schema.user.locale,
      timeZone: schema.user.timeZone,
      remindersOff: schema.trainerProfile.remindersOff,
    })
    .from(schema.roleGrant)
    .innerJoin(schema.user, eq(schema.user.id, schema.roleGrant.userId))
    .leftJoin(schema.trainerProfile, eq(schema.trainerProfile.userId, schema.user.id))
    .where(eq(schema.roleGrant.role, "trainer"));
  const wanting = trainers.filter((t) => !t.remindersOff);
  if (wanting.length === 0) return 0;
  const rules = await readRequirementSet(services.db);
  const standings = await standingsOf(
    services.db,
    wanting.map((t) => t.userId),
    now,
  );
  let queued = 0;
  for (const trainer of wanting) {
    const standing = standings.get(trainer.userId)!;
    const lapsesAt = standingReminderDue(standing, now, rules.remindDaysBefore);
    if (!lapsesAt) continue;
    const locale = isLocale(trainer.locale) ? trainer.locale : defaultLocale;
    const t = translator(locale);
    const sent = await services.db.transaction(async (tx) => {
      const claimed = await tx
        .insert(schema.trainerStandingReminder)
        .values({ userId: trainer.userId, lapsesAt, sentAt: now })
        .onConflictDoNothing()
        .returning({ userId: schema.trainerStandingReminder.userId });
      if (claimed.length === 0) return false;
      await queueMail(tx, {
        to: trainer.email,
        locale,
        recipientName: trainer.name,
        template: "notice.trainer-standing",
        content: {
          subject: t("trainers.reminder.subject"),
          paragraphs: [...standingWords(locale, standing, trainer.timeZone).next, t("trainers.reminder.body")],
          actions: [{ label: t("trainers.reminder.action"), url: `${services.config.publicUrl}/trainer/standing` }],
          afterword: [t("trainers.reminder.turnOff")],
        },
      });
      return true;
    });
    if (sent) queued += 1;
  }
  return queued;
}

/** The worker's handler for `standingRemindersJob`. */
export const standingRemindersHandler: JobHandler<typeof standingRemindersJob> = async (services) => {
  await sendStandingReminders(services);
};
