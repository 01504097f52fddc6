// Housekeeping that runs on a schedule: forget finished jobs and stale rate-limit counters.
import { sql } from "drizzle-orm";
import { z } from "zod";
import { defineJob } from "./define-job.ts";

export const pruneJob = defineJob({
  name: "maintenance.prune",
  schema: z.object({}).passthrough(),
  async run(services) {
    await services.db.execute(sql`DELETE FROM job WHERE status = 'done' AND finished_at < now() - interval '14 days'`);
    await services.db.execute(sql`DELETE FROM rate_limit_bucket WHERE window_start < now() - interval '1 day'`);
  },
});
