// The job contract for the daily retention purge (purge-retained-data.ts): every category in one run, once a day.
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";

export const purgeRetainedDataJob = defineJobContract({
  name: "retention.purge",
  payload: z.object({}).passthrough(),
  attempts: 3,
});
