// Partner organizations, by name, with how many partner admins each has.
import { asc, count, eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";

export async function listOrganizations(db: Executor) {
  return db
    .select({
      id: schema.organization.id,
      slug: schema.organization.slug,
      name: schema.organization.name,
      website: schema.organization.website,
      createdAt: schema.organization.createdAt,
      partnerAdmins: count(schema.roleGrant.id),
    })
    .from(schema.organization)
    .leftJoin(schema.roleGrant, eq(schema.roleGrant.organizationId, schema.organization.id))
    .groupBy(schema.organization.id)
    .orderBy(asc(schema.organization.name));
}
