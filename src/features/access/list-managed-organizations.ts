// The organizations a person may manage (all of them for a hub admin), each with its partner admins.
import { and, asc, eq, inArray } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { organizationsInReach, type Viewer } from "#core/access.ts";

export async function listManagedOrganizations(db: Executor, viewer: Viewer) {
  const reach = organizationsInReach(viewer);
  const everything = reach === "all";
  const ids = everything ? [] : reach;
  if (!everything && ids.length === 0) return [];
  const organizations = await db
    .select({
      id: schema.organization.id,
      slug: schema.organization.slug,
      name: schema.organization.name,
      website: schema.organization.website,
    })
    .from(schema.organization)
    .where(everything ? undefined : inArray(schema.organization.id, ids))
    .orderBy(asc(schema.organization.name));
  if (organizations.length === 0) return [];
  const admins = await db
    .select({
      organizationId: schema.roleGrant.organizationId,
      id: schema.user.id,
      name: schema.user.name,
      email: schema.user.email,
    })
    .from(schema.roleGrant)
    .innerJoin(schema.user, eq(schema.user.id, schema.roleGrant.userId))
    .where(
      and(
        eq(schema.roleGrant.role, "partner_admin"),
        inArray(
          schema.roleGrant.organizationId,
          organizations.map((o) => o.id),
        ),
      ),
    )
    .orderBy(asc(schema.user.name));
  return organizations.map((organization) => ({
    ...organization,
    partnerAdmins: admins
      .filter((admin) => admin.organizationId === organization.id)
      .map(({ organizationId: _, ...admin }) => admin),
  }));
}
