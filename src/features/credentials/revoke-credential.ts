// An admin revokes a credential with a reason; from then on the status list marks it and verification fails.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { isHubAdmin, type Viewer } from "#core/access.ts";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { emitWebhookEvent } from "#features/webhooks/emit-webhook-event.ts";
import { parseInput, problem, requiredText } from "#features/validation/parse-input.ts";
import { MAX_REVOCATION_REASON_LENGTH } from "#core/limits.ts";

export const revokeInput = z.object({
  reason: requiredText(
    MAX_REVOCATION_REASON_LENGTH,
    problem("credentials.errors.reasonMissing"),
    problem("credentials.errors.reasonTooLong"),
  ),
});

export async function revokeCredential(
  db: Executor,
  input: { viewer: Viewer | null; credentialId: string; reason: string; now: Date },
  actor: AuditActor,
): Promise<{ id: string; code: string; revokedAt: Date }> {
  if (!isHubAdmin(input.viewer)) throw new AppError("forbidden", { detail: "Only hub admins revoke credentials" });
  const { reason } = parseInput(revokeInput, { reason: input.reason });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(schema.credential)
      .where(eq(schema.credential.id, input.credentialId))
      .for("update");
    if (!row) throw new AppError("not_found", { key: "credentials.errors.notFound" });
    if (row.status === "revoked") throw new AppError("conflict", { key: "credentials.errors.alreadyRevoked" });
    await markCredentialRevoked(tx, row, { reason, now: input.now, actor });
    return { id: row.id, code: row.code, revokedAt: input.now };
  });
}

/**
 * Revokes one credential in the caller's transaction: its status (so the status list sets its bit), the reason for
 * admins, the audit row and the webhook event. The one way a credential becomes revoked — by an admin here, or by its
 * holder deleting their account (features/privacy/delete-account.ts).
 */
export async function markCredentialRevoked(
  tx: Executor,
  row: { id: string; code: string; status: string; registrationId: string },
  context: { reason: string; now: Date; actor: AuditActor },
): Promise<void> {
  await tx
    .update(schema.credential)
    .set({ status: "revoked", statusReason: context.reason, statusChangedAt: context.now })
    .where(eq(schema.credential.id, row.id));
  // The reason stays with the credential for admins; the log records that it was revoked and by whom.
  await recordAudit(tx, context.actor, {
    action: "credential.revoke",
    targetType: "credential",
    targetId: row.id,
    summary: { code: row.code, previousStatus: row.status },
  });
  await emitWebhookEvent(
    tx,
    "credential.revoked",
    { credentialId: row.id, registrationId: row.registrationId },
    context.now,
  );
}
