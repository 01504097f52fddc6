// The job contract for the daily renewal reminders (send-certification-reminders.ts); the worker runs it on a schedule.
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";

export const certificationRemindersJob = defineJobContract({
  name: "certification-reminders",
  payload: z.object({}).passthrough(),
  attempts: 5,
});
