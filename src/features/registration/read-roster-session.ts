// What a roster page says about its session: the course and its questions, when, the seats, the prices, and for admins
// the other sessions of the same course a person could be moved to.
import { and, asc, eq, gt, ne } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { isHubAdmin, rosterScope, type Viewer } from "#core/access.ts";
import type { CourseQuestion, PriceTier } from "#core/catalog.ts";
import { AppError } from "#platform/app-error.ts";
import { standingInSession } from "#features/access/session-standing.ts";

export type RosterSession = {
  id: string;
  status: "draft" | "published" | "cancelled" | "completed";
  courseId: string;
  courseTitleEn: string;
  courseTitleEs: string;
  requiresApproval: boolean;
  questions: CourseQuestion[];
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  capacity: number;
  reservedPartnerSeats: number;
  reservedScholarshipSeats: number;
  offerHoldHours: number;
  priceTiers: PriceTier[];
  currency: string;
  /** The first meeting has begun: no-shows can be marked. */
  started: boolean;
  /** Upcoming sessions of the same course (admins only; empty for others). */
  transferTargets: Array<{
    id: string;
    startsAt: Date;
    timeZone: string;
    status: "draft" | "published" | "cancelled" | "completed";
  }>;
};

/** The same people who may read the roster: admins, the session's trainers, and partner admins (for their own staff). */
export async function readRosterSession(
  db: Executor,
  viewer: Viewer | null,
  sessionId: string,
  now: Date,
): Promise<RosterSession> {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  const admin = isHubAdmin(viewer);
  if (!rosterScope(viewer, await standingInSession(db, viewer, sessionId))) {
    throw new AppError("forbidden", { detail: "Only this session's trainers, partner admins and hub admins" });
  }
  const s = schema.trainingSession;
  const c = schema.course;
  const [row] = await db
    .select({
      id: s.id,
      status: s.status,
      courseId: s.courseId,
      courseTitleEn: c.titleEn,
      courseTitleEs: c.titleEs,
      requiresApproval: c.requiresApproval,
      questions: c.questions,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      timeZone: s.timeZone,
      capacity: s.capacity,
      reservedPartnerSeats: s.reservedPartnerSeats,
      reservedScholarshipSeats: s.reservedScholarshipSeats,
      offerHoldHours: s.offerHoldHours,
      priceTiers: s.priceTiers,
      currency: s.currency,
    })
    .from(s)
    .innerJoin(c, eq(c.id, s.courseId))
    .where(eq(s.id, sessionId));
  if (!row) throw new AppError("not_found", { detail: "No such session" });
  // Only admins transfer people, so only they need the list.
  const transferTargets = admin
    ? await db
        .select({ id: s.id, startsAt: s.startsAt, timeZone: s.timeZone, status: s.status })
        .from(s)
        .where(and(eq(s.courseId, row.courseId), ne(s.id, row.id), eq(s.status, "published"), gt(s.startsAt, now)))
        .orderBy(asc(s.startsAt))
        .limit(50)
    : [];
  return { ...row, started: now >= row.startsAt, transferTargets };
}
