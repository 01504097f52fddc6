// Every job the hub knows and every recurring schedule; the worker runs exactly these.
import type { JobDefinition, Schedule } from "./define-job.ts";
import { deliverMailJob } from "#features/mail/deliver-mail.ts";
import { pruneJob } from "./maintenance.ts";

export const allJobs: JobDefinition[] = [deliverMailJob as JobDefinition, pruneJob as JobDefinition];

export const allSchedules: Schedule[] = [{ name: "prune-hourly", cron: "17 * * * *", job: pruneJob as JobDefinition }];
