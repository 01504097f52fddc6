// Every job the hub knows and every recurring schedule: each contract paired with its handler, which lives with its
// use case and is loaded the first time a job of that name runs. The worker runs exactly these.
import type { Config } from "#platform/config.ts";
import { bindJob, type JobBinding, type Schedule } from "./worker.ts";
import { pruneHandler, pruneJob } from "./maintenance.ts";
import { deliverMailJob } from "#features/mail/deliver-mail.job.ts";
import { expireOffersJob } from "#features/registration/expire-offers.job.ts";
import { sendRegistrationNoticeJob } from "#features/registration/registration-notice.job.ts";
import { remindSessionsJob } from "#features/registration/remind-sessions.job.ts";
import { certificationRemindersJob } from "#features/certifications/certification-reminders.job.ts";
import { issueCredentialJob } from "#features/credentials/issue-credential.job.ts";
import { reissueCredentialsJob } from "#features/credentials/reissue-credentials.job.ts";
// — webhooks —
import { deliverWebhookJob } from "#features/webhooks/deliver-webhook.job.ts";
import { pruneWebhookLogJob } from "#features/webhooks/prune-webhook-log.job.ts";
// — evaluations —
import { sendEvaluationRequestJob } from "#features/evaluations/send-evaluation-request.job.ts";
import { remindEvaluationsJob } from "#features/evaluations/remind-evaluations.job.ts";
// — journal —
import { tendJournalsJob } from "#features/journal/tend-journals.job.ts";
// — credentials: embedded proofs for earlier credentials —
import { addCredentialProofsJob } from "#features/credentials/add-credential-proofs.job.ts";
// — partners —
import { releaseSponsoredSeatsJob } from "#features/partners/release-sponsored-seats.job.ts";
// — circles —
import { circleRemindersJob } from "#features/circles/circle-reminders.job.ts";
// — operations: scheduled backups —
import { scheduledBackupJob } from "#features/backup/scheduled-backup.job.ts";
// trainers (issue 10)
import { standingRemindersJob } from "#features/trainers/standing-reminders.job.ts";
// privacy (issue 14)
import { prepareDataExportJob } from "#features/privacy/prepare-data-export.job.ts";
import { purgeDataExportsJob } from "#features/privacy/purge-data-exports.job.ts";
import { deleteAccountJob } from "#features/privacy/delete-account.job.ts";
import { purgeRetainedDataJob } from "#features/privacy/purge-retained-data.job.ts";
// impact (issue 12)
import { sendImpactExportsJob } from "#features/impact/send-impact-exports.job.ts";

