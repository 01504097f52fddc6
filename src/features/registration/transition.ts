// Moves registrations from one state to another by the one state machine in core, with their history, audit rows and notices.
import { and, eq, inArray } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { canTransition, type RegistrationStatus } from "#core/registration.ts";
import { recordAudits, type AuditActor } from "#features/audit/record-audit.ts";
import { notify, type RegistrationNotice } from "./notices.ts";

export type RegistrationRef = { id: string; status: RegistrationStatus; sessionId: string };

export type TransitionContext = {
  now: Date;
  actor: AuditActor;
  /** Why, in a person's words: required for an admin's move in the line, kept for every decision. */
  reason?: string | null;
  /** Columns that change with the state (an offer's deadline, the pool seats come from…). */
  set?: Partial<typeof schema.registration.$inferInsert>;
  notice?: { kind: RegistrationNotice; round?: string; message?: string };
};

/** Holding states keep a pool; every other state gives the seats back. */
const holdsSeats = (status: RegistrationStatus) => status === "confirmed" || status === "offered";

/**
 * Moves each registration to `to`, refusing the whole change if any cannot make that move (another request changed it
 * first, or the state machine forbids it). Runs in the caller's transaction; the caller holds the session's lock.
 */
export async function moveRegistrations(tx: Executor, rows: readonly RegistrationRef[], to: RegistrationStatus, context: TransitionContext): Promise<void> {
  if (rows.length === 0) return;
  for (const row of rows) {
    if (!canTransition(row.status, to)) throw new AppError("conflict", { detail: `A registration that is ${row.status} cannot become ${to}` });
  }
  const byStatus = new Map<RegistrationStatus, string[]>();
  for (const row of rows) byStatus.set(row.status, [...(byStatus.get(row.status) ?? []), row.id]);
  for (const [from, ids] of byStatus) {
    const changed = await tx
      .update(schema.registration)
      .set({
        status: to,
        ...(holdsSeats(to) ? {} : { heldFrom: null, offerExpiresAt: null }),
        ...(to === "confirmed" ? { offerExpiresAt: null } : {}),
        ...(to === "cancelled" ? { cancelledAt: context.now } : {}),
        ...context.set,
        updatedAt: context.now,
      })
      .where(and(inArray(schema.registration.id, ids), eq(schema.registration.status, from)))
      .returning({ id: schema.registration.id });
    // The caller read these rows under the session's lock, so a difference means a bug, not a race: stop everything.
    if (changed.length !== ids.length) throw new AppError("conflict", { detail: "The registration changed while it was being updated" });
  }
  await tx.insert(schema.registrationEvent).values(
    rows.map((row) => ({ registrationId: row.id, fromStatus: row.status, toStatus: to, actorId: context.actor.userId, reason: context.reason ?? null, createdAt: context.now })),
  );
  await recordAudits(
    tx,
    context.actor,
    rows.map((row) => ({
      action: `registration.${to}`,
      targetType: "registration",
      targetId: row.id,
      summary: { sessionId: row.sessionId, from: row.status, ...(context.reason ? { reason: context.reason } : {}) },
    })),
  );
  if (context.notice) await notify(tx, rows.map((row) => row.id), context.notice.kind, { round: context.notice.round, message: context.notice.message });
}

/** New registrations' first history rows, audit rows and notices; the rows themselves are inserted by the caller. */
export async function recordNewRegistrations(tx: Executor, rows: readonly RegistrationRef[], context: TransitionContext): Promise<void> {
  if (rows.length === 0) return;
  await tx.insert(schema.registrationEvent).values(
    rows.map((row) => ({ registrationId: row.id, fromStatus: null, toStatus: row.status, actorId: context.actor.userId, reason: context.reason ?? null, createdAt: context.now })),
  );
  await recordAudits(
    tx,
    context.actor,
    rows.map((row) => ({ action: `registration.${row.status}`, targetType: "registration", targetId: row.id, summary: { sessionId: row.sessionId, from: null } })),
  );
  if (context.notice) await notify(tx, rows.map((row) => row.id), context.notice.kind, { round: context.notice.round, message: context.notice.message });
}
