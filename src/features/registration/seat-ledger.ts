// A session's seats as the database holds them — the one module every seat change in the hub goes through, inside one
// transaction: the row lock that serializes seat decisions and hands out places in line, the seats held, the line and
// each entry's place in it, filling freed seats with offers, and placing requests that arrive together in one batch
// (decisions 0010, 0015). Which states count is defined once, in core (`liveStatuses`, `seatHoldingStatuses`).
import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { queryRows, schema, type Executor } from "#db/client.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import { hubMetrics, secondsSince } from "#platform/metrics.ts";
import { liveStatuses } from "#core/registration.ts";
import type { PriceTierKind } from "#core/catalog.ts";
import type { Locale } from "#core/locale.ts";
import {
  checkCapacityChange,
  freeSeats,
  offerNextSeats,
  placeRequest,
  seatHoldingStatuses,
  type PoolSeats,
  type SeatEntry,
  type SeatPlan,
  type SeatPool,
} from "#core/seats.ts";
import type { AuditActor } from "#features/audit/record-audit.ts";
import { invalid, problem } from "#features/validation/parse-input.ts";
import { recordConsents } from "#features/privacy/consent-records.ts";
import { moveRegistrations, recordTransitions } from "./transition.ts";

export type LockedSession = typeof schema.trainingSession.$inferSelect;

/** The session as locked, and the places in line handed out with the lock (none unless asked for), in order. */
export type SessionLock = { session: LockedSession; places: Date[] };

/**
 * Locks the session's row until the transaction ends: every seat decision for one session happens one at a time.
 * Asked for `places`, it also hands out that many consecutive places in the session's line, 1 ms apart: the database
 * clock, but always after the last place given (kept on the session as `last_queued_at`), so the line's order is the
 * order requests took the lock whatever the app processes' clocks say, and places keep their order in JavaScript dates.
 */
export async function lockSession(tx: Executor, sessionId: string, places = 0): Promise<SessionLock> {
  // The statement that takes the lock waits for whoever holds it; its time is the wait (/metrics).
  const start = process.hrtime.bigint();
  try {
    return await takeSessionLock(tx, sessionId, places);
  } finally {
    hubMetrics.seatLockWait.observe(secondsSince(start));
  }
}

async function takeSessionLock(tx: Executor, sessionId: string, places: number): Promise<SessionLock> {
  if (places === 0) {
    const [session] = await tx
      .select()
      .from(schema.trainingSession)
      .where(eq(schema.trainingSession.id, sessionId))
      .for("update");
    if (!session) throw new AppError("not_found", { detail: "No such session" });
    return { session, places: [] };
  }
  // The UPDATE takes the same row lock as SELECT … FOR UPDATE, and moves the last place on in the same statement.
  const [session] = await tx
    .update(schema.trainingSession)
    .set({
      lastQueuedAt: sql`date_trunc('milliseconds', greatest(clock_timestamp(), coalesce(${schema.trainingSession.lastQueuedAt} + interval '1 millisecond', clock_timestamp()))) + ${places - 1} * interval '1 millisecond'`,
    })
    .where(eq(schema.trainingSession.id, sessionId))
    .returning();
  if (!session) throw new AppError("not_found", { detail: "No such session" });
  const last = session.lastQueuedAt!.getTime();
  return { session, places: Array.from({ length: places }, (_, index) => new Date(last - (places - 1) + index)) };
}

export function seatPlanOf(
  session: Pick<LockedSession, "capacity" | "reservedPartnerSeats" | "reservedScholarshipSeats">,
): SeatPlan {
  return {
    capacity: session.capacity,
    partnerSeats: session.reservedPartnerSeats,
    scholarshipSeats: session.reservedScholarshipSeats,
  };
}

/**
 * Seats held (confirmed people and open offers) from each pool. A partner's sponsored block not yet released holds its
 * unused seats from the general pool too (partners feature): its redeemed seats are registrations, counted once.
 */
export async function seatsHeld(tx: Executor, sessionId: string): Promise<PoolSeats> {
  const rows = await queryRows<{ held_from: SeatPool | null; seats: number }>(
    tx,
    sql`SELECT held_from, count(*)::int AS seats FROM registration
        WHERE session_id = ${sessionId} AND status IN ${[...seatHoldingStatuses]}
        GROUP BY held_from
        UNION ALL
        SELECT 'general', coalesce(sum(greatest(0, b.seats - (
          SELECT count(*) FROM sponsored_seat s JOIN registration r ON r.id = s.registration_id
          WHERE s.block_id = b.id AND r.status IN ${[...seatHoldingStatuses]}))), 0)::int
        FROM sponsored_block b WHERE b.session_id = ${sessionId} AND b.released_at IS NULL`,
  );
  const taken: PoolSeats = { general: 0, partner: 0, scholarship: 0 };
  for (const row of rows) taken[row.held_from ?? "general"] += Number(row.seats);
  return taken;
}

