// The job contract for forgetting old webhook messages and their tries (prune-webhook-log.ts); run once a day.
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";

export const pruneWebhookLogJob = defineJobContract({
  name: "webhooks.prune-log",
  payload: z.object({}).passthrough(),
  attempts: 3,
});