export const allJobs: JobBinding[] = [
  bindJob(deliverMailJob, { load: async () => (await import("#features/mail/deliver-mail.ts")).deliverMailHandler }),
  bindJob(pruneJob, pruneHandler),
  bindJob(expireOffersJob, {
    load: async () => (await import("#features/registration/expire-offers.ts")).expireOffersHandler,
  }),
  bindJob(sendRegistrationNoticeJob, {
    load: async () => (await import("#features/registration/send-registration-notice.ts")).registrationNoticeHandler,
  }),
  bindJob(remindSessionsJob, {
    load: async () => (await import("#features/registration/remind-sessions.ts")).remindSessionsHandler,
  }),
  bindJob(certificationRemindersJob, {
    load: async () =>
      (await import("#features/certifications/send-certification-reminders.ts")).certificationRemindersHandler,
  }),
  bindJob(issueCredentialJob, {
    load: async () => (await import("#features/credentials/issue-credential.ts")).issueCredentialHandler,
  }),
  bindJob(reissueCredentialsJob, {
    load: async () => (await import("#features/credentials/reissue-credentials.ts")).reissueCredentialsHandler,
  }),
  // — webhooks —
  bindJob(deliverWebhookJob, {
    load: async () => (await import("#features/webhooks/deliver-webhook.ts")).deliverWebhookHandler,
  }),
  bindJob(pruneWebhookLogJob, {
    load: async () => (await import("#features/webhooks/prune-webhook-log.ts")).pruneWebhookLogHandler,
  }),
  // — evaluations —
  bindJob(sendEvaluationRequestJob, {
    load: async () => (await import("#features/evaluations/send-evaluation-request.ts")).sendEvaluationRequestHandler,
  }),
  bindJob(remindEvaluationsJob, {
    load: async () => (await import("#features/evaluations/remind-evaluations.ts")).remindEvaluationsHandler,
  }),
  // — journal —
  bindJob(tendJournalsJob, {
    load: async () => (await import("#features/journal/tend-journals.ts")).tendJournalsHandler,
  }),
  // — credentials: embedded proofs for earlier credentials —
  bindJob(addCredentialProofsJob, {
    load: async () => (await import("#features/credentials/add-credential-proofs.ts")).addCredentialProofsHandler,
  }),
  // — partners —
  bindJob(releaseSponsoredSeatsJob, {
    load: async () => (await import("#features/partners/sponsored-blocks.ts")).releaseSponsoredSeatsHandler,
  }),
  // — circles —
  bindJob(circleRemindersJob, {
    load: async () => (await import("#features/circles/send-circle-reminders.ts")).circleRemindersHandler,
  }),
  // — operations: scheduled backups —
  bindJob(scheduledBackupJob, {
    load: async () => (await import("#features/backup/backup-to-folder.ts")).scheduledBackupHandler,
  }),
  // trainers (issue 10)
  bindJob(standingRemindersJob, {
    load: async () => (await import("#features/trainers/send-standing-reminders.ts")).standingRemindersHandler,
  }),
  // privacy (issue 14)
  bindJob(prepareDataExportJob, {
    load: async () => (await import("#features/privacy/prepare-data-export.ts")).prepareDataExportHandler,
  }),
  bindJob(purgeDataExportsJob, {
    load: async () => (await import("#features/privacy/purge-data-exports.ts")).purgeDataExportsHandler,
  }),
  bindJob(deleteAccountJob, {
    load: async () => (await import("#features/privacy/delete-account.ts")).deleteAccountHandler,
  }),
  bindJob(purgeRetainedDataJob, {
    load: async () => (await import("#features/privacy/purge-retained-data.ts")).purgeRetainedDataHandler,
  }),
  // impact (issue 12)
  bindJob(sendImpactExportsJob, {
    load: async () => (await import("#features/impact/send-impact-exports.ts")).sendImpactExportsHandler,
  }),
];

export const allSchedules: Schedule[] = [
  { name: "prune-hourly", cron: "17 * * * *", job: pruneJob },
  // Offers end within a minute of their deadline and pass on.
  { name: "expire-offers", cron: "* * * * *", job: expireOffersJob },
  // Reminders two days before a session's first meeting (each session once).
  { name: "remind-sessions", cron: "*/15 * * * *", job: remindSessionsJob },
  // Renewal reminders once a day, mid-morning in Oregon.
  { name: "certification-reminders", cron: "0 17 * * *", job: certificationRemindersJob },
  // — evaluations — "before" self-assessments a week ahead and the one reminder after three days, hourly.
  { name: "evaluations-remind", cron: "41 * * * *", job: remindEvaluationsJob },
  // — journal — removed entries are erased within minutes of their undo window closing; check-ins go out then too.
  { name: "tend-journals", cron: "*/5 * * * *", job: tendJournalsJob },
  // — partners — sponsored seats not used by their block's release date go back to the public within a few minutes.
  { name: "release-sponsored-seats", cron: "*/5 * * * *", job: releaseSponsoredSeatsJob },
  // — circles — reminders at the time each member chose (an hour or a day before), within five minutes.
  { name: "circle-reminders", cron: "*/5 * * * *", job: circleRemindersJob },
  // trainers (issue 10): a calm note before a trainer's standing would lapse, once a day.
  { name: "trainer-standing-reminders", cron: "30 17 * * *", job: standingRemindersJob },
  // privacy (issue 14): the retention purge, once a day at night in Oregon. It also deletes expired "download my data"
  // archives and old webhook, mail and job logs, which had schedules of their own before (decision 0040); their
  // contracts stay bound so a run already queued by an older version still finishes.
  { name: "retention-purge", cron: "50 10 * * *", job: purgeRetainedDataJob },
  // impact (issue 12): scheduled exports by mail. Hourly, so each export goes out within the hour after 7:00 on its day
  // in its own time zone (core/impact-exports.ts); one mailing per export and day however often this runs.
  { name: "impact-exports", cron: "23 * * * *", job: sendImpactExportsJob },
];

/** Every schedule this process runs: the fixed ones, and backups into BACKUP_DIR on BACKUP_SCHEDULE when it is set. */
export function schedulesFor(config: Pick<Config, "backup">): Schedule[] {
  if (!config.backup) return allSchedules;
  return [...allSchedules, { name: "backup", cron: config.backup.cron, job: scheduledBackupJob }];
}
