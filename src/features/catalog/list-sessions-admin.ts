// The admin list of sessions: course, dates, status and seats (confirmed, offered, waiting), filtered and paged.
import { and, asc, count, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import type { SessionStatus } from "#core/catalog.ts";
import { liveStatuses } from "#core/registration.ts";
import { pageWindow } from "#core/pagination.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { awaitingSignOff, hasOfferExpiringSoon } from "#features/hub/decisions-waiting.ts";

export const SESSIONS_PER_PAGE = 25;
export const sessionTimeframes = ["upcoming", "past", "all"] as const;
export type SessionTimeframe = (typeof sessionTimeframes)[number];
/** The admin overview's links: sessions that need someone to act, by the same conditions it counts. */
export const sessionNeeds = ["sign-off", "expiring-offers"] as const;
export type SessionNeed = (typeof sessionNeeds)[number];

export type SessionSeats = { confirmed: number; offered: number; waitlisted: number; pending: number };

export type AdminSessionRow = {
  id: string;
  courseId: string;
  courseTitleEn: string;
  courseTitleEs: string;
  status: SessionStatus;
  format: "in_person" | "online" | "hybrid";
  language: "en" | "es";
  timeZone: string;
  venueName: string | null;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  seats: SessionSeats;
};

const noSeats = (): SessionSeats => ({ confirmed: 0, offered: 0, waitlisted: 0, pending: 0 });

/** Seats per session for many sessions in one grouped query. */
export async function seatCounts(db: Executor, sessionIds: readonly string[]): Promise<Map<string, SessionSeats>> {
  const bySession = new Map(sessionIds.map((id) => [id, noSeats()]));
  if (sessionIds.length === 0) return bySession;
  const r = schema.registration;
  const rows = await db
    .select({ sessionId: r.sessionId, status: r.status, n: count() })
    .from(r)
    .where(and(inArray(r.sessionId, [...sessionIds]), inArray(r.status, [...liveStatuses])))
    .groupBy(r.sessionId, r.status);
  for (const row of rows) {
    const seats = bySession.get(row.sessionId)!;
    if (row.status === "confirmed") seats.confirmed += row.n;
    else if (row.status === "offered") seats.offered += row.n;
    else if (row.status === "waitlisted") seats.waitlisted += row.n;
    else seats.pending += row.n;
  }
  return bySession;
}

export async function listSessionsAdmin(
  db: Executor,
  input: {
    viewer: Viewer | null;
    now: Date;
    status?: SessionStatus | null;
    courseId?: string | null;
    when: SessionTimeframe;
    needs?: SessionNeed | null;
    page?: number;
  },
): Promise<{ sessions: AdminSessionRow[]; total: number; page: number; pageCount: number }> {
  requireAdmin(input.viewer);
  const s = schema.trainingSession;
  const c = schema.course;
  const filters: SQL[] = [];
  if (input.status) filters.push(eq(s.status, input.status));
  if (input.courseId) filters.push(eq(s.courseId, input.courseId));
  if (input.when === "upcoming") filters.push(gte(s.endsAt, input.now));
  if (input.when === "past") filters.push(lt(s.endsAt, input.now));
  if (input.needs === "sign-off") filters.push(awaitingSignOff(input.now));
  if (input.needs === "expiring-offers") filters.push(hasOfferExpiringSoon(input.now));
  const where = filters.length ? and(...filters) : undefined;
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(s).where(where);
  const window = pageWindow({ total, requested: input.page, perPage: SESSIONS_PER_PAGE });
  const rows = await db
    .select({
      id: s.id,
      courseId: s.courseId,
      courseTitleEn: c.titleEn,
      courseTitleEs: c.titleEs,
      status: s.status,
      format: s.format,
      language: s.language,
      timeZone: s.timeZone,
      venueName: s.venueName,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      capacity: s.capacity,
    })
    .from(s)
    .innerJoin(c, eq(c.id, s.courseId))
    .where(where)
    // Upcoming: the soonest first; past and all: the latest first.
    .orderBy(input.when === "upcoming" ? asc(s.startsAt) : desc(s.startsAt), asc(sql`${s.id}`))
    .limit(SESSIONS_PER_PAGE)
    .offset(window.offset);
  const seats = await seatCounts(
    db,
    rows.map((row) => row.id),
  );
  return {
    sessions: rows.map((row) => ({ ...row, seats: seats.get(row.id) ?? noSeats() })),
    total,
    page: window.page,
    pageCount: window.pageCount,
  };
}
