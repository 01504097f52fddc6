// Places registrations for one session in batches: every request that reaches this process while the session's lock is
// busy waits here, and the next transaction places them all, in arrival order, under one lock and one commit.
// The lock, the seat decision and first-come order are the same as one at a time; a surge just pays for them once a batch.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { queryRows, schema, type Executor } from "#db/client.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import { freeSeats, placeRequest, type SeatEntry } from "#core/seats.ts";
import type { PriceTierKind } from "#core/catalog.ts";
import { recordAuditsBy, type AuditActor } from "#features/audit/record-audit.ts";
import { REGISTRATION_NOTICE_JOB, type RegistrationNoticePayload } from "./notices.ts";
import { lineThatMayFit, seatPlanOf, seatsHeld, type LockedSession } from "./seat-ledger.ts";

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
  actor: AuditActor;
};

export type SeatOutcome = { id: string; sessionId: string; status: "confirmed" | "waitlisted" | "pending_approval"; waitlistPosition: number | null };

type Waiting = { request: SeatRequest; resolve(outcome: SeatOutcome): void; reject(error: unknown): void };
type Queue = { waiting: Waiting[]; running: boolean };

/** A batch is bounded so one transaction stays short and one bad request cannot hold many others for long. */
const MAX_BATCH = 200;

/** Per database handle (one per process, or per pool in tests) and session. */
const queues = new WeakMap<object, Map<string, Queue>>();

export function placeRequests(services: Pick<Services, "db" | "now">, sessionId: string, requiresApproval: boolean, request: SeatRequest): Promise<SeatOutcome> {
  let bySession = queues.get(services.db);
  if (!bySession) queues.set(services.db, (bySession = new Map()));
  let queue = bySession.get(sessionId);
  if (!queue) bySession.set(sessionId, (queue = { waiting: [], running: false }));
  const q = queue;
  const map = bySession;
  return new Promise<SeatOutcome>((resolve, reject) => {
    q.waiting.push({ request, resolve, reject });
    if (q.running) return;
    q.running = true;
    // Requests that arrive in the same turn of the event loop go together from the start.
    setImmediate(() => void drain(services, sessionId, requiresApproval, q).finally(() => map.get(sessionId) === q && q.waiting.length === 0 && map.delete(sessionId)));
  });
}

