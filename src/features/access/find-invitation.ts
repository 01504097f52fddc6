// What the invitation page shows the person holding the link: who invited them, the roles, and whether it still works.
import { eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { schema, type Executor } from "#db/client.ts";
import { invitationState } from "#core/invitations.ts";
import type { Role } from "#core/access.ts";
import { hashToken } from "#features/tokens/personal-access-tokens.ts";

export async function findInvitation(db: Executor, token: string, now: Date) {
  if (!token || token.length > 200) return null;
  const inviter = alias(schema.user, "inviter");
  const [row] = await db
    .select({
      id: schema.invitation.id,
      email: schema.invitation.email,
      name: schema.invitation.name,
      roles: schema.invitation.roles,
      expiresAt: schema.invitation.expiresAt,
      acceptedAt: schema.invitation.acceptedAt,
      revokedAt: schema.invitation.revokedAt,
      inviterName: inviter.name,
    })
    .from(schema.invitation)
    .leftJoin(inviter, eq(inviter.id, schema.invitation.invitedBy))
    .where(eq(schema.invitation.tokenHash, hashToken(token)));
  if (!row) return null;
  const organizationIds = row.roles.flatMap((grant) => (grant.organizationId ? [grant.organizationId] : []));
  const organizations = organizationIds.length
    ? await db
        .select({ id: schema.organization.id, name: schema.organization.name })
        .from(schema.organization)
        .where(inArray(schema.organization.id, organizationIds))
    : [];
  const [account] = await db.select({ emailVerified: schema.user.emailVerified }).from(schema.user).where(eq(schema.user.email, row.email));
  return {
    email: row.email,
    name: row.name,
    inviterName: row.inviterName,
    expiresAt: row.expiresAt,
    state: invitationState(row, now),
    roles: row.roles.map((grant) => ({
      role: grant.role as Role,
      organizationName: organizations.find((organization) => organization.id === grant.organizationId)?.name ?? null,
    })),
    /** Holding the link proves the address, so it is safe to tell them their confirmed account will simply gain the roles. */
    hasAccount: account?.emailVerified ?? false,
  };
}

export type InvitationView = NonNullable<Awaited<ReturnType<typeof findInvitation>>>;
