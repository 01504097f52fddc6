// Creates a person with a verified email, an optional password and roles, in one transaction (CLI, API, seeding, invitations).
import { MAX_CHOSEN_NAME_LENGTH } from "#core/names.ts";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { hashPassword } from "better-auth/crypto";
import { schema, type Executor } from "#db/client.ts";
import { AppError, type FieldError } from "#platform/app-error.ts";
import { grantProblem, type RoleGrant } from "#core/access.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import type { Locale } from "#core/locale.ts";
import { MIN_PASSWORD_LENGTH } from "#core/passwords.ts";
import { isEmailAddress } from "#features/validation/parse-input.ts";
import { organizationNames } from "#features/access/role-grants.ts";

/** Kept here too for the API schemas that import it from this module. */
export { MIN_PASSWORD_LENGTH };

export type NewAccount = {
  email: string;
  name: string;
  password?: string;
  roles?: RoleGrant[];
  locale?: Locale;
  timeZone?: string;
  legalName?: string | null;
  pronouns?: string | null;
};

/** Pass an open transaction to make the new account part of a larger change (it then runs in a savepoint). */
export async function createAccount(db: Executor, input: NewAccount, actor: AuditActor) {
  const email = input.email.trim().toLowerCase();
  const name = input.name.trim();
  const fields: FieldError[] = [];
  if (!isEmailAddress(email)) fields.push({ path: "email", detail: "Enter an email address like name@example.org" });
  if (!name) fields.push({ path: "name", detail: "Enter a name" });
  else if (name.length > MAX_CHOSEN_NAME_LENGTH)
    fields.push({ path: "name", detail: `A name has at most ${MAX_CHOSEN_NAME_LENGTH} characters` });
  if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) {
    fields.push({ path: "password", detail: `Use at least ${MIN_PASSWORD_LENGTH} characters` });
  }
  const roles = input.roles ?? [{ role: "participant", organizationId: null }];
  roles.forEach((grant, index) => {
    const problem = grantProblem(grant);
    if (problem)
      fields.push({
        path: `roles.${index}`,
        detail:
          problem === "organization_required"
            ? "A partner admin needs an organization"
            : "Only a partner admin has an organization",
      });
  });
  if (fields.length) throw new AppError("invalid", { detail: "Some fields need attention" }, { fields });

  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.email, email));
    if (existing)
      throw new AppError(
        "conflict",
        { detail: "An account with this email already exists" },
        { fields: [{ path: "email", detail: "An account with this email already exists" }] },
      );
    const known = await organizationNames(
      tx,
      roles.map((grant) => grant.organizationId),
    );
    const unknown = roles.findIndex((grant) => grant.organizationId && !known.has(grant.organizationId));
    if (unknown >= 0)
      throw new AppError(
        "invalid",
        { detail: "No such organization" },
        { fields: [{ path: `roles.${unknown}.organizationId`, detail: "No such organization" }] },
      );
    const id = randomUUID();
    const now = new Date();
    const [person] = await tx
      .insert(schema.user)
      .values({
        id,
        email,
        name,
        emailVerified: true,
        locale: input.locale ?? "en",
        timeZone: input.timeZone ?? "America/Los_Angeles",
        legalName: input.legalName ?? null,
        pronouns: input.pronouns ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (passwordHash) {
      // better-auth finds password sign-ins by providerId "credential" and accountId = user id.
      await tx.insert(schema.account).values({
        id: randomUUID(),
        accountId: id,
        providerId: "credential",
        userId: id,
        password: passwordHash,
        createdAt: now,
        updatedAt: now,
      });
    }
    if (roles.length) {
      await tx.insert(schema.roleGrant).values(
        roles.map((grant) => ({
          userId: id,
          role: grant.role,
          organizationId: grant.organizationId,
          grantedBy: actor.userId,
        })),
      );
    }
    await recordAudit(tx, actor, {
      action: "person.create",
      targetType: "user",
      targetId: id,
      summary: { email, roles: roles.map((r) => r.role) },
    });
    return { ...person!, roles };
  });
}
