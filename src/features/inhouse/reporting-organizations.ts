// The partner organizations a person may report in-house trainings for: they hold the trainer role and are linked to
// the organization as its staff, with their own consent (an active staff link) — the hub's organizational trainers.
import { and, asc, eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { hasRole, type Viewer } from "#core/access.ts";

export async function reportingOrganizations(
  db: Executor,
  viewer: Viewer | null,
): Promise<{ id: string; name: string }[]> {
  if (!viewer || !hasRole(viewer, "trainer")) return [];
  return db
    .select({ id: schema.organization.id, name: schema.organization.name })
    .from(schema.staffLink)
    .innerJoin(schema.organization, eq(schema.organization.id, schema.staffLink.organizationId))
    .where(and(eq(schema.staffLink.userId, viewer.userId), eq(schema.staffLink.status, "active")))
    .orderBy(asc(schema.organization.name));
}

/**
 * Whether the trainer's pages offer in-house trainings: to an organizational trainer (an active staff link, as above),
 * and to a trainer who has reported one before, so a withdrawn link still leaves their reports within reach.
 */
export async function offersInhouseReports(db: Executor, viewer: Viewer | null): Promise<boolean> {
  if (!viewer || !hasRole(viewer, "trainer")) return false;
  const [link] = await db
    .select({ id: schema.staffLink.id })
    .from(schema.staffLink)
    .where(and(eq(schema.staffLink.userId, viewer.userId), eq(schema.staffLink.status, "active")))
    .limit(1);
  if (link) return true;
  const [report] = await db
    .select({ id: schema.inhouseTrainingReport.id })
    .from(schema.inhouseTrainingReport)
    .where(eq(schema.inhouseTrainingReport.reporterId, viewer.userId))
    .limit(1);
  return Boolean(report);
}