/** Which of these people already have a live registration for the session (read under the session's lock). */
export async function liveRegistrationsOf(
  tx: Executor,
  sessionId: string,
  userIds: readonly string[],
): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await tx
    .select({ userId: schema.registration.userId })
    .from(schema.registration)
    .where(
      and(
        eq(schema.registration.sessionId, sessionId),
        inArray(schema.registration.userId, [...userIds]),
        inArray(schema.registration.status, [...liveStatuses]),
      ),
    );
  return rows.map((row) => row.userId);
}

/**
 * The waiting entries that could use a free seat: a group's rows form one entry. Only entries no larger than the
 * largest free pool are read, so a full session with a long line costs one small index scan.
 */
export async function lineThatMayFit(tx: Executor, sessionId: string, free: PoolSeats): Promise<SeatEntry[]> {
  const largest = Math.max(free.general, free.partner, free.scholarship);
  if (largest === 0) return [];
  const rows = await queryRows<{
    entry_id: string;
    seats: number;
    queue_at: Date | string;
    reserve: "partner" | "scholarship" | null;
  }>(
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

/**
 * Places in line (1-based; a group's rows share their entry's place) of those of these registrations that are waiting,
 * in the order the line is offered seats (`lineThatMayFit`): the one ranking the batch placement, the registration's
 * pages and API, and the notices use.
 */
export async function waitlistPositions(
  tx: Executor,
  registrationIds: readonly string[],
): Promise<Map<string, number>> {
  if (registrationIds.length === 0) return new Map();
  const rows = await queryRows<{ id: string; position: number }>(
    tx,
    sql`WITH mine AS (
          SELECT id, session_id, coalesce(group_id, id) AS entry FROM registration WHERE id IN ${registrationIds} AND status = 'waitlisted'
        ), entries AS (
          SELECT session_id, coalesce(group_id, id) AS entry, min(queue_at) AS queue_at FROM registration
          WHERE status = 'waitlisted' AND session_id IN (SELECT session_id FROM mine)
          GROUP BY session_id, coalesce(group_id, id)
        ), ranked AS (
          SELECT session_id, entry, row_number() OVER (PARTITION BY session_id ORDER BY queue_at, entry)::int AS position FROM entries
        )
        SELECT mine.id, ranked.position FROM mine JOIN ranked ON ranked.session_id = mine.session_id AND ranked.entry = mine.entry`,
  );
  return new Map(rows.map((row) => [row.id, Number(row.position)]));
}

/** A waiting entry's place in line, or null when it is not waiting. */
export async function waitlistPositionOf(tx: Executor, registrationId: string): Promise<number | null> {
  return (await waitlistPositions(tx, [registrationId])).get(registrationId) ?? null;
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
      .select({
        id: schema.registration.id,
        status: schema.registration.status,
        sessionId: schema.registration.sessionId,
      })
      .from(schema.registration)
      .where(
        and(
          sql`coalesce(${schema.registration.groupId}, ${schema.registration.id}) = ${offer.id}`,
          eq(schema.registration.status, "waitlisted"),
        ),
      );
    await moveRegistrations(tx, rows, "offered", {
      ...context,
      set: { offerExpiresAt: offer.expiresAt, heldFrom: offer.heldFrom },
      notice: { kind: "offer", round: offer.expiresAt.toISOString() },
    });
    offered.push(...rows.map((row) => row.id));
  }
  return offered;
}

/**
 * Changes a session's capacity or reserves. A plan that would take seats from people who hold them is refused with the
 * numbers; a plan that frees seats sends offers at once.
 */
export async function applySeatPlan(
  tx: Executor,
  sessionId: string,
  plan: SeatPlan & { reservedOrganizationId?: string | null },
  context: SeatContext,
): Promise<LockedSession> {
  await lockSession(tx, sessionId);
  const change = checkCapacityChange(plan, await seatsHeld(tx, sessionId));
  if (!change.ok) {
    const path =
      change.pool === "partner"
        ? "reservedPartnerSeats"
        : change.pool === "scholarship"
          ? "reservedScholarshipSeats"
          : "capacity";
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

/** What one request has already passed (window, answers, price, prerequisites) and now asks of the seats. */
export type SeatRequest = {
  personId: string;
  /** Who asked: the person, or staff registering them. */
  registeredBy: string | null;
  /** True when the person registers themself (the refusal for a second registration says "you"). */
  self: boolean;
  organizationId: string | null;
  reserve: SeatEntry["reserve"];
  answers: Record<string, string | string[]>;
  pronouns: string | null;
  accommodations: string | null;
  priceTier: PriceTierKind;
  amountCents: number;
  needStatement: string | null;
  /** The language the consent line was shown in: every request has ticked it (the registration schema asks for it). */
  consentLocale: Locale;
  actor: AuditActor;
};

export type SeatOutcome = {
  id: string;
  sessionId: string;
  status: "confirmed" | "waitlisted" | "pending_approval";
  waitlistPosition: number | null;
};

/**
 * A batch's own checks, run in its transaction before the session's lock: for each request, in order, what it asks of
 * the seats or why it is refused; and whether the course asks for approval. Refused requests take no place in line.
 */
export type ScreenRequests<Asked> = (
  tx: Executor,
  sessionId: string,
  asked: readonly Asked[],
) => Promise<{ requiresApproval: boolean; requests: Array<SeatRequest | AppError> }>;

type Waiting<Asked> = { asked: Asked; resolve(outcome: SeatOutcome): void; reject(error: unknown): void };
type Queue<Asked> = { waiting: Array<Waiting<Asked>>; running: boolean };

/** A batch is bounded so one transaction stays short and one bad request cannot hold many others for long. */
const MAX_BATCH = 200;

/**
 * How requests for a session are placed: each request waits for its batch, a seat, a place in line, a pending
 * application or its refusal. Every request that reaches this process while the session's lock is busy waits here, and
 * the next transaction screens them all (`screen`: what they must read and pass before the seat decision) and places
 * those that pass, in arrival order, under one lock and one commit; the seat decision and first-come order are the same
 * as one at a time.
 */
export function placeInBatches<Asked>(
  screen: ScreenRequests<Asked>,
): (services: Pick<Services, "db" | "now">, sessionId: string, asked: Asked) => Promise<SeatOutcome> {
  /** Per database handle (one per process, or per pool in tests) and session. */
  const queues = new WeakMap<object, Map<string, Queue<Asked>>>();
  return (services, sessionId, asked) => {
    let bySession = queues.get(services.db);
    if (!bySession) queues.set(services.db, (bySession = new Map()));
    let queue = bySession.get(sessionId);
    if (!queue) bySession.set(sessionId, (queue = { waiting: [], running: false }));
    const q = queue;
    const map = bySession;
    return new Promise<SeatOutcome>((resolve, reject) => {
      q.waiting.push({ asked, resolve, reject });
      if (q.running) return;
      q.running = true;
      // Requests that arrive in the same turn of the event loop go together from the start.
      setImmediate(
        () =>
          void drain(services, sessionId, screen, q).finally(
            () => map.get(sessionId) === q && q.waiting.length === 0 && map.delete(sessionId),
          ),
      );
    });
  };
}

async function drain<Asked>(
  services: Pick<Services, "db" | "now">,
  sessionId: string,
  screen: ScreenRequests<Asked>,
  queue: Queue<Asked>,
): Promise<void> {
  try {
    while (queue.waiting.length) {
      const batch = queue.waiting.splice(0, MAX_BATCH);
      let outcomes: Array<SeatOutcome | AppError>;
      try {
        outcomes = await placeBatch(
          services,
          sessionId,
          screen,
          batch.map((w) => w.asked),
        );
      } catch (error) {
        if (batch.length === 1) {
          batch[0]!.reject(error);
          continue;
        }
        // Something unexpected failed the whole batch: place each request on its own, so one cannot fail the others.
        outcomes = [];
        for (const waiting of batch) {
          try {
            outcomes.push((await placeBatch(services, sessionId, screen, [waiting.asked]))[0]!);
          } catch (single) {
            outcomes.push(single as AppError);
          }
        }
      }
      batch.forEach((waiting, index) => {
        const outcome = outcomes[index]!;
        if (outcome instanceof Error) waiting.reject(outcome);
        else waiting.resolve(outcome);
      });
    }
  } finally {
    queue.running = false;
  }
}

async function placeBatch<Asked>(
  services: Pick<Services, "db" | "now">,
  sessionId: string,
  screen: ScreenRequests<Asked>,
  asked: Asked[],
): Promise<Array<SeatOutcome | AppError>> {
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const { requiresApproval, requests: screened } = await screen(tx, sessionId, asked);
    const outcomes: Array<SeatOutcome | AppError> = [];
    // Those that passed, with where their answer goes.
    const requests: Array<{ request: SeatRequest; index: number }> = [];
    screened.forEach((request, index) => {
      if (request instanceof AppError) outcomes[index] = request;
      else requests.push({ request, index });
    });
    if (requests.length === 0) return outcomes;

    const { session, places } = await lockSession(tx, sessionId, requests.length);
    const live = new Set(
      await liveRegistrationsOf(
        tx,
        sessionId,
        requests.map(({ request }) => request.personId),
      ),
    );
    const plan = seatPlanOf(session);
    const taken = await seatsHeld(tx, sessionId);
    const line = requiresApproval ? [] : await lineThatMayFit(tx, sessionId, freeSeats(plan, taken));

    const rows: Array<typeof schema.registration.$inferInsert & { id: string; status: SeatOutcome["status"] }> = [];
    const placed: Array<{ request: SeatRequest; outcome: SeatOutcome }> = [];
    requests.forEach(({ request, index }, place) => {
      if (live.has(request.personId)) {
        outcomes[index] = new AppError("conflict", {
          key: request.self ? "registration.errors.already" : "registration.errors.alreadyForPerson",
        });
        return;
      }
      live.add(request.personId);
      const id = randomUUID();
      const queuedAt = places[place]!;
      let status: SeatOutcome["status"] = "pending_approval";
      let heldFrom: SeatEntry["heldFrom"] = null;
      if (!requiresApproval) {
        const placement = placeRequest({ plan, taken, line, request: { seats: 1, reserve: request.reserve } });
        if (placement.status === "confirmed") {
          status = "confirmed";
          heldFrom = placement.heldFrom;
          taken[placement.heldFrom] += 1;
        } else {
          status = "waitlisted";
          line.push({ id, seats: 1, status: "waitlisted", requestedAt: queuedAt, reserve: request.reserve });
        }
      }
      rows.push({
        id,
        sessionId,
        userId: request.personId,
        status,
        reserve: request.reserve,
        heldFrom,
        requestedAt: queuedAt,
        queueAt: queuedAt,
        organizationId: request.organizationId,
        registeredBy: request.registeredBy,
        answers: request.answers,
        pronouns: request.pronouns,
        accommodations: request.accommodations,
        priceTier: request.priceTier,
        amountCents: request.amountCents,
      });
      const outcome: SeatOutcome = { id, sessionId, status, waitlistPosition: null };
      outcomes[index] = outcome;
      placed.push({ request, outcome });
    });
    if (rows.length === 0) return outcomes;

    await tx.insert(schema.registration).values(rows);
    const scholarships = placed.filter(({ request }) => request.needStatement);
    if (scholarships.length) {
      await tx.insert(schema.scholarshipRequest).values(
        scholarships.map(({ request, outcome }) => ({
          registrationId: outcome.id,
          needStatement: request.needStatement!,
        })),
      );
    }
    // The consent line ticked to send the form, under the wording shown (privacy, issue 14 item 13).
    await recordConsents(
      tx,
      placed.map(({ request, outcome }) => ({
        userId: request.personId,
        purpose: "registration_answers",
        subjectId: outcome.id,
        locale: request.consentLocale,
        recordedBy: request.registeredBy,
        at: now,
      })),
    );
    // The first change of state of each new registration, recorded as every other one is (history, audit, notice).
    await recordTransitions(
      tx,
      placed.map(({ request, outcome }) => ({
        registration: { id: outcome.id, sessionId },
        from: null,
        to: outcome.status,
        actor: request.actor,
        notice: { kind: outcome.status === "pending_approval" ? "application_received" : outcome.status },
      })),
      now,
    );

    const positions = await waitlistPositions(
      tx,
      placed.filter(({ outcome }) => outcome.status === "waitlisted").map(({ outcome }) => outcome.id),
    );
    for (const { outcome } of placed)
      if (outcome.status === "waitlisted") outcome.waitlistPosition = positions.get(outcome.id) ?? null;
    return outcomes;
  });
}
