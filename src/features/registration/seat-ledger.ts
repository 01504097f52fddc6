// A session's seats as the database holds them: the row lock that serializes seat changes, the seats held and the line,
// and filling freed seats with offers. Every seat change in the hub goes through here, inside one transaction.
import { and, eq, inArray, sql } from "drizzle-orm";
import { queryRows, schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import {
  checkCapacityChange,
  freeSeats,
  offerNextSeats,
  type PoolSeats,
  type SeatEntry,
  type SeatPlan,
  type SeatPool,
} from "#core/seats.ts";
import type { AuditActor } from "#features/audit/record-audit.ts";
import { invalid, problem } from "#features/validation/parse-input.ts";
import { moveRegistrations } from "./transition.ts";

export type LockedSession = typeof schema.trainingSession.$inferSelect;

/** Locks the session's row until the transaction ends: every seat decision for one session happens one at a time. */
export async function lockSession(tx: Executor, sessionId: string): Promise<LockedSession> {
  const [session] = await tx.select().from(schema.trainingSession).where(eq(schema.trainingSession.id, sessionId)).for("update");
  if (!session) throw new AppError("not_found", { detail: "No such session" });
  return session;
}

/**
 * Locks the session's row and hands out the next place in its line: the database clock, but always after the last
 * place given, so the line's order is the order requests took the lock whatever the app processes' clocks say.
 * Places are whole milliseconds apart, so they keep their order in JavaScript dates too.
 */
export async function lockSessionForQueue(tx: Executor, sessionId: string): Promise<{ session: LockedSession; queuedAt: Date }> {
  const [row] = await tx
    .update(schema.trainingSession)
    .set({
      lastQueuedAt: sql`date_trunc('milliseconds', greatest(clock_timestamp(), coalesce(${schema.trainingSession.lastQueuedAt} + interval '1 millisecond', clock_timestamp())))`,
    })
    .where(eq(schema.trainingSession.id, sessionId))
    .returning();
  if (!row) throw new AppError("not_found", { detail: "No such session" });
  return { session: row, queuedAt: row.lastQueuedAt! };
}

export function seatPlanOf(session: Pick<LockedSession, "capacity" | "reservedPartnerSeats" | "reservedScholarshipSeats">): SeatPlan {
  return { capacity: session.capacity, partnerSeats: session.reservedPartnerSeats, scholarshipSeats: session.reservedScholarshipSeats };
}

/** Seats held (confirmed people and open offers) from each pool. */
export async function seatsHeld(tx: Executor, sessionId: string): Promise<PoolSeats> {
  const rows = await tx
    .select({ heldFrom: schema.registration.heldFrom, seats: sql<number>`count(*)::int` })
    .from(schema.registration)
    .where(and(eq(schema.registration.sessionId, sessionId), inArray(schema.registration.status, ["confirmed", "offered"])))
    .groupBy(schema.registration.heldFrom);
  const taken: PoolSeats = { general: 0, partner: 0, scholarship: 0 };
  for (const row of rows) taken[(row.heldFrom ?? "general") as SeatPool] += Number(row.seats);
  return taken;
}

/**
 * The waiting entries that could use a free seat: a group's rows form one entry. Only entries no larger than the
 * largest free pool are read, so a full session with a long line costs one small index scan.
 */
export async function lineThatMayFit(tx: Executor, sessionId: string, free: PoolSeats): Promise<SeatEntry[]> {
  const largest = Math.max(free.general, free.partner, free.scholarship);
  if (largest === 0) return [];
  const rows = await queryRows<{ entry_id: string; seats: number; queue_at: Date | string; reserve: "partner" | "scholarship" | null }>(
    tx,
    sql`SELECT coalesce(group_id, id) AS entry_id, count(*)::int AS seats, min(queue_at) AS queue_at, max(reserve) AS reserve
        FROM registration
        WHERE session_id = ${sessionId} AND status = 'waitlisted'
        GROUP BY coalesce(group_id, id)
        HAVING count(*) <= ${largest}
        ORDER BY min(queue_at), coalesce(group_id, id)`,
  );
  return rows.map((row) => ({
    id: row.entry_id,
    seats: Number(row.seats),
    status: "waitlisted",
    requestedAt: new Date(row.queue_at),
    reserve: row.reserve,
  }));
}

/** A waiting entry's place in line (1-based; a group counts once), or null when it is not waiting. */
export async function waitlistPositionOf(tx: Executor, registrationId: string): Promise<number | null> {
  const rows = await queryRows<{ position: number | null }>(
    tx,
    sql`SELECT CASE WHEN mine.status = 'waitlisted' THEN (
          SELECT count(DISTINCT coalesce(r.group_id, r.id))::int + 1 FROM registration r
          WHERE r.session_id = mine.session_id AND r.status = 'waitlisted' AND r.queue_at < mine.queue_at
            AND coalesce(r.group_id, r.id) <> coalesce(mine.group_id, mine.id)
        ) END AS position
        FROM registration mine WHERE mine.id = ${registrationId}`,
  );
  return rows[0]?.position ?? null;
}

export type SeatContext = { now: Date; actor: AuditActor };

/**
 * Offers every seat that is free to the line, in order, to each entry that fits. Call it in the transaction that freed
 * seats, after the change, with the session locked. Answers the registrations offered a seat.
 */
export async function fillFreedSeats(tx: Executor, session: LockedSession, context: SeatContext): Promise<string[]> {
  if (session.status !== "published") return [];
  const plan = seatPlanOf(session);
  const taken = await seatsHeld(tx, session.id);
  const line = await lineThatMayFit(tx, session.id, freeSeats(plan, taken));
  if (line.length === 0) return [];
  const offers = offerNextSeats({ plan, taken, line, now: context.now, holdHours: session.offerHoldHours });
  const offered: string[] = [];
  for (const offer of offers) {
    const rows = await tx
      .select({ id: schema.registration.id, status: schema.registration.status, sessionId: schema.registration.sessionId })
      .from(schema.registration)
      .where(and(sql`coalesce(${schema.registration.groupId}, ${schema.registration.id}) = ${offer.id}`, eq(schema.registration.status, "waitlisted")));
    await moveRegistrations(tx, rows, "offered", { ...context, set: { offerExpiresAt: offer.expiresAt, heldFrom: offer.heldFrom }, notice: { kind: "offer", round: offer.expiresAt.toISOString() } });
    offered.push(...rows.map((row) => row.id));
  }
  return offered;
}

/**
 * Changes a session's capacity or reserves. A plan that would take seats from people who hold them is refused with the
 * numbers; a plan that frees seats sends offers at once.
 */
export async function applySeatPlan(tx: Executor, sessionId: string, plan: SeatPlan & { reservedOrganizationId?: string | null }, context: SeatContext): Promise<LockedSession> {
  await lockSession(tx, sessionId);
  const change = checkCapacityChange(plan, await seatsHeld(tx, sessionId));
  if (!change.ok) {
    const path = change.pool === "partner" ? "reservedPartnerSeats" : change.pool === "scholarship" ? "reservedScholarshipSeats" : "capacity";
    throw invalid([{ path, message: problem("registration.errors.belowTaken"), values: { taken: change.taken } }]);
  }
  const [updated] = await tx
    .update(schema.trainingSession)
    .set({
      capacity: plan.capacity,
      reservedPartnerSeats: plan.partnerSeats,
      reservedScholarshipSeats: plan.scholarshipSeats,
      ...(plan.reservedOrganizationId !== undefined ? { reservedOrganizationId: plan.reservedOrganizationId } : {}),
    })
    .where(eq(schema.trainingSession.id, sessionId))
    .returning();
  await fillFreedSeats(tx, updated!, context);
  return updated!;
}
