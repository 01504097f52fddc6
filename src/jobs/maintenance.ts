// Housekeeping that runs on a schedule: forget stale rate-limit counters and idempotency answers.
import { sql } from "drizzle-orm";
import { z } from "zod";
import { defineJobContract, type JobHandler } from "#platform/jobs/contract.ts";

export const pruneJob = defineJobContract({
  name: "maintenance.prune",
  payload: z.object({}).passthrough(),
  attempts: 5,
});

export const pruneHandler: JobHandler<typeof pruneJob> = async (services) => {
  // Finished jobs are forgotten by the retention purge (features/privacy/purge-retained-data.ts), on the admin's period.
  await services.db.execute(sql`DELETE FROM rate_limit_bucket WHERE window_start < now() - interval '1 day'`);
  // Idempotency answers are replayed for a day (api/idempotency.ts); after that they only take room.
  await services.db.execute(sql`DELETE FROM idempotency_key WHERE created_at < now() - interval '2 days'`);
  await services.db.execute(sql`DELETE FROM password_failure WHERE last_failure_at < now() - interval '2 days'`);
};
