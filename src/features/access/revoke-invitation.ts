// Withdraws an invitation that has not been used yet, so its link stops working. Admins only, audited.
import { eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import type { Viewer } from "#core/access.ts";
import { invitationState } from "#core/invitations.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { problem } from "#features/validation/parse-input.ts";
import { requireAdmin } from "./require-admin.ts";

export async function revokeInvitation(
  db: Executor,
  input: { viewer: Viewer | null; invitationId: string; now: Date },
  actor: AuditActor,
): Promise<void> {
  requireAdmin(input.viewer);
  await db.transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(schema.invitation)
      .where(eq(schema.invitation.id, input.invitationId))
      .for("update");
    if (!invitation) throw new AppError("not_found", { detail: "No such invitation" });
    if (invitationState(invitation, input.now) !== "pending") {
      throw new AppError(
        "conflict",
        { detail: "Only an open invitation can be withdrawn" },
        {
          fields: [{ path: "invitation", message: problem("admin.invitations.errors.notPending") }],
        },
      );
    }
    await tx.update(schema.invitation).set({ revokedAt: input.now }).where(eq(schema.invitation.id, invitation.id));
    await recordAudit(tx, actor, {
      action: "invitation.revoke",
      targetType: "invitation",
      targetId: invitation.id,
      summary: { email: invitation.email },
    });
  });
}
