// What the invitation page shows the person holding the link: who invited them, the roles, and whether it still works.
import { eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { invitationState } from "#core/invitations.ts";
import type { Role } from "#core/access.ts";
import { hashToken } from "#features/tokens/personal-access-tokens.ts";
import { organizationNames } from "./role-grants.ts";
import { selectInvitations } from "./list-invitations.ts";

export async function findInvitation(db: Executor, token: string, now: Date) {
  if (!token || token.length > 200) return null;
  const [row] = await selectInvitations(db).where(eq(schema.invitation.tokenHash, hashToken(token)));
  if (!row) return null;
  const organizations = await organizationNames(
    db,
    row.roles.map((grant) => grant.organizationId),
  );
  const [account] = await db
    .select({ emailVerified: schema.user.emailVerified })
    .from(schema.user)
    .where(eq(schema.user.email, row.email));
  return {
    email: row.email,
    name: row.name,
    inviterName: row.inviterName,
    expiresAt: row.expiresAt,
    state: invitationState(row, now),
    roles: row.roles.map((grant) => ({
      role: grant.role as Role,
      organizationName: (grant.organizationId && organizations.get(grant.organizationId)) || null,
    })),
    /** Holding the link proves the address, so it is safe to tell them their confirmed account will simply gain the roles. */
    hasAccount: account?.emailVerified ?? false,
  };
}
