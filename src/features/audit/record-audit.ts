// Writes one audit row in the caller's transaction, so the change and its record land together or not at all.
import { schema, type Executor } from "#db/client.ts";
import type { AuditAction } from "#core/audit-actions.ts";

export type AuditActor = { userId: string | null; label?: string; ip?: string | null; requestId?: string | null };

export type AuditEntry = {
  /** One of the listed codes (src/core/audit-actions.ts), so each can be worded for people. */
  action: AuditAction;
  targetType: string;
  targetId?: string | null;
  /** What changed, in a few fields; never a password, token or sensitive answer. */
  summary?: Record<string, unknown>;
};

export async function recordAudit(db: Executor, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await recordAudits(db, actor, [entry]);
}

/** Several rows by one actor in one statement (a group's registrations move together). */
export async function recordAudits(db: Executor, actor: AuditActor, entries: readonly AuditEntry[]): Promise<void> {
  await recordAuditsBy(
    db,
    entries.map((entry) => ({ actor, entry })),
  );
}

/** Rows by several actors in one statement (a batch of people registering at once). */
export async function recordAuditsBy(
  db: Executor,
  rows: readonly { actor: AuditActor; entry: AuditEntry }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(schema.auditEvent).values(
    rows.map(({ actor, entry }) => ({
      actorId: actor.userId,
      actorLabel: actor.label ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      summary: entry.summary ?? {},
      ip: actor.ip ?? null,
      requestId: actor.requestId ?? null,
    })),
  );
}
