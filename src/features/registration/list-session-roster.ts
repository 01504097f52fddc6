// A session's roster for its trainers and admins: everyone registered, their state and answers. Sensitive answers,
// accommodations and scholarship need statements appear only for admins and this session's trainers.
import { asc, eq, sql } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { isHubAdmin, managedOrganizationIds, rosterScope, type Viewer } from "#core/access.ts";
import { visibleAnswers, type RegistrationStatus } from "#core/registration.ts";
import { AppError } from "#platform/app-error.ts";
import { standingInSession } from "#features/access/session-standing.ts";

export type RosterEntry = {
  id: string;
  userId: string;
  name: string;
  email: string;
  pronouns: string | null;
  status: RegistrationStatus;
  groupId: string | null;
  organizationName: string | null;
  requestedAt: Date;
  queueAt: Date;
  offerExpiresAt: Date | null;
  priceTier: string;
  amountCents: number;
  answers: Record<string, string | string[]>;
  accommodations: string | null;
  scholarship: { id: string; status: string; needStatement: string | null; awardCents: number | null } | null;
  /** 1-based for waiting entries (a group counts once). */
  waitlistPosition: number | null;
};

export type Roster = { sessionId: string; seesSensitive: boolean; entries: RosterEntry[] };

/**
 * Admins and the session's trainers see everyone; a partner admin sees only the people their organization registered,
 * without sensitive answers. One query for the rows; line positions come from the same rows in queue order.
 */
export async function listSessionRoster(db: Executor, viewer: Viewer | null, sessionId: string): Promise<Roster> {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  // A session that does not exist is "not found" for everyone who may see some roster, before who may see this one.
  const [session] = await db
    .select({ questions: schema.course.questions })
    .from(schema.trainingSession)
    .innerJoin(schema.course, eq(schema.course.id, schema.trainingSession.courseId))
    .where(eq(schema.trainingSession.id, sessionId));
  if (!session) throw new AppError("not_found", { detail: "No such session" });
  const admin = isHubAdmin(viewer);
  const scope = rosterScope(viewer, await standingInSession(db, viewer, sessionId));
  const seesSensitive = scope === "whole";
  const partnerOf = seesSensitive ? null : new Set(managedOrganizationIds(viewer));
  if (!scope)
    throw new AppError("forbidden", { detail: "Only this session's trainers, partner admins and hub admins" });
  const rows = await db
    .select({
      id: schema.registration.id,
      userId: schema.registration.userId,
      name: schema.user.name,
      email: schema.user.email,
      pronouns: sql<string | null>`coalesce(${schema.registration.pronouns}, ${schema.user.pronouns})`,
      status: schema.registration.status,
      groupId: schema.registration.groupId,
      organizationId: schema.registration.organizationId,
      organizationName: schema.organization.name,
      requestedAt: schema.registration.requestedAt,
      queueAt: schema.registration.queueAt,
      offerExpiresAt: schema.registration.offerExpiresAt,
      priceTier: schema.registration.priceTier,
      amountCents: schema.registration.amountCents,
      answers: schema.registration.answers,
      accommodations: schema.registration.accommodations,
      scholarshipId: schema.scholarshipRequest.id,
      scholarshipStatus: schema.scholarshipRequest.status,
      needStatement: schema.scholarshipRequest.needStatement,
      awardCents: schema.scholarshipRequest.awardCents,
    })
    .from(schema.registration)
    .innerJoin(schema.user, eq(schema.user.id, schema.registration.userId))
    .leftJoin(schema.organization, eq(schema.organization.id, schema.registration.organizationId))
    .leftJoin(schema.scholarshipRequest, eq(schema.scholarshipRequest.registrationId, schema.registration.id))
    .where(eq(schema.registration.sessionId, sessionId))
    .orderBy(asc(schema.registration.queueAt), asc(schema.registration.id));
  const positions = new Map<string, number>();
  for (const row of rows) {
    if (row.status !== "waitlisted") continue;
    const entry = row.groupId ?? row.id;
    if (!positions.has(entry)) positions.set(entry, positions.size + 1);
  }
  // Only admins act on scholarships, so only they read need statements.
  const entries = rows
    .filter((row) => !partnerOf || (row.organizationId !== null && partnerOf.has(row.organizationId)))
    .map((row) => ({
      id: row.id,
      userId: row.userId,
      name: row.name,
      email: row.email,
      pronouns: row.pronouns,
      status: row.status,
      groupId: row.groupId,
      organizationName: row.organizationName,
      requestedAt: row.requestedAt,
      queueAt: row.queueAt,
      offerExpiresAt: row.offerExpiresAt,
      priceTier: row.priceTier,
      amountCents: row.amountCents,
      answers: visibleAnswers(session.questions, row.answers, seesSensitive),
      accommodations: seesSensitive ? row.accommodations : null,
      scholarship: row.scholarshipId
        ? {
            id: row.scholarshipId,
            status: row.scholarshipStatus!,
            needStatement: admin ? row.needStatement : null,
            awardCents: row.awardCents,
          }
        : null,
      waitlistPosition: row.status === "waitlisted" ? positions.get(row.groupId ?? row.id)! : null,
    }));
  return { sessionId, seesSensitive, entries };
}
