// The job contract for the journal's upkeep (tend-journals.ts): erase entries past their undo window, send due check-ins.
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";

export const tendJournalsJob = defineJobContract({
  name: "tend-journals",
  payload: z.object({}).passthrough(),
  attempts: 5,
});
