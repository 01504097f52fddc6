// Gives a person a role (a partner admin role names its organization); admins only, audited.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { grantProblem, roles, type RoleGrant, type Viewer } from "#core/access.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import { requireAdmin } from "./require-admin.ts";

export const grantInput = z.object({
  role: z.enum(roles, problem("admin.roles.errors.role")),
  organizationId: z
    .string()
    .trim()
    .nullish()
    .transform((value) => value || null),
});

/** Checks a grant is well formed and its organization exists; shared by invitations and role changes. */
export async function checkGrant(db: Executor, grant: RoleGrant, path = "organizationId"): Promise<{ organizationName: string | null }> {
  const shape = grantProblem(grant);
  if (shape === "organization_required") throw invalid([{ path, message: problem("admin.roles.errors.organizationRequired") }]);
  if (shape === "organization_not_allowed") throw invalid([{ path, message: problem("admin.roles.errors.organizationNotAllowed") }]);
  if (!grant.organizationId) return { organizationName: null };
  const [organization] = await db.select({ name: schema.organization.name }).from(schema.organization).where(eq(schema.organization.id, grant.organizationId));
  if (!organization) throw invalid([{ path, message: problem("admin.roles.errors.organizationMissing") }]);
  return { organizationName: organization.name };
}

export async function grantRole(
  db: Executor,
  input: { viewer: Viewer | null; userId: string; role: string; organizationId?: string | null },
  actor: AuditActor,
): Promise<void> {
  requireAdmin(input.viewer);
  const grant: RoleGrant = parseInput(grantInput, input);
  await db.transaction(async (tx) => {
    const [person] = await tx.select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.id, input.userId));
    if (!person) throw new AppError("not_found", "No such person");
    const { organizationName } = await checkGrant(tx, grant);
    const inserted = await tx
      .insert(schema.roleGrant)
      .values({ userId: input.userId, role: grant.role, organizationId: grant.organizationId, grantedBy: actor.userId })
      .onConflictDoNothing()
      .returning({ id: schema.roleGrant.id });
    if (inserted.length === 0) throw invalid([{ path: "role", message: problem("admin.roles.errors.alreadyHeld") }]);
    await recordAudit(tx, actor, {
      action: "role.grant",
      targetType: "user",
      targetId: input.userId,
      summary: { role: grant.role, organizationId: grant.organizationId, organization: organizationName },
    });
  });
}

/** Gives the grants a person does not hold yet, auditing each; returns the ones added. Runs in the caller's transaction. */
export async function addMissingGrants(tx: Executor, userId: string, grants: RoleGrant[], actor: AuditActor, reason: string): Promise<RoleGrant[]> {
  const added: RoleGrant[] = [];
  for (const grant of grants) {
    const inserted = await tx
      .insert(schema.roleGrant)
      .values({ userId, role: grant.role, organizationId: grant.organizationId, grantedBy: actor.userId })
      .onConflictDoNothing()
      .returning({ id: schema.roleGrant.id });
    if (inserted.length === 0) continue;
    added.push(grant);
    await recordAudit(tx, actor, {
      action: "role.grant",
      targetType: "user",
      targetId: userId,
      summary: { role: grant.role, organizationId: grant.organizationId, reason },
    });
  }
  return added;
}

export function sameGrant(a: RoleGrant, b: RoleGrant): boolean {
  return a.role === b.role && (a.organizationId ?? null) === (b.organizationId ?? null);
}
