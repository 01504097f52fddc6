// Invitations for admins, newest first, filtered by where they stand (open, accepted, withdrawn, expired).
import { and, count, desc, eq, gt, isNotNull, isNull, lte, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { schema, type Executor } from "#db/client.ts";
import { invitationState, type InvitationFilter } from "#core/invitations.ts";
import { pageWindow } from "#core/pagination.ts";
import { organizationNames } from "./role-grants.ts";

export const INVITATIONS_PER_PAGE = 50;

/** The SQL twin of core's `invitationState`: the invitations that stand where `state` says at `now`. */
export function invitationsIn(state: InvitationFilter, now: Date): SQL | undefined {
  const table = schema.invitation;
  switch (state) {
    case "pending":
      return and(isNull(table.acceptedAt), isNull(table.revokedAt), gt(table.expiresAt, now));
    case "accepted":
      return isNotNull(table.acceptedAt);
    case "revoked":
      return and(isNull(table.acceptedAt), isNotNull(table.revokedAt));
    case "expired":
      return and(isNull(table.acceptedAt), isNull(table.revokedAt), lte(table.expiresAt, now));
    default:
      return undefined;
  }
}

const inviter = alias(schema.user, "inviter");

/** Invitations with the name of the person who sent each; callers add their own filter, order and limit. */
export function selectInvitations(db: Executor) {
  return db
    .select({
      id: schema.invitation.id,
      email: schema.invitation.email,
      name: schema.invitation.name,
      roles: schema.invitation.roles,
      expiresAt: schema.invitation.expiresAt,
      acceptedAt: schema.invitation.acceptedAt,
      revokedAt: schema.invitation.revokedAt,
      createdAt: schema.invitation.createdAt,
      inviterName: inviter.name,
    })
    .from(schema.invitation)
    .leftJoin(inviter, eq(inviter.id, schema.invitation.invitedBy))
    .$dynamic();
}

export async function listInvitations(db: Executor, filter: { state: InvitationFilter; page?: number; now: Date }) {
  const where = invitationsIn(filter.state, filter.now);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(schema.invitation).where(where);
  const { page, pageCount, offset } = pageWindow({ total, requested: filter.page, perPage: INVITATIONS_PER_PAGE });
  const rows = await selectInvitations(db)
    .where(where)
    .orderBy(desc(schema.invitation.createdAt), desc(schema.invitation.id))
    .limit(INVITATIONS_PER_PAGE)
    .offset(offset);
  const organizations = await organizationNames(
    db,
    rows.flatMap((row) => row.roles.map((grant) => grant.organizationId)),
  );
  const nameOf = (id: string | null) => (id && organizations.get(id)) || null;
  return {
    invitations: rows.map((row) => ({
      ...row,
      roles: row.roles.map((grant) => ({ ...grant, organizationName: nameOf(grant.organizationId) })),
      state: invitationState(row, filter.now),
    })),
    total,
    page,
    pageCount,
  };
}
