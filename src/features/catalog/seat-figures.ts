// Seat figures of several sessions at once (capacity, confirmed, held, available, waitlisted): one grouped query of
// registrations and one of partners' sponsored blocks, the arithmetic from #core/seats.ts.
import { and, count, countDistinct, inArray, sql } from "drizzle-orm";
import { queryRows, schema, type Executor } from "#db/client.ts";
import {
  publicSeatsLeft,
  seatHoldingStatuses,
  seatsTakenByPool,
  type SeatBlock,
  type SeatEntry,
  type SeatPlan,
} from "#core/seats.ts";

export type SeatFigures = {
  capacity: number;
  /** People holding a confirmed seat. */
  confirmed: number;
  /** Seats held by open offers, waiting for an answer. */
  held: number;
  /**
   * Seats anyone may take right now: the free seats of the general pool (reserved seats are not counted, nor the seats
   * partners' sponsored blocks still hold back).
   */
  available: number;
  /** Entries waiting in line (a partner's group entry counts once). */
  waitlisted: number;
};

export type SeatedSession = {
  id: string;
  capacity: number;
  reservedPartnerSeats: number;
  reservedScholarshipSeats: number;
};

const countedStatuses = ["confirmed", "offered", "waitlisted"] as const;

export function seatPlanOf(session: SeatedSession): SeatPlan {
  return {
    capacity: session.capacity,
    partnerSeats: session.reservedPartnerSeats,
    scholarshipSeats: session.reservedScholarshipSeats,
  };
}

/** Seat figures by session id; every session asked about gets an entry, those nobody registered for too. */
export async function seatFiguresFor(
  db: Executor,
  sessions: readonly SeatedSession[],
): Promise<Map<string, SeatFigures>> {
  const figures = new Map<string, SeatFigures>();
  if (sessions.length === 0) return figures;
  const r = schema.registration;
  const rows = await db
    .select({
      sessionId: r.sessionId,
      status: r.status,
      heldFrom: r.heldFrom,
      people: count(),
      entries: countDistinct(sql`coalesce(${r.groupId}, ${r.id})`),
    })
    .from(r)
    .where(
      and(
        inArray(
          r.sessionId,
          sessions.map((session) => session.id),
        ),
        inArray(r.status, countedStatuses),
      ),
    )
    .groupBy(r.sessionId, r.status, r.heldFrom);

  const blockRows = await queryRows<{ session_id: string; seats: number; used: number }>(
    db,
    sql`SELECT b.session_id, b.seats, (SELECT count(*)::int FROM sponsored_seat s JOIN registration r ON r.id = s.registration_id
          WHERE s.block_id = b.id AND r.status IN ${[...seatHoldingStatuses]}) AS used
        FROM sponsored_block b
        WHERE b.session_id IN ${sessions.map((session) => session.id)} AND b.released_at IS NULL`,
  );
  const blocksBySession = new Map<string, SeatBlock[]>();
  for (const row of blockRows) {
    const block = { seats: Number(row.seats), used: Number(row.used), released: false };
    const list = blocksBySession.get(row.session_id);
    if (list) list.push(block);
    else blocksBySession.set(row.session_id, [block]);
  }

  const bySession = new Map<string, typeof rows>();
  for (const row of rows) {
    const list = bySession.get(row.sessionId);
    if (list) list.push(row);
    else bySession.set(row.sessionId, [row]);
  }
  for (const session of sessions) {
    const groups = bySession.get(session.id) ?? [];
    // Each group of rows stands for that many seats in one state and pool; core decides which of them hold seats.
    const entries: SeatEntry[] = groups.map((group, index) => ({
      id: String(index),
      seats: group.people,
      status: group.status as SeatEntry["status"],
      requestedAt: new Date(0),
      reserve: null,
      heldFrom: group.heldFrom,
    }));
    const sum = (status: (typeof countedStatuses)[number], field: "people" | "entries") =>
      groups.filter((group) => group.status === status).reduce((total, group) => total + Number(group[field]), 0);
    figures.set(session.id, {
      capacity: session.capacity,
      confirmed: sum("confirmed", "people"),
      held: sum("offered", "people"),
      available: publicSeatsLeft(seatPlanOf(session), seatsTakenByPool(entries), blocksBySession.get(session.id) ?? []),
      waitlisted: sum("waitlisted", "entries"),
    });
  }
  return figures;
}
