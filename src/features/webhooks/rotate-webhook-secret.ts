// A hub admin replaces a subscription's signing secret (lost, or someone left); the new one is returned once.
import { eq } from "drizzle-orm";
import type { Viewer } from "#core/access.ts";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { newWebhookSecret } from "./create-webhook-subscription.ts";

export async function rotateWebhookSecret(
  db: Executor,
  input: { viewer: Viewer | null; subscriptionId: string; now: Date; actor: AuditActor },
): Promise<{ id: string; url: string; secret: string }> {
  requireAdmin(input.viewer);
  const secret = newWebhookSecret();
  return db.transaction(async (tx) => {
    const [rotated] = await tx
      .update(schema.webhookSubscription)
      .set({ secret, secretRotatedAt: input.now })
      .where(eq(schema.webhookSubscription.id, input.subscriptionId))
      .returning({ id: schema.webhookSubscription.id, url: schema.webhookSubscription.url });
    if (!rotated) throw new AppError("not_found", { key: "webhooks.errors.notFound" });
    // Messages still waiting are signed when sent, so they go out under the new secret.
    await recordAudit(tx, input.actor, {
      action: "webhook.rotate_secret",
      targetType: "webhook_subscription",
      targetId: rotated.id,
      summary: { url: rotated.url },
    });
    return { ...rotated, secret };
  });
}
