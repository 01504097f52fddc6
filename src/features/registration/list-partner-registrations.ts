// A partner organization's registrations for its partner admins: who of their staff is registered where, in what state,
// and where a waiting entry stands in line. Sessions that ended more than a few months ago are left out.
import { and, asc, eq, gte, inArray } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { organizationsInReach, type Viewer } from "#core/access.ts";
import type { RegistrationStatus } from "#core/registration.ts";
import { AppError } from "#platform/app-error.ts";

export const PARTNER_HISTORY_DAYS = 90;
export const PARTNER_REGISTRATIONS_SHOWN = 500;

export type PartnerRegistration = {
  id: string;
  sessionId: string;
  courseTitleEn: string;
  courseTitleEs: string;
  startsAt: Date;
  timeZone: string;
  name: string;
  email: string;
  status: RegistrationStatus;
  groupId: string | null;
  organizationId: string;
  organizationName: string;
  requestedAt: Date;
  offerExpiresAt: Date | null;
  /** 1-based place of the entry in its session's line (a group counts once). */
  waitlistPosition: number | null;
};

/** Partner admins see their organizations' registrations; hub admins see every organization's. */
export async function listPartnerRegistrations(
  db: Executor,
  viewer: Viewer | null,
  now: Date,
): Promise<PartnerRegistration[]> {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  const reach = organizationsInReach(viewer);
  const everything = reach === "all";
  const organizations = everything ? [] : reach;
  if (!everything && organizations.length === 0)
    throw new AppError("forbidden", { detail: "Only partner admins and hub admins" });
  const r = schema.registration;
  const s = schema.trainingSession;
  const since = new Date(now.getTime() - PARTNER_HISTORY_DAYS * 86_400_000);
  const rows = await db
    .select({
      id: r.id,
      sessionId: r.sessionId,
      courseTitleEn: schema.course.titleEn,
      courseTitleEs: schema.course.titleEs,
      startsAt: s.startsAt,
      timeZone: s.timeZone,
      name: schema.user.name,
      email: schema.user.email,
      status: r.status,
      groupId: r.groupId,
      organizationId: schema.organization.id,
      organizationName: schema.organization.name,
      requestedAt: r.requestedAt,
      offerExpiresAt: r.offerExpiresAt,
    })
    .from(r)
    .innerJoin(schema.organization, eq(schema.organization.id, r.organizationId))
    .innerJoin(schema.user, eq(schema.user.id, r.userId))
    .innerJoin(s, eq(s.id, r.sessionId))
    .innerJoin(schema.course, eq(schema.course.id, s.courseId))
    .where(and(gte(s.endsAt, since), everything ? undefined : inArray(r.organizationId, organizations)))
    .orderBy(asc(s.startsAt), asc(s.id), asc(r.queueAt), asc(schema.user.name))
    .limit(PARTNER_REGISTRATIONS_SHOWN);

  // Places in line count everyone waiting in the session, not only this organization's people: one query for all sessions.
  const waitingSessions = [...new Set(rows.filter((row) => row.status === "waitlisted").map((row) => row.sessionId))];
  const positions = new Map<string, number>();
  if (waitingSessions.length) {
    const line = await db
      .select({ id: r.id, groupId: r.groupId, sessionId: r.sessionId })
      .from(r)
      .where(and(inArray(r.sessionId, waitingSessions), eq(r.status, "waitlisted")))
      .orderBy(asc(r.sessionId), asc(r.queueAt), asc(r.id));
    const perSession = new Map<string, Set<string>>();
    for (const entry of line) {
      const seen = perSession.get(entry.sessionId) ?? new Set<string>();
      perSession.set(entry.sessionId, seen);
      const key = entry.groupId ?? entry.id;
      if (!seen.has(key)) {
        seen.add(key);
        positions.set(`${entry.sessionId}:${key}`, seen.size);
      }
    }
  }
  return rows.map((row) => ({
    ...row,
    waitlistPosition:
      row.status === "waitlisted" ? (positions.get(`${row.sessionId}:${row.groupId ?? row.id}`) ?? null) : null,
  }));
}
