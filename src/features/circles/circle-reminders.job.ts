// The job contract for reminding circle members before a meeting, at the time each chose (send-circle-reminders.ts).
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";

export const circleRemindersJob = defineJobContract({
  name: "circles.send-reminders",
  payload: z.object({}).passthrough(),
  attempts: 5,
});
