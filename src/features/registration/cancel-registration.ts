// Cancels a place, leaves the line or withdraws an application; a freed seat is offered to the next in line at once.
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import { mayActForRegistration, type Viewer } from "#core/access.ts";
import { selfCancelAllowed } from "#core/registration.ts";
import type { AuditActor } from "#features/audit/record-audit.ts";
import { entryRows, holdingOf, loadRegistration } from "./load-registration.ts";
import { fillFreedSeats, lockSession } from "./seat-ledger.ts";
import { moveRegistrations } from "./transition.ts";

export type CancelRequest = { viewer: Viewer | null; registrationId: string; reason?: string | null };

export async function cancelRegistration(
  services: Pick<Services, "db" | "now">,
  request: CancelRequest,
  actor: AuditActor,
): Promise<void> {
  const found = await loadRegistration(services.db, request.registrationId);
  const who = mayActForRegistration(request.viewer, holdingOf(found));
  if (!who) throw new AppError("forbidden", { key: "registration.errors.notYours" });
  const now = services.now();
  await services.db.transaction(async (tx) => {
    const { session } = await lockSession(tx, found.sessionId);
    const row = await loadRegistration(tx, found.id);
    if (!["pending_approval", "approved", "confirmed", "waitlisted", "offered"].includes(row.status))
      throw new AppError("conflict", { key: "registration.errors.notAllowed" });
    // Only a held seat has a cutoff: leaving the line or withdrawing an application is always possible.
    if (
      who === "self" &&
      row.status === "confirmed" &&
      !selfCancelAllowed({ startsAt: session.startsAt, cutoffHours: session.cancelCutoffHours, now })
    ) {
      throw new AppError("conflict", { key: "registration.errors.cutoffPassed" });
    }
    // A person cancels their own row; staff cancel the whole group entry.
    const rows = who === "staff" ? await entryRows(tx, row, row.status) : [row];
    await moveRegistrations(tx, rows, "cancelled", {
      now,
      actor,
      reason: request.reason ?? null,
      notice: { kind: "cancelled", message: request.reason ?? undefined },
    });
    await fillFreedSeats(tx, session, { now, actor });
  });
}
