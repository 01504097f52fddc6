// The scheduled impact exports round: for every export not paused whose send day has come, the dashboard's
// spreadsheets for the period just ended (the same builder and the same small-number rule as the download on
// /admin/impact), mailed through the outbox to each named address with the files attached (decision 0045).
// One mailing per export and send day, even with several workers: the mailing row and the mails are written together.
import { and, inArray, isNull } from "drizzle-orm";
import { dueSendDay, type DashboardCsvKind } from "#core/impact-exports.ts";
import { countyName } from "#core/oregon-counties.ts";
import { schema } from "#db/client.ts";
import { calendarDateRange } from "#i18n/format.ts";
import { localizedField } from "#i18n/localized.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import type { Services } from "#platform/services.ts";
import { readHubSettings } from "#features/hub/hub-settings.ts";
import type { MailDetail } from "#features/mail/render-mail.ts";
import { queueMail } from "#features/mail/queue-mail.ts";
import { dashboardCsv } from "./dashboard-csv.ts";
import { listDashboardChoices } from "./list-dashboard-choices.ts";
import { readImpactDashboard } from "./read-impact-dashboard.ts";
import type { sendImpactExportsJob } from "./send-impact-exports.job.ts";

const kindNames: Record<DashboardCsvKind, MessageKey> = {
  figures: "impact.exports.kind.figures",
  funnel: "impact.exports.kind.funnel",
  months: "impact.exports.kind.months",
};

/** Answers how many exports were mailed this round and to how many addresses in all. */
export async function sendDueImpactExports(
  services: Pick<Services, "db" | "now">,
): Promise<{ mailed: number; recipients: number }> {
  const now = services.now();
  const e = schema.impactExport;
  const m = schema.impactExportMailing;
  const active = await services.db.select().from(e).where(isNull(e.pausedAt));
  let mailed = 0;
  let recipients = 0;
  const dueNow = active.flatMap((row) => {
    const due = dueSendDay(row, now);
    return due ? [{ row, due }] : [];
  });
  if (dueNow.length === 0) return { mailed, recipients };
  // Already mailed for this day (the usual case, every hour after the first): one read for all, and no figures are
  // read for nothing.
  const mailings = await services.db
    .select({ exportId: m.exportId, sendDay: m.sendDay })
    .from(m)
    .where(
      and(
        inArray(
          m.exportId,
          dueNow.map(({ row }) => row.id),
        ),
        inArray(m.sendDay, [...new Set(dueNow.map(({ due }) => due.sendDay))]),
      ),
    );
  const done = new Set(mailings.map((mailing) => `${mailing.exportId}|${mailing.sendDay}`));
  // Read once a round, and only when something is mailed.
  let hubSettings: ReturnType<typeof readHubSettings> | undefined;
  let dashboardChoices: ReturnType<typeof listDashboardChoices> | undefined;
  const choicesOnce = () => (dashboardChoices ??= listDashboardChoices(services.db));
  for (const { row, due } of dueNow) {
    if (done.has(`${row.id}|${due.sendDay}`)) continue;
    const t = translator(row.language);
    const locale = row.language;
    const kinds = row.kinds.filter((kind): kind is DashboardCsvKind => kind in kindNames);
    // The figures are read before the transaction: reading them may rebuild the rollup, which must not wait on a lock.
    const { figures } = await readImpactDashboard(services.db, {
      filter: { ...row.filter, from: due.from, to: due.to },
      now,
    });
    const attachments = kinds.map((kind) => ({
      filename: `impact-${kind}-${due.from}-${due.to}.csv`,
      contentType: "text/csv; charset=utf-8",
      content: dashboardCsv(figures, kind, t),
    }));
    const hub = await (hubSettings ??= readHubSettings(services.db));
    const period = calendarDateRange(locale, due.from, due.to);
    const details: MailDetail[] = [
      { label: t("impact.exports.mail.period"), value: period },
      { label: t("impact.exports.mail.files"), value: kinds.map((kind) => t(kindNames[kind])).join("\n") },
      ...(await filterDetails(choicesOnce, row.filter, locale)),
    ];
    const sent = await services.db.transaction(async (tx) => {
      // The conditional mark: a second worker (or a second round the same day) inserts nothing and sends nothing.
      const marked = await tx
        .insert(m)
        .values({
          exportId: row.id,
          sendDay: due.sendDay,
          periodFrom: due.from,
          periodTo: due.to,
          recipients: row.recipients.length,
          sentAt: now,
        })
        .onConflictDoNothing()
        .returning({ exportId: m.exportId });
      if (marked.length === 0) return false;
      for (const address of row.recipients)
        await queueMail(tx, {
          to: address,
          locale,
          recipientName: address,
          attachments,
          template: "notice.impact-export",
          content: {
            subject: t("impact.exports.mail.subject", { hub: hub.name, period }),
            paragraphs: [t("impact.exports.mail.intro", { hub: hub.name, period }), t("impact.exports.mail.withheld")],
            details,
            afterword: [t("impact.exports.mail.why", { hub: hub.name })],
          },
        });
      return true;
    });
    if (sent) {
      mailed += 1;
      recipients += row.recipients.length;
    }
  }
  return { mailed, recipients };
}

/** The filter in words, so a reader knows the figures are about one course, partner, county or trainer. */
async function filterDetails(
  readChoices: () => ReturnType<typeof listDashboardChoices>,
  filter: Record<string, string>,
  locale: "en" | "es",
): Promise<MailDetail[]> {
  if (Object.keys(filter).length === 0) return [];
  const t = translator(locale);
  const choices = await readChoices();
  const details: MailDetail[] = [];
  const course = choices.courses.find((row) => row.id === filter.courseId);
  if (course) details.push({ label: t("impact.admin.course"), value: localizedField(course, "title", locale) });
  const partner = choices.organizations.find((row) => row.id === filter.organizationId);
  if (partner) details.push({ label: t("impact.admin.partner"), value: partner.name });
  const county = filter.countyFips ? countyName(filter.countyFips) : null;
  if (county) details.push({ label: t("impact.admin.county"), value: county });
  const trainer = choices.trainers.find((row) => row.id === filter.trainerId);
  if (trainer) details.push({ label: t("impact.admin.trainer"), value: trainer.name });
  return details;
}

/** The worker's handler for `sendImpactExportsJob`. */
export const sendImpactExportsHandler: JobHandler<typeof sendImpactExportsJob> = async (services) => {
  await sendDueImpactExports(services);
};
