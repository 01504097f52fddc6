// The job contract for reminding participants before a session starts (remind-sessions.ts); the worker runs it on a schedule.
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";

export const remindSessionsJob = defineJobContract({
  name: "registration.remind-sessions",
  payload: z.object({}).passthrough(),
  attempts: 5,
});
