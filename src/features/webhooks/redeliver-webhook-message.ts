// A hub admin sends a message again (the receiver was down past the last retry, or lost it): same id, same body.
import { and, eq } from "drizzle-orm";
import type { Viewer } from "#core/access.ts";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { enqueue } from "#platform/jobs/queue.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { deliverWebhookJob } from "./deliver-webhook.job.ts";

export async function redeliverWebhookMessage(
  db: Executor,
  input: { viewer: Viewer | null; subscriptionId: string; messageId: string; actor: AuditActor },
): Promise<void> {
  requireAdmin(input.viewer);
  await db.transaction(async (tx) => {
    const [message] = await tx
      .update(schema.webhookMessage)
      .set({ status: "pending" })
      .where(
        and(
          eq(schema.webhookMessage.id, input.messageId),
          eq(schema.webhookMessage.subscriptionId, input.subscriptionId),
        ),
      )
      .returning({ id: schema.webhookMessage.id, eventType: schema.webhookMessage.eventType });
    if (!message) throw new AppError("not_found", { key: "webhooks.errors.messageNotFound" });
    // The same id goes out again, so a receiver that did get it the first time can tell and ignore it.
    await enqueue(tx, deliverWebhookJob, { messageId: message.id });
    await recordAudit(tx, input.actor, {
      action: "webhook.redeliver",
      targetType: "webhook_message",
      targetId: message.id,
      summary: { subscriptionId: input.subscriptionId, eventType: message.eventType },
    });
  });
}
