// The job contract for the scheduled impact exports round (send-impact-exports.ts): mail every export whose day has come.
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";

export const sendImpactExportsJob = defineJobContract({
  name: "impact.exports.send",
  payload: z.object({}).passthrough(),
  attempts: 5,
});
