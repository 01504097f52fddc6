// An admin declines an application, with a message the person receives.
import { isHubAdmin } from "#core/access.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import type { AuditActor } from "#features/audit/record-audit.ts";
import type { ApplicationDecision } from "./approve-application.ts";
import { loadRegistration } from "./load-registration.ts";
import { lockSession } from "./seat-ledger.ts";
import { moveRegistrations } from "./transition.ts";

export async function denyApplication(
  services: Pick<Services, "db" | "now">,
  request: ApplicationDecision,
  actor: AuditActor,
): Promise<void> {
  if (!isHubAdmin(request.viewer)) throw new AppError("forbidden", { detail: "Only hub admins decide applications" });
  const found = await loadRegistration(services.db, request.registrationId);
  const now = services.now();
  const message = request.message?.trim() || null;
  await services.db.transaction(async (tx) => {
    await lockSession(tx, found.sessionId);
    const row = await loadRegistration(tx, found.id);
    if (row.status !== "pending_approval") throw new AppError("conflict", { key: "registration.errors.notAllowed" });
    await moveRegistrations(tx, [{ id: row.id, status: row.status, sessionId: row.sessionId }], "denied", {
      now,
      actor,
      reason: message,
      set: { decidedBy: request.viewer!.userId, decisionNote: message },
      notice: { kind: "application_declined", message: message ?? undefined },
    });
  });
}
