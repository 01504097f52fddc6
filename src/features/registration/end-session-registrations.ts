// When a session is cancelled, every live registration ends with it and each person is told; run inside the cancelling transaction.
import { and, eq, inArray } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { liveStatuses } from "#core/registration.ts";
import type { AuditActor } from "#features/audit/record-audit.ts";
import { lockSession } from "./seat-ledger.ts";
import { moveRegistrations } from "./transition.ts";

export async function endSessionRegistrations(
  tx: Executor,
  sessionId: string,
  context: { now: Date; actor: AuditActor; reason?: string | null },
): Promise<number> {
  await lockSession(tx, sessionId);
  const rows = await tx
    .select({
      id: schema.registration.id,
      status: schema.registration.status,
      sessionId: schema.registration.sessionId,
    })
    .from(schema.registration)
    .where(and(eq(schema.registration.sessionId, sessionId), inArray(schema.registration.status, [...liveStatuses])));
  // An application still waiting for approval is withdrawn the same way: the state machine lets every live state cancel.
  await moveRegistrations(tx, rows, "cancelled", {
    now: context.now,
    actor: context.actor,
    reason: context.reason ?? null,
    notice: { kind: "session_cancelled", message: context.reason ?? undefined },
  });
  return rows.length;
}
