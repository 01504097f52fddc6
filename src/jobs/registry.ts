// Every job the hub knows and every recurring schedule: each contract paired with its handler, which lives with its
// use case and is loaded the first time a job of that name runs. The worker runs exactly these.
import { bindJob, type JobBinding, type Schedule } from "./worker.ts";
import { pruneHandler, pruneJob } from "./maintenance.ts";
import { deliverMailJob } from "#features/mail/deliver-mail.job.ts";
import { expireOffersJob } from "#features/registration/expire-offers.job.ts";
import { sendRegistrationNoticeJob } from "#features/registration/registration-notice.job.ts";
import { remindSessionsJob } from "#features/registration/remind-sessions.job.ts";
import { certificationRemindersJob } from "#features/certifications/certification-reminders.job.ts";
import { issueCredentialJob } from "#features/credentials/issue-credential.job.ts";
import { reissueCredentialsJob } from "#features/credentials/reissue-credentials.job.ts";
// trainers (issue 10)
import { standingRemindersJob } from "#features/trainers/standing-reminders.job.ts";

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
  // trainers (issue 10)
  bindJob(standingRemindersJob, {
    load: async () => (await import("#features/trainers/send-standing-reminders.ts")).standingRemindersHandler,
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
  // trainers (issue 10): a calm note before a trainer's standing would lapse, once a day.
  { name: "trainer-standing-reminders", cron: "30 17 * * *", job: standingRemindersJob },
];
