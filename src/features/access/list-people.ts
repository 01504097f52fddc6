// The people of the hub for admins: searchable by name or email, 50 to a page, with the roles each holds.
import { and, asc, count, ilike, or, type SQL } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { pageWindow } from "#core/pagination.ts";
import { grantsOf } from "./role-grants.ts";

export const PEOPLE_PER_PAGE = 50;

export async function listPeople(db: Executor, filter: { search?: string; page?: number }) {
  const search = filter.search?.trim().slice(0, 120) ?? "";
  const conditions: SQL[] = [];
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(schema.user.name, pattern), ilike(schema.user.email, pattern))!);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(schema.user).where(where);
  const { page, pageCount, offset } = pageWindow({ total, requested: filter.page, perPage: PEOPLE_PER_PAGE });
  const rows = await db
    .select({
      id: schema.user.id,
      name: schema.user.name,
      email: schema.user.email,
      emailVerified: schema.user.emailVerified,
      createdAt: schema.user.createdAt,
    })
    .from(schema.user)
    .where(where)
    .orderBy(asc(schema.user.name), asc(schema.user.id))
    .limit(PEOPLE_PER_PAGE)
    .offset(offset);
  const grants = await grantsOf(
    db,
    rows.map((row) => row.id),
  );
  return { people: rows.map((row) => ({ ...row, roles: grants.get(row.id) ?? [] })), total, page, pageCount, search };
}
