// Invites someone by email with the roles they will hold; a person who already has an account gets the roles at once.
import { MAX_CHOSEN_NAME_LENGTH } from "#core/names.ts";
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { schema } from "#db/client.ts";
import type { Services } from "#platform/services.ts";
import type { RoleGrant, Viewer } from "#core/access.ts";
import { locales, type Locale } from "#core/locale.ts";
import { invitationExpiry } from "#core/invitations.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { queueMail } from "#features/mail/queue-mail.ts";
import { hashToken } from "#features/tokens/personal-access-tokens.ts";
import { emailAddress, parseInput, problem, requiredText } from "#features/validation/parse-input.ts";
import { requireAdmin } from "./require-admin.ts";
import { addMissingGrants, checkGrants, grantInput } from "./grant-role.ts";
import { invitationsIn } from "./list-invitations.ts";

const inviteInput = z.object({
  email: emailAddress(problem("admin.invite.errors.email")),
  name: requiredText(
    MAX_CHOSEN_NAME_LENGTH,
    problem("admin.invite.errors.nameMissing"),
    problem("admin.invite.errors.nameTooLong"),
  ),
  roles: z.array(grantInput).min(1, problem("admin.invite.errors.rolesMissing")),
  locale: z.enum(locales, problem("admin.invite.errors.locale")),
});

export type InviteResult =
  | { kind: "invited"; invitationId: string; email: string }
  /** The email already had an account: the roles were added to it and no invitation was sent. */
  | { kind: "granted"; userId: string; email: string; added: RoleGrant[] };

export async function invitePerson(
  services: Pick<Services, "db" | "config" | "now" | "onJobQueued">,
  input: {
    viewer: Viewer | null;
    email: string;
    name: string;
    roles: Array<{ role: string; organizationId?: string | null }>;
    locale: Locale | string;
  },
  actor: AuditActor,
): Promise<InviteResult> {
  requireAdmin(input.viewer);
  const inviter = input.viewer;
  const invite = parseInput(inviteInput, input);
  const grants: RoleGrant[] = invite.roles.filter(
    (grant, index) =>
      invite.roles.findIndex((other) => other.role === grant.role && other.organizationId === grant.organizationId) ===
      index,
  );
  const now = services.now();
  const result = await services.db.transaction(async (tx): Promise<InviteResult> => {
    await checkGrants(tx, grants);
    const [existing] = await tx
      .select({ id: schema.user.id, emailVerified: schema.user.emailVerified })
      .from(schema.user)
      .where(eq(schema.user.email, invite.email));
    // An unconfirmed sign-up proves nothing about who holds the address: it gets an invitation like anyone new.
    if (existing?.emailVerified) {
      const added = await addMissingGrants(tx, existing.id, grants, actor, "invited with an existing account");
      return { kind: "granted", userId: existing.id, email: invite.email, added };
    }
    // A newer invitation replaces any still-open one, so only the latest link works; the log says where the old one went.
    const replaced = await tx
      .update(schema.invitation)
      .set({ revokedAt: now })
      .where(and(eq(schema.invitation.email, invite.email), invitationsIn("pending", now)))
      .returning({ id: schema.invitation.id });
    for (const old of replaced) {
      await recordAudit(tx, actor, {
        action: "invitation.revoke",
        targetType: "invitation",
        targetId: old.id,
        summary: { email: invite.email, reason: "replaced by a newer invitation" },
      });
    }
    const token = randomBytes(32).toString("base64url");
    const [row] = await tx
      .insert(schema.invitation)
      .values({
        email: invite.email,
        name: invite.name,
        roles: grants,
        tokenHash: hashToken(token),
        invitedBy: inviter.userId,
        expiresAt: invitationExpiry(now),
        createdAt: now,
      })
      .returning({ id: schema.invitation.id });
    await queueMail(tx, {
      to: invite.email,
      locale: invite.locale,
      recipientName: invite.name,
      template: "invitation",
      inviter: inviter.name,
      link: `${services.config.publicUrl}/invitation?token=${encodeURIComponent(token)}`,
    });
    await recordAudit(tx, actor, {
      action: "invitation.create",
      targetType: "invitation",
      targetId: row!.id,
      summary: {
        email: invite.email,
        roles: grants.map((grant) => grant.role),
        organizationIds: grants.flatMap((g) => (g.organizationId ? [g.organizationId] : [])),
      },
    });
    return { kind: "invited", invitationId: row!.id, email: invite.email };
  });
  if (result.kind === "invited") services.onJobQueued();
  return result;
}
