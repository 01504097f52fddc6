// Accepts an invitation: creates the account with its roles (or adds the roles to an existing one) and signs in.
import { MAX_CHOSEN_NAME_LENGTH } from "#core/names.ts";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { hashPassword } from "better-auth/crypto";
import { schema } from "#db/client.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import { roles as knownRoles, type RoleGrant } from "#core/access.ts";
import { invitationState } from "#core/invitations.ts";
import { locales, type Locale } from "#core/locale.ts";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "#core/passwords.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { hashToken } from "#features/tokens/personal-access-tokens.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { cookiesFrom } from "#features/accounts/auth-responses.ts";
import { parseInput, problem, requiredText } from "#features/validation/parse-input.ts";
import { addMissingGrants } from "./grant-role.ts";
import { organizationNames } from "./role-grants.ts";

const acceptInput = z.object({
  token: z.string().min(1, problem("invitation.errors.unusable")).max(200, problem("invitation.errors.unusable")),
  locale: z.enum(locales),
});

/** Asked only when the invitation makes a new account (or takes over an unconfirmed one). */
const newAccountInput = z.object({
  name: requiredText(
    MAX_CHOSEN_NAME_LENGTH,
    problem("invitation.errors.nameMissing"),
    problem("invitation.errors.nameTooLong"),
  ),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, problem("invitation.errors.passwordTooShort"))
    .max(MAX_PASSWORD_LENGTH, problem("invitation.errors.passwordTooLong")),
});

export type AcceptResult =
  /** A new account (or an unconfirmed one the link holder now owns): signed in, with these cookies. */
  | { kind: "signed-in"; userId: string; cookies: Headers }
  /** They already had a confirmed account: it gained the roles; they sign in with their own password. */
  | { kind: "roles-added"; userId: string; email: string };

export async function acceptInvitation(
  services: Pick<Services, "db" | "auth" | "now">,
  input: { token: string; name?: string; password?: string; locale: Locale; headers: Headers },
  request: Pick<AuditActor, "ip" | "requestId">,
): Promise<AcceptResult> {
  const accepted = parseInput(acceptInput, input);
  let password = "";
  const now = services.now();
  const outcome = await services.db.transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(schema.invitation)
      .where(eq(schema.invitation.tokenHash, hashToken(accepted.token)))
      .for("update");
    if (!invitation || invitationState(invitation, now) !== "pending") {
      throw new AppError(
        "conflict",
        { detail: "This invitation can no longer be used" },
        { fields: [{ path: "token", message: problem("invitation.errors.unusable") }] },
      );
    }
    // Grants whose organization was removed since the invitation was sent are dropped, not failed on.
    const liveOrganizations = await organizationNames(
      tx,
      invitation.roles.map((grant) => grant.organizationId),
    );
    const grants = invitation.roles.filter(
      (grant): grant is RoleGrant =>
        (knownRoles as readonly string[]).includes(grant.role) &&
        (!grant.organizationId || liveOrganizations.has(grant.organizationId)),
    );
    const systemActor: AuditActor = { userId: invitation.invitedBy, label: "invitation", ...request };

    const [existing] = await tx.select().from(schema.user).where(eq(schema.user.email, invitation.email));
    let userId: string;
    let kind: AcceptResult["kind"];
    const newAccount = () => {
      const account = parseInput(newAccountInput, { name: input.name ?? "", password: input.password ?? "" });
      password = account.password;
      return account;
    };
    if (!existing) {
      const account = newAccount();
      const person = await createAccount(
        tx,
        {
          email: invitation.email,
          name: account.name,
          password: account.password,
          roles: grants,
          locale: accepted.locale,
        },
        systemActor,
      );
      userId = person.id;
      kind = "signed-in";
    } else if (existing.emailVerified) {
      userId = existing.id;
      kind = "roles-added";
      await addMissingGrants(tx, userId, grants, systemActor, "invitation accepted");
    } else {
      // An unconfirmed account for this address was never proven to be theirs; the link holder has just proven it.
      // Whoever started that sign-up loses it: new password, new name, no old sessions.
      const account = newAccount();
      userId = existing.id;
      kind = "signed-in";
      await tx
        .update(schema.user)
        .set({ name: account.name, emailVerified: true, locale: accepted.locale, updatedAt: now })
        .where(eq(schema.user.id, userId));
      await tx.delete(schema.session).where(eq(schema.session.userId, userId));
      await tx
        .delete(schema.account)
        .where(and(eq(schema.account.userId, userId), eq(schema.account.providerId, "credential")));
      const hash = await hashPassword(account.password);
      await tx.insert(schema.account).values({
        id: randomUUID(),
        accountId: userId,
        providerId: "credential",
        userId,
        password: hash,
        createdAt: now,
        updatedAt: now,
      });
      await addMissingGrants(tx, userId, grants, systemActor, "invitation accepted");
    }
    await tx.update(schema.invitation).set({ acceptedAt: now }).where(eq(schema.invitation.id, invitation.id));
    await recordAudit(
      tx,
      { userId, ...request },
      {
        action: "invitation.accept",
        targetType: "invitation",
        targetId: invitation.id,
        summary: {
          email: invitation.email,
          roles: grants.map((grant) => grant.role),
          existingAccount: Boolean(existing),
        },
      },
    );
    return { kind, userId, email: invitation.email };
  });

  if (outcome.kind === "roles-added") return { kind: "roles-added", userId: outcome.userId, email: outcome.email };
  const { headers } = await services.auth.api.signInEmail({
    body: { email: outcome.email, password },
    headers: input.headers,
    returnHeaders: true,
  });
  return { kind: "signed-in", userId: outcome.userId, cookies: cookiesFrom(headers) };
}
