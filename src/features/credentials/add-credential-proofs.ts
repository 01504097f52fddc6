// Re-issues credentials made before the hub embedded Data Integrity proofs: each keeps its id, code, content and status
// bit, gains an eddsa-rdfc-2022 proof by the current key, and gets a new VC-JWT over the document that carries it.
// Copies of the old JWT that people already hold keep verifying: the key that signed them stays published.
import { and, eq, sql } from "drizzle-orm";
import { schema } from "#db/client.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import { enqueue } from "#platform/jobs/queue.ts";
import type { Executor } from "#db/client.ts";
import type { IssueServices } from "./issue-credential.ts";
import { addDataIntegrityProof } from "./data-integrity.ts";
import { signCredentialJwt } from "./sign-credential.ts";
import { currentSigningKey } from "./signing-keys.ts";
import { addCredentialProofsJob } from "./add-credential-proofs.job.ts";

const BATCH = 50;
const withoutProof = sql`(${schema.credential.document} -> 'proof') IS NULL`;

/** Asks the worker to add the proofs (from the command line, once, after upgrading). */
export async function requestCredentialProofs(db: Executor): Promise<void> {
  await enqueue(db, addCredentialProofsJob, {});
}

/** Adds a proof to every credential without one, a batch per transaction; returns how many it changed. */
export async function addCredentialProofs(services: IssueServices, actor: AuditActor): Promise<number> {
  const key = await currentSigningKey(services);
  const publicUrl = services.config.publicUrl;
  let changed = 0;
  for (;;) {
    const done = await services.db.transaction(async (tx) => {
      const rows = await tx
        .select({ id: schema.credential.id, document: schema.credential.document })
        .from(schema.credential)
        .where(withoutProof)
        .orderBy(schema.credential.id)
        .limit(BATCH)
        .for("update", { skipLocked: true });
      for (const row of rows) {
        const proven = await addDataIntegrityProof(row.document, key, publicUrl, services.now());
        const jwt = await signCredentialJwt(
          proven as unknown as Parameters<typeof signCredentialJwt>[0],
          key,
          publicUrl,
        );
        await tx
          .update(schema.credential)
          .set({ document: proven, jwt, keyId: key.id })
          .where(and(eq(schema.credential.id, row.id), withoutProof));
      }
      if (rows.length > 0)
        await recordAudit(tx, actor, {
          action: "credential.add_proof",
          targetType: "credential",
          targetId: rows[0]!.id,
          summary: { count: rows.length, keyId: key.id, credentialIds: rows.map((row) => row.id) },
        });
      return rows.length;
    });
    changed += done;
    if (done < BATCH) return changed;
  }
}

/** The worker's handler for `addCredentialProofsJob`. */
export const addCredentialProofsHandler: JobHandler<typeof addCredentialProofsJob> = async (services) => {
  const changed = await addCredentialProofs(services, { userId: null, label: "credential job" });
  services.logger.info({ changed }, "embedded proofs added to earlier credentials");
};
