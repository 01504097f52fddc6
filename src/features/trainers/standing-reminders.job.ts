// The job contract for the calm reminder before a trainer's standing would lapse (send-standing-reminders.ts); daily.
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";

export const standingRemindersJob = defineJobContract({
  name: "trainers.standing-reminders",
  payload: z.object({}).passthrough(),
  attempts: 5,
});
