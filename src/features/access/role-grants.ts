// Reads role grants with their organization's name, for the people, invitation and partner pages.
import { asc, eq, inArray } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { Role } from "#core/access.ts";

export type GrantView = { role: Role; organizationId: string | null; organizationName: string | null };

export async function grantsOf(db: Executor, userIds: string[]): Promise<Map<string, GrantView[]>> {
  const byUser = new Map<string, GrantView[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select({
      userId: schema.roleGrant.userId,
      role: schema.roleGrant.role,
      organizationId: schema.roleGrant.organizationId,
      organizationName: schema.organization.name,
    })
    .from(schema.roleGrant)
    .leftJoin(schema.organization, eq(schema.organization.id, schema.roleGrant.organizationId))
    .where(inArray(schema.roleGrant.userId, userIds))
    .orderBy(asc(schema.roleGrant.role), asc(schema.organization.name));
  for (const { userId, ...grant } of rows) byUser.get(userId)?.push(grant);
  return byUser;
}

/** The names of the organizations some grants point at, in one query; an id with no organization (any more) is left out. */
export async function organizationNames(db: Executor, ids: Array<string | null>): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: schema.organization.id, name: schema.organization.name })
    .from(schema.organization)
    .where(inArray(schema.organization.id, unique));
  return new Map(rows.map((row) => [row.id, row.name]));
}
