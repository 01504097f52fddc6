// Forgets webhook messages older than the log keeps (their tries go with them), so the delivery log does not grow forever.
import { and, lt, ne } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import type { pruneWebhookLogJob } from "./prune-webhook-log.job.ts";

/** How long a sent or failed message stays in the log. */
export const WEBHOOK_LOG_DAYS = 30;

export const pruneWebhookLogHandler: JobHandler<typeof pruneWebhookLogJob> = async (services) => {
  const before = new Date(services.now().getTime() - WEBHOOK_LOG_DAYS * 86_400_000);
  // A message still being retried stays, whatever its age, until it is sent or gives up.
  await services.db
    .delete(schema.webhookMessage)
    .where(and(lt(schema.webhookMessage.createdAt, before), ne(schema.webhookMessage.status, "pending")));
};
