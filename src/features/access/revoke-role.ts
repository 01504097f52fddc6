// Removes a role from a person; the hub's last admin role can never be removed. Admins only, audited.
import { and, eq, isNull } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { revokeProblem, type RoleGrant } from "#core/access.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import { requireAdmin } from "./require-admin.ts";
import { grantInput, type RoleChange } from "./grant-role.ts";

export async function revokeRole(db: Executor, input: RoleChange, actor: AuditActor): Promise<void> {
  requireAdmin(input.viewer);
  const grant: RoleGrant = parseInput(grantInput, input);
  await db.transaction(async (tx) => {
    if (grant.role === "admin") {
      // Lock every admin grant first: two admins removing each other at once must not leave the hub with none.
      const admins = await tx
        .select({ id: schema.roleGrant.id })
        .from(schema.roleGrant)
        .where(eq(schema.roleGrant.role, "admin"))
        .for("update");
      if (revokeProblem(grant, admins.length) === "last_admin")
        throw invalid([{ path: "role", message: problem("admin.roles.errors.lastAdmin") }]);
    }
    const [organization] = grant.organizationId
      ? await tx
          .select({ name: schema.organization.name })
          .from(schema.organization)
          .where(eq(schema.organization.id, grant.organizationId))
      : [];
    const removed = await tx
      .delete(schema.roleGrant)
      .where(
        and(
          eq(schema.roleGrant.userId, input.userId),
          eq(schema.roleGrant.role, grant.role),
          grant.organizationId
            ? eq(schema.roleGrant.organizationId, grant.organizationId)
            : isNull(schema.roleGrant.organizationId),
        ),
      )
      .returning({ id: schema.roleGrant.id });
    if (removed.length === 0) throw new AppError("not_found", { detail: "This person does not hold that role" });
    await recordAudit(tx, actor, {
      action: "role.revoke",
      targetType: "user",
      targetId: input.userId,
      summary: { role: grant.role, organizationId: grant.organizationId, organization: organization?.name ?? null },
    });
  });
}
