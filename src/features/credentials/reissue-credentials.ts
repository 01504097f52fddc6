// Re-issues a person's credentials when the name their certificates carry changes; each old one is marked superseded.
import { and, eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import { enqueue } from "#platform/jobs/queue.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { emitWebhookEvents } from "#features/webhooks/emit-webhook-event.ts";
import { readIssuanceRecord, recipientNameOf } from "./credential-content.ts";
import { lockIssuance, writeCredential, type IssueServices } from "./issue-credential.ts";
import { currentSigningKey } from "./signing-keys.ts";
import { reissueCredentialsJob } from "./reissue-credentials.job.ts";

/** Asks for a re-issue in the caller's transaction (a profile change); the job does the signing, where the keys are. */
export async function requestCredentialReissue(db: Executor, userId: string): Promise<void> {
  await enqueue(db, reissueCredentialsJob, { userId });
}

/** Every active credential whose printed name is no longer the person's name gets a successor; returns the new ids. */
export async function reissueCredentials(
  services: IssueServices,
  input: { userId: string },
  actor: AuditActor,
): Promise<Array<{ from: string; to: string }>> {
  const key = await currentSigningKey(services);
  return services.db.transaction(async (tx) => {
    await lockIssuance(tx);
    const [person] = await tx
      .select({ name: schema.user.name, legalName: schema.user.legalName })
      .from(schema.user)
      .where(eq(schema.user.id, input.userId));
    if (!person) return [];
    const recipientName = recipientNameOf({ legalName: person.legalName, chosenName: person.name });
    const active = await tx
      .select()
      .from(schema.credential)
      .where(and(eq(schema.credential.userId, input.userId), eq(schema.credential.status, "active")));
    const replaced: Array<{ from: string; to: string; registrationId: string }> = [];
    for (const old of active) {
      if (old.recipientName === recipientName) {
        // The public verify page shows the chosen name; keeping it current needs no new signature.
        if (old.displayName !== person.name)
          await tx.update(schema.credential).set({ displayName: person.name }).where(eq(schema.credential.id, old.id));
        continue;
      }
      const record = await readIssuanceRecord(tx, old.registrationId);
      if (!record) continue;
      // A re-issue changes the name, not the achievement: it ends when the original would have.
      const created = await writeCredential(tx, services, record, key, { validUntil: old.validUntil });
      await tx
        .update(schema.credential)
        .set({
          status: "superseded",
          statusReason: "name_changed",
          statusChangedAt: services.now(),
          supersededById: created.id,
        })
        .where(eq(schema.credential.id, old.id));
      await recordAudit(tx, actor, {
        action: "credential.reissue",
        targetType: "credential",
        targetId: created.id,
        summary: { supersedes: old.id, code: created.code, previousCode: old.code },
      });
      replaced.push({ from: old.id, to: created.id, registrationId: old.registrationId });
    }
    // A re-issued certificate is a new credential; `supersedes` names the one it replaces.
    await emitWebhookEvents(
      tx,
      replaced.map((r) => ({
        type: "credential.issued",
        data: { credentialId: r.to, registrationId: r.registrationId, supersedes: r.from },
      })),
      services.now(),
    );
    return replaced.map(({ from, to }) => ({ from, to }));
  });
}

/** The worker's handler for `reissueCredentialsJob`. */
export const reissueCredentialsHandler: JobHandler<typeof reissueCredentialsJob> = async (services, payload) => {
  await reissueCredentials(services, payload, { userId: payload.userId, label: "credential job" });
};
