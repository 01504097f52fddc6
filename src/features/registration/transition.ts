// Moves registrations from one state to another by the one state machine in core, and records every change of state —
// a new registration's first one included — the same way: its history row, its audit row and its notice, in batches.
import { and, eq, inArray } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { canTransition, type RegistrationStatus } from "#core/registration.ts";
import { holdsSeats } from "#core/seats.ts";
import { recordAuditsBy, type AuditActor } from "#features/audit/record-audit.ts";
import { queueNotices, type RegistrationNotice } from "./notices.ts";
import { emitWebhookEvents } from "#features/webhooks/emit-webhook-event.ts";
import { registrationEventType } from "#core/webhooks.ts";

export type RegistrationRef = { id: string; status: RegistrationStatus; sessionId: string };

export type TransitionContext = {
  now: Date;
  actor: AuditActor;
  /** Why, in a person's words: required for an admin's move in the line, kept for every decision. */
  reason?: string | null;
  /** Columns that change with the state (an offer's deadline, the pool seats come from…). */
  set?: Partial<typeof schema.registration.$inferInsert>;
  notice?: NoticeAsked;
};

type NoticeAsked = { kind: RegistrationNotice; round?: string; message?: string };

/** One registration's change of state as it is recorded; `from` is null for a registration just made. */
export type Transition = {
  registration: { id: string; sessionId: string };
  from: RegistrationStatus | null;
  to: RegistrationStatus;
  actor: AuditActor;
  reason?: string | null;
  notice?: NoticeAsked;
};

/**
 * Records changes of state in the caller's transaction: the history rows, the audit rows and the notices, one statement
 * each whatever the number (a batch of people registering at once, a session's participants).
 */
export async function recordTransitions(tx: Executor, transitions: readonly Transition[], now: Date): Promise<void> {
  if (transitions.length === 0) return;
  await tx.insert(schema.registrationEvent).values(
    transitions.map((t) => ({
      registrationId: t.registration.id,
      fromStatus: t.from,
      toStatus: t.to,
      actorId: t.actor.userId,
      reason: t.reason ?? null,
      createdAt: now,
    })),
  );
  await recordAuditsBy(
    tx,
    transitions.map((t) => ({
      actor: t.actor,
      entry: {
        action: `registration.${t.to}`,
        targetType: "registration",
        targetId: t.registration.id,
        summary: { sessionId: t.registration.sessionId, from: t.from, ...(t.reason ? { reason: t.reason } : {}) },
      },
    })),
  );
  await queueNotices(
    tx,
    transitions.flatMap((t) =>
      t.notice
        ? [
            {
              registrationId: t.registration.id,
              notice: t.notice.kind,
              round: t.notice.round,
              message: t.notice.message,
            },
          ]
        : [],
    ),
  );
  await emitWebhookEvents(
    tx,
    transitions.map((t) => ({
      type: registrationEventType(t.from, t.to),
      data: {
        registrationId: t.registration.id,
        sessionId: t.registration.sessionId,
        status: t.to,
        previousStatus: t.from,
      },
    })),
    now,
  );
}

/**
 * Moves each registration to `to`, refusing the whole change if any cannot make that move (another request changed it
 * first, or the state machine forbids it). Runs in the caller's transaction; the caller holds the session's lock.
 */
export async function moveRegistrations(
  tx: Executor,
  rows: readonly RegistrationRef[],
  to: RegistrationStatus,
  context: TransitionContext,
): Promise<void> {
  if (rows.length === 0) return;
  for (const row of rows) {
    if (!canTransition(row.status, to))
      throw new AppError("conflict", { detail: `A registration that is ${row.status} cannot become ${to}` });
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
    if (changed.length !== ids.length)
      throw new AppError("conflict", { detail: "The registration changed while it was being updated" });
  }
  await recordTransitions(
    tx,
    rows.map((row) => ({
      registration: row,
      from: row.status,
      to,
      actor: context.actor,
      reason: context.reason,
      notice: context.notice,
    })),
    context.now,
  );
}

/** New registrations' first history rows, audit rows and notices, by one actor; the rows themselves are inserted by the caller. */
export async function recordNewRegistrations(
  tx: Executor,
  rows: readonly RegistrationRef[],
  context: TransitionContext,
): Promise<void> {
  await recordTransitions(
    tx,
    rows.map((row) => ({
      registration: row,
      from: null,
      to: row.status,
      actor: context.actor,
      reason: context.reason,
      notice: context.notice,
    })),
    context.now,
  );
}
