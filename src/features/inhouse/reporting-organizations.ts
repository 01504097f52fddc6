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
