// Deletes a person's whole journal by destroying their key: the key row goes, and with it (by cascade) every entry and
// intention. Copies of the sealed rows in backups stay sealed with a key that no longer exists (crypto-shredding).
import { eq } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { journalOwner } from "./journal-content.ts";

export async function deleteJournal(
  services: Pick<Services, "db">,
  request: { viewer: Viewer | null },
  actor: AuditActor,
): Promise<void> {
  const userId = journalOwner(request.viewer);
  await services.db.transaction(async (tx) => {
    const removed = await tx
      .delete(schema.journalKey)
      .where(eq(schema.journalKey.userId, userId))
      .returning({ userId: schema.journalKey.userId });
    // The row says only that a journal was deleted, never what was in it.
    if (removed.length)
      await recordAudit(tx, actor, { action: "journal.delete", targetType: "journal", targetId: userId });
  });
}
