// Archives are deleted once their link expires, the archive and its row together: nothing of them stays in the hub.
import { lte } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import type { purgeDataExportsJob } from "./purge-data-exports.job.ts";

/** Deletes every archive expired at `now`; answers how many. */
export async function purgeExpiredDataExports(db: Executor, now: Date): Promise<number> {
  const gone = await db
    .delete(schema.dataExport)
    .where(lte(schema.dataExport.expiresAt, now))
    .returning({ id: schema.dataExport.id });
  return gone.length;
}

/** The worker's handler for `purgeDataExportsJob`, run once a day. */
export const purgeDataExportsHandler: JobHandler<typeof purgeDataExportsJob> = async (services) => {
  const purged = await purgeExpiredDataExports(services.db, services.now());
  if (purged) services.logger.info({ purged }, "expired data exports deleted");
};
