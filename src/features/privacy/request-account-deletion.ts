// "Delete my account", asked for: the person confirms with their password and chooses what becomes of their
// credentials; from that moment they are signed out everywhere (sessions and API tokens end) and one job does the rest
// (delete-account.ts). Nobody can stop a request once made: admins only see it in the privacy queue.
import { and, count, eq, isNull, ne } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { credentialChoices } from "#core/account-deletion.ts";
import { MAX_PASSWORD_LENGTH } from "#core/passwords.ts";
import { AppError } from "#platform/app-error.ts";
import { enqueue } from "#platform/jobs/queue.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { confirmOwnPassword } from "#features/accounts/confirm-password.ts";
import { invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import { deleteAccountJob } from "./delete-account.job.ts";

/** What the person sends: their password, and their choice for their credentials. */
export const accountDeletionInput = z.object({
  password: z
    .string()
    .min(1, problem("deletion.errors.passwordMissing"))
    .max(MAX_PASSWORD_LENGTH, problem("deletion.errors.passwordWrong")),
  credentials: z.enum(credentialChoices, problem("deletion.errors.choiceMissing")),
});

export type AccountDeletionRequest = {
  viewer: Viewer | null;
  password: string;
  credentials: string;
  /** The address the request came from: a password guess counts against it. */
  ip: string;
};

export async function requestAccountDeletion(
  services: Pick<Services, "db" | "auth" | "config" | "now">,
  request: AccountDeletionRequest,
  actor: AuditActor,
): Promise<{ id: string; requestedAt: Date }> {
  const viewer = request.viewer;
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  const input = parseInput(accountDeletionInput, request);
  const check = await confirmOwnPassword(services, {
    userId: viewer.userId,
    email: viewer.email,
    password: input.password,
    ip: request.ip,
  });
  if (check === "none") throw invalid([{ path: "password", message: problem("deletion.errors.noPassword") }]);
  if (check === "wrong") throw invalid([{ path: "password", message: problem("deletion.errors.passwordWrong") }]);

  const now = services.now();
  return services.db.transaction(async (tx) => {
    // Under the person's row lock: two clicks make one request.
    await tx.select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.id, viewer.userId)).for("update");
    const [pending] = await tx
      .select({ id: schema.accountDeletion.id })
      .from(schema.accountDeletion)
      .where(and(eq(schema.accountDeletion.userId, viewer.userId), isNull(schema.accountDeletion.completedAt)));
    if (pending) throw new AppError("conflict", { key: "deletion.errors.alreadyRequested" });
    await refuseLastAdmin(tx, viewer.userId);

    const [asked] = await tx
      .insert(schema.accountDeletion)
      .values({ userId: viewer.userId, credentials: input.credentials, requestedAt: now })
      .returning({ id: schema.accountDeletion.id });
    // Signed out everywhere at once: no session or token can act for the person while the job runs.
    await tx.delete(schema.session).where(eq(schema.session.userId, viewer.userId));
    await tx
      .update(schema.personalAccessToken)
      .set({ revokedAt: now })
      .where(and(eq(schema.personalAccessToken.userId, viewer.userId), isNull(schema.personalAccessToken.revokedAt)));
    await enqueue(tx, deleteAccountJob, { deletionId: asked!.id });
    await recordAudit(tx, actor, {
      action: "privacy.deletion_requested",
      targetType: "account_deletion",
      targetId: asked!.id,
      summary: { credentials: input.credentials },
    });
    return { id: asked!.id, requestedAt: now };
  });
}

/** The hub must keep someone who can run it: the last hub admin cannot delete their account. */
async function refuseLastAdmin(tx: Executor, userId: string): Promise<void> {
  const grants = await tx
    .select({ id: schema.roleGrant.id })
    .from(schema.roleGrant)
    .where(and(eq(schema.roleGrant.userId, userId), eq(schema.roleGrant.role, "admin")));
  if (grants.length === 0) return;
  const [others] = await tx
    .select({ n: count() })
    .from(schema.roleGrant)
    .where(and(eq(schema.roleGrant.role, "admin"), ne(schema.roleGrant.userId, userId)));
  if ((others?.n ?? 0) === 0) throw new AppError("conflict", { key: "deletion.errors.lastAdmin" });
}