async function drain(services: Pick<Services, "db" | "now">, sessionId: string, requiresApproval: boolean, queue: Queue): Promise<void> {
  try {
    while (queue.waiting.length) {
      const batch = queue.waiting.splice(0, MAX_BATCH);
      let outcomes: Array<SeatOutcome | AppError>;
      try {
        outcomes = await placeBatch(services, sessionId, requiresApproval, batch.map((w) => w.request));
      } catch (error) {
        if (batch.length === 1) {
          batch[0]!.reject(error);
          continue;
        }
        // Something unexpected failed the whole batch: place each request on its own, so one cannot fail the others.
        outcomes = [];
        for (const waiting of batch) {
          try {
            outcomes.push((await placeBatch(services, sessionId, requiresApproval, [waiting.request]))[0]!);
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

/**
 * Locks the session's row and hands out `count` consecutive places in its line, 1 ms apart: the database clock, but
 * always after the last place given (as lockSessionForQueue does for one).
 */
async function lockSessionForBatch(tx: Executor, sessionId: string, count: number): Promise<{ session: LockedSession; first: Date }> {
  const [row] = await tx
    .update(schema.trainingSession)
    .set({
      lastQueuedAt: sql`date_trunc('milliseconds', greatest(clock_timestamp(), coalesce(${schema.trainingSession.lastQueuedAt} + interval '1 millisecond', clock_timestamp()))) + ${count - 1} * interval '1 millisecond'`,
    })
    .where(sql`${schema.trainingSession.id} = ${sessionId}`)
    .returning();
  if (!row) throw new AppError("not_found", { detail: "No such session" });
  return { session: row, first: new Date(row.lastQueuedAt!.getTime() - (count - 1)) };
}

async function placeBatch(services: Pick<Services, "db" | "now">, sessionId: string, requiresApproval: boolean, requests: SeatRequest[]): Promise<Array<SeatOutcome | AppError>> {
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const { session, first } = await lockSessionForBatch(tx, sessionId, requests.length);
    const live = new Set(
      (
        await queryRows<{ user_id: string }>(
          tx,
          sql`SELECT user_id FROM registration WHERE session_id = ${sessionId} AND user_id IN ${requests.map((r) => r.personId)}
              AND status IN ('pending_approval', 'approved', 'confirmed', 'waitlisted', 'offered')`,
        )
      ).map((row) => row.user_id),
    );
    const plan = seatPlanOf(session);
    const taken = await seatsHeld(tx, sessionId);
    const line = requiresApproval ? [] : await lineThatMayFit(tx, sessionId, freeSeats(plan, taken));

    const outcomes: Array<SeatOutcome | AppError> = [];
    const rows: Array<typeof schema.registration.$inferInsert & { id: string; status: SeatOutcome["status"] }> = [];
    requests.forEach((request, index) => {
      if (live.has(request.personId)) {
        outcomes[index] = new AppError("conflict", { key: request.self ? "registration.errors.already" : "registration.errors.alreadyForPerson" });
        return;
      }
      live.add(request.personId);
      const id = randomUUID();
      const queuedAt = new Date(first.getTime() + index);
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
      outcomes[index] = { id, sessionId, status, waitlistPosition: null };
    });
    if (rows.length === 0) return outcomes;

    const placed = requests.flatMap((request, index) => {
      const outcome = outcomes[index]!;
      return outcome instanceof Error ? [] : [{ request, outcome }];
    });
    await tx.insert(schema.registration).values(rows);
    const scholarships = placed.filter(({ request }) => request.needStatement);
    if (scholarships.length) {
      await tx.insert(schema.scholarshipRequest).values(scholarships.map(({ request, outcome }) => ({ registrationId: outcome.id, needStatement: request.needStatement! })));
    }
    await tx
      .insert(schema.registrationEvent)
      .values(placed.map(({ request, outcome }) => ({ registrationId: outcome.id, fromStatus: null, toStatus: outcome.status, actorId: request.actor.userId, reason: null, createdAt: now })));
    await recordAuditsBy(
      tx,
      placed.map(({ request, outcome }) => ({
        actor: request.actor,
        entry: { action: `registration.${outcome.status}`, targetType: "registration", targetId: outcome.id, summary: { sessionId, from: null } },
      })),
    );
    await tx
      .insert(schema.job)
      .values(
        placed.map(({ outcome }) => {
          const notice = outcome.status === "pending_approval" ? "application_received" : outcome.status;
          const payload: RegistrationNoticePayload = { registrationId: outcome.id, notice };
          return { name: REGISTRATION_NOTICE_JOB, payload, runAt: now, dedupeKey: `notice:${notice}:${outcome.id}`, maxAttempts: 5 };
        }),
      )
      .onConflictDoNothing();

    const waiting = placed.filter(({ outcome }) => outcome.status === "waitlisted").map(({ outcome }) => outcome.id);
    if (waiting.length) {
      // Places in line for the whole batch in one read; a group entry counts once, as waitlistPositionOf counts.
      const ranked = await queryRows<{ id: string; position: number }>(
        tx,
        sql`WITH entries AS (
              SELECT coalesce(group_id, id) AS entry, min(queue_at) AS queue_at FROM registration
              WHERE session_id = ${sessionId} AND status = 'waitlisted' GROUP BY coalesce(group_id, id)
            ), ranked AS (SELECT entry, row_number() OVER (ORDER BY queue_at, entry)::int AS position FROM entries)
            SELECT r.id, ranked.position FROM registration r JOIN ranked ON ranked.entry = coalesce(r.group_id, r.id) WHERE r.id IN ${waiting}`,
      );
      const positions = new Map(ranked.map((row) => [row.id, Number(row.position)]));
      for (const { outcome } of placed) if (outcome.status === "waitlisted") outcome.waitlistPosition = positions.get(outcome.id) ?? null;
    }
    return outcomes;
  });
}
