// The scholarships queue for hub admins: requests waiting for a decision (oldest first, with the need statement) and
// the most recent decisions.
import { asc, desc, eq, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import type { PriceTierKind } from "#core/catalog.ts";
import type { RegistrationStatus } from "#core/registration.ts";
import { requireAdmin } from "#features/access/require-admin.ts";

export const DECIDED_SCHOLARSHIPS_SHOWN = 50;

export type ScholarshipRow = {
  id: string;
  status: "requested" | "awarded_full" | "awarded_partial" | "declined";
  /** The person's own words about their situation: only admins ever read it. */
  needStatement: string;
  awardCents: number | null;
  message: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  decidedByName: string | null;
  registrationId: string;
  registrationStatus: RegistrationStatus;
  priceTier: PriceTierKind;
  amountCents: number;
  currency: string;
  name: string;
  email: string;
  sessionId: string;
  sessionStartsAt: Date;
  sessionTimeZone: string;
  courseTitleEn: string;
  courseTitleEs: string;
};

export async function listScholarships(
  db: Executor,
  viewer: Viewer | null,
): Promise<{ requested: ScholarshipRow[]; decided: ScholarshipRow[] }> {
  requireAdmin(viewer);
  const sr = schema.scholarshipRequest;
  const person = schema.user;
  const decider = alias(schema.user, "decider");
  const columns = {
    id: sr.id,
    status: sr.status,
    needStatement: sr.needStatement,
    awardCents: sr.awardCents,
    message: sr.message,
    createdAt: sr.createdAt,
    decidedAt: sr.decidedAt,
    decidedByName: decider.name,
    registrationId: schema.registration.id,
    registrationStatus: schema.registration.status,
    priceTier: schema.registration.priceTier,
    amountCents: schema.registration.amountCents,
    currency: schema.trainingSession.currency,
    name: person.name,
    email: person.email,
    sessionId: schema.trainingSession.id,
    sessionStartsAt: schema.trainingSession.startsAt,
    sessionTimeZone: schema.trainingSession.timeZone,
    courseTitleEn: schema.course.titleEn,
    courseTitleEs: schema.course.titleEs,
  };
  const base = () =>
    db
      .select(columns)
      .from(sr)
      .innerJoin(schema.registration, eq(schema.registration.id, sr.registrationId))
      .innerJoin(person, eq(person.id, schema.registration.userId))
      .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.registration.sessionId))
      .innerJoin(schema.course, eq(schema.course.id, schema.trainingSession.courseId))
      .leftJoin(decider, eq(decider.id, sr.decidedBy))
      .$dynamic();
  const [requested, decided] = await Promise.all([
    base().where(eq(sr.status, "requested")).orderBy(asc(sr.createdAt), asc(sr.id)),
    base().where(ne(sr.status, "requested")).orderBy(desc(sr.decidedAt), desc(sr.id)).limit(DECIDED_SCHOLARSHIPS_SHOWN),
  ]);
  return { requested, decided };
}
