// Housekeeping that runs on a schedule: forget finished jobs and stale rate-limit counters.
import { sql } from "drizzle-orm";
import { z } from "zod";
import { defineJobContract, type JobHandler } from "#platform/jobs/contract.ts";

export const pruneJob = defineJobContract({
  name: "maintenance.prune",
  payload: z.object({}).passthrough(),
  attempts: 5,
});

export const pruneHandler: JobHandler<typeof pruneJob> = async (services) => {
  await services.db.execute(sql`DELETE FROM job WHERE status = 'done' AND finished_at < now() - interval '14 days'`);
  await services.db.execute(sql`DELETE FROM rate_limit_bucket WHERE window_start < now() - interval '1 day'`);
};
