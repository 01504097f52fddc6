// The job contract for the scheduled evaluation round (remind-evaluations.ts): "before" questions and the one reminder.
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";

export const remindEvaluationsJob = defineJobContract({
  name: "evaluations.remind",
  payload: z.object({}).passthrough(),
  attempts: 5,
});
