// A hub admin removes a subscription; its messages and delivery log go with it, and waiting deliveries find nothing.
import { eq } from "drizzle-orm";
import type { Viewer } from "#core/access.ts";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { requireAdmin } from "#features/access/require-admin.ts";

export async function deleteWebhookSubscription(
  db: Executor,
  input: { viewer: Viewer | null; subscriptionId: string; actor: AuditActor },
): Promise<void> {
  requireAdmin(input.viewer);
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(schema.webhookSubscription)
      .where(eq(schema.webhookSubscription.id, input.subscriptionId))
      .returning({ id: schema.webhookSubscription.id, url: schema.webhookSubscription.url });
    if (!removed) throw new AppError("not_found", { key: "webhooks.errors.notFound" });
    await recordAudit(tx, input.actor, {
      action: "webhook.delete",
      targetType: "webhook_subscription",
      targetId: removed.id,
      summary: { url: removed.url },
    });
  });
}
