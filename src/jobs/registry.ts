// Every job the hub knows and every recurring schedule; the worker runs exactly these.
import type { JobDefinition, Schedule } from "./define-job.ts";
import { deliverMailJob } from "#features/mail/deliver-mail.ts";
import { pruneJob } from "./maintenance.ts";
import { expireOffersJob } from "#features/registration/expire-offers.ts";
import { sendRegistrationNoticeJob } from "#features/registration/send-registration-notice.ts";
import { remindSessionsJob } from "#features/registration/remind-sessions.ts";
import { certificationRemindersJob } from "#features/certifications/send-certification-reminders.ts";
// — credentials (H7) —
import { issueCredentialJob } from "#features/credentials/issue-credential.ts";
import { reissueCredentialsJob } from "#features/credentials/reissue-credentials.ts";

export const allJobs: JobDefinition[] = [deliverMailJob as JobDefinition, pruneJob as JobDefinition, expireOffersJob as JobDefinition, sendRegistrationNoticeJob as JobDefinition, remindSessionsJob as JobDefinition, certificationRemindersJob as JobDefinition, issueCredentialJob as JobDefinition, reissueCredentialsJob as JobDefinition];

export const allSchedules: Schedule[] = [
  { name: "prune-hourly", cron: "17 * * * *", job: pruneJob as JobDefinition },
  // Offers end within a minute of their deadline and pass on.
  { name: "expire-offers", cron: "* * * * *", job: expireOffersJob as JobDefinition },
  // Reminders two days before a session's first meeting (each session once).
  { name: "remind-sessions", cron: "*/15 * * * *", job: remindSessionsJob as JobDefinition },
  // Renewal reminders once a day, mid-morning in Oregon.
  { name: "certification-reminders", cron: "0 17 * * *", job: certificationRemindersJob as JobDefinition },
];
