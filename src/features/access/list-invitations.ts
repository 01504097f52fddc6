// Invitations for admins, newest first, filtered by where they stand (open, accepted, withdrawn, expired).
import { and, count, desc, eq, gt, inArray, isNotNull, isNull, lte, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { schema, type Executor } from "#db/client.ts";
import { invitationState, type InvitationFilter, type InvitationState } from "#core/invitations.ts";

export const INVITATIONS_PER_PAGE = 50;

function stateCondition(state: InvitationFilter, now: Date): SQL | undefined {
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

export async function listInvitations(db: Executor, filter: { state: InvitationFilter; page?: number; now: Date }) {
  const where = stateCondition(filter.state, filter.now);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(schema.invitation).where(where);
  const pageCount = Math.max(1, Math.ceil(total / INVITATIONS_PER_PAGE));
  const page = Math.min(Math.max(1, Math.trunc(filter.page ?? 1) || 1), pageCount);
  const inviter = alias(schema.user, "inviter");
  const rows = await db
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
    .where(where)
    .orderBy(desc(schema.invitation.createdAt), desc(schema.invitation.id))
    .limit(INVITATIONS_PER_PAGE)
    .offset((page - 1) * INVITATIONS_PER_PAGE);
  const organizationIds = [...new Set(rows.flatMap((row) => row.roles.flatMap((grant) => (grant.organizationId ? [grant.organizationId] : []))))];
  const organizations = organizationIds.length
    ? await db
        .select({ id: schema.organization.id, name: schema.organization.name })
        .from(schema.organization)
        .where(inArray(schema.organization.id, organizationIds))
    : [];
  const nameOf = (id: string | null) => organizations.find((organization) => organization.id === id)?.name ?? null;
  return {
    invitations: rows.map((row) => ({
      ...row,
      roles: row.roles.map((grant) => ({ ...grant, organizationName: nameOf(grant.organizationId) })),
      state: invitationState(row, filter.now) as InvitationState,
    })),
    total,
    page,
    pageCount,
  };
}
