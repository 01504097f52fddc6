// Gives a person a role (a partner admin role names its organization); admins only, audited.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { grantProblem, roles, type RoleGrant, type Viewer } from "#core/access.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import { requireAdmin } from "./require-admin.ts";
import { organizationNames } from "./role-grants.ts";

export const grantInput = z.object({
  role: z.enum(roles, problem("admin.roles.errors.role")),
  organizationId: z
    .string()
    .trim()
    .nullish()
    .transform((value) => value || null),
});

/**
 * Checks grants are well formed and their organizations exist, with one query for all of them; shared by invitations
 * and role changes. Answers the organizations' names by id.
 */
export async function checkGrants(
  db: Executor,
  grants: RoleGrant[],
  path = "organizationId",
): Promise<Map<string, string>> {
  for (const grant of grants) {
    const shape = grantProblem(grant);
    if (shape === "organization_required")
      throw invalid([{ path, message: problem("admin.roles.errors.organizationRequired") }]);
    if (shape === "organization_not_allowed")
      throw invalid([{ path, message: problem("admin.roles.errors.organizationNotAllowed") }]);
  }
  const names = await organizationNames(
    db,
    grants.map((grant) => grant.organizationId),
  );
  if (grants.some((grant) => grant.organizationId && !names.has(grant.organizationId))) {
    throw invalid([{ path, message: problem("admin.roles.errors.organizationMissing") }]);
  }
  return names;
}

/** A role given or taken away, as a form or the API sends it: checked by `grantInput`. */
export type RoleChange = { viewer: Viewer | null; userId: string; role: string; organizationId?: string | null };

export async function grantRole(db: Executor, input: RoleChange, actor: AuditActor): Promise<void> {
  requireAdmin(input.viewer);
  const grant: RoleGrant = parseInput(grantInput, input);
  await db.transaction(async (tx) => {
    const [person] = await tx.select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.id, input.userId));
    if (!person) throw new AppError("not_found", { detail: "No such person" });
    const organizations = await checkGrants(tx, [grant]);
    const organizationName = (grant.organizationId && organizations.get(grant.organizationId)) || null;
    const added = await insertGrant(tx, input.userId, grant, actor, { organization: organizationName });
    if (!added) throw invalid([{ path: "role", message: problem("admin.roles.errors.alreadyHeld") }]);
  });
}

/** Gives one grant unless the person holds it already, and audits it; false when it was held. Runs in the caller's transaction. */
async function insertGrant(
  tx: Executor,
  userId: string,
  grant: RoleGrant,
  actor: AuditActor,
  why: Record<string, unknown>,
): Promise<boolean> {
  const inserted = await tx
    .insert(schema.roleGrant)
    .values({ userId, role: grant.role, organizationId: grant.organizationId, grantedBy: actor.userId })
    .onConflictDoNothing()
    .returning({ id: schema.roleGrant.id });
  if (inserted.length === 0) return false;
  await recordAudit(tx, actor, {
    action: "role.grant",
    targetType: "user",
    targetId: userId,
    summary: { role: grant.role, organizationId: grant.organizationId, ...why },
  });
  return true;
}

/** Gives the grants a person does not hold yet, auditing each; returns the ones added. Runs in the caller's transaction. */
export async function addMissingGrants(
  tx: Executor,
  userId: string,
  grants: RoleGrant[],
  actor: AuditActor,
  reason: string,
): Promise<RoleGrant[]> {
  const added: RoleGrant[] = [];
  for (const grant of grants) if (await insertGrant(tx, userId, grant, actor, { reason })) added.push(grant);
  return added;
}
