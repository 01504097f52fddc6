// Every webhook subscription, newest first, without its secret (shown only when made or rotated).
import { desc } from "drizzle-orm";
import type { Viewer } from "#core/access.ts";
import { schema, type Executor } from "#db/client.ts";
import { requireAdmin } from "#features/access/require-admin.ts";

export type WebhookSubscriptionSummary = {
  id: string;
  url: string;
  description: string;
  eventTypes: string[];
  enabled: boolean;
  createdAt: Date;
  secretRotatedAt: Date | null;
};

export async function listWebhookSubscriptions(
  db: Executor,
  input: { viewer: Viewer | null },
): Promise<WebhookSubscriptionSummary[]> {
  requireAdmin(input.viewer);
  return db
    .select({
      id: schema.webhookSubscription.id,
      url: schema.webhookSubscription.url,
      description: schema.webhookSubscription.description,
      eventTypes: schema.webhookSubscription.eventTypes,
      enabled: schema.webhookSubscription.enabled,
      createdAt: schema.webhookSubscription.createdAt,
      secretRotatedAt: schema.webhookSubscription.secretRotatedAt,
    })
    .from(schema.webhookSubscription)
    .orderBy(desc(schema.webhookSubscription.createdAt));
}
