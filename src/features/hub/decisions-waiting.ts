// What waits for a hub admin's decision right now, counted in one query: applications, scholarship requests,
// prerequisites done elsewhere, outside CE hours, sessions that ended without a sign-off and offers about to expire.
import { and, count, eq, gt, isNull, lte, ne, sql, type SQL } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { requireAdmin } from "#features/access/require-admin.ts";

/** An offer that ends within this many hours is "about to expire": long enough to nudge the person the same day. */
export const OFFER_EXPIRING_HOURS = 24;

export const decisionKinds = [
  "applications",
  "scholarships",
  "prerequisites",
  "outsideHours",
  "signOff",
  "expiringOffers",
] as const;
export type DecisionKind = (typeof decisionKinds)[number];

export type DecisionsWaiting = Record<DecisionKind, number> & { total: number };

/**
 * A session waits for sign-off once it has ended (and was not cancelled) while someone with a confirmed place has no
 * completion decision yet: the same moment a participant's own page says "waiting for sign-off".
 */
export function awaitingSignOff(now: Date): SQL {
  const s = schema.trainingSession;
  const r = schema.registration;
  return and(
    ne(s.status, "cancelled"),
    lte(s.endsAt, now),
    sql`exists (select 1 from ${r} left join ${schema.completion} on ${schema.completion.registrationId} = ${r.id}
      where ${r.sessionId} = ${s.id} and ${r.status} = 'confirmed' and ${schema.completion.registrationId} is null)`,
  )!;
}

/** A registration holding a seat offer that passes on to the next person within OFFER_EXPIRING_HOURS. */
export function offerExpiringSoon(now: Date): SQL {
  const r = schema.registration;
  const horizon = new Date(now.getTime() + OFFER_EXPIRING_HOURS * 3_600_000);
  return and(eq(r.status, "offered"), gt(r.offerExpiresAt, now), lte(r.offerExpiresAt, horizon))!;
}

/** Sessions with at least one offer about to expire. */
export function hasOfferExpiringSoon(now: Date): SQL {
  const r = schema.registration;
  return sql`exists (select 1 from ${r} where ${r.sessionId} = ${schema.trainingSession.id} and ${offerExpiringSoon(now)})`;
}

/**
 * Each count uses the same condition as the page its link opens, so the number on the overview is the length of the
 * list behind it. All six travel as one UNION ALL statement: one round trip however much is waiting.
 */
export async function decisionsWaiting(db: Executor, viewer: Viewer | null, now: Date): Promise<DecisionsWaiting> {
  requireAdmin(viewer);
  const kind = (name: DecisionKind) => sql<DecisionKind>`${name}::text`.as("kind");
  const rows = await unionAll(
    db
      .select({ kind: kind("applications"), n: count() })
      .from(schema.registration)
      .where(eq(schema.registration.status, "pending_approval")),
    db
      .select({ kind: kind("scholarships"), n: count() })
      .from(schema.scholarshipRequest)
      .where(eq(schema.scholarshipRequest.status, "requested")),
    db
      .select({ kind: kind("prerequisites"), n: count() })
      .from(schema.outsideCompletion)
      .where(eq(schema.outsideCompletion.status, "pending")),
    db
      .select({ kind: kind("outsideHours"), n: count() })
      .from(schema.outsideHours)
      .where(isNull(schema.outsideHours.verifiedAt)),
    db
      .select({ kind: kind("signOff"), n: count() })
      .from(schema.trainingSession)
      .where(awaitingSignOff(now)),
    db
      .select({ kind: kind("expiringOffers"), n: count() })
      .from(schema.registration)
      .where(offerExpiringSoon(now)),
  );
  const counts = Object.fromEntries(decisionKinds.map((name) => [name, 0])) as Record<DecisionKind, number>;
  for (const row of rows) counts[row.kind] = Number(row.n);
  return { ...counts, total: decisionKinds.reduce((sum, name) => sum + counts[name], 0) };
}
