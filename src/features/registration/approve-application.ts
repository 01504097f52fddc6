// An admin approves an application: it is placed at once, a seat if one is free after everyone waiting, else the line.
import { isHubAdmin, type Viewer } from "#core/access.ts";
import { freeSeats, placeRequest } from "#core/seats.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import type { AuditActor } from "#features/audit/record-audit.ts";
import { loadRegistration } from "./load-registration.ts";
import { lineThatMayFit, lockSession, seatPlanOf, seatsHeld, waitlistPositionOf } from "./seat-ledger.ts";
import { moveRegistrations } from "./transition.ts";

export type ApplicationDecision = { viewer: Viewer | null; registrationId: string; message?: string | null };

export async function approveApplication(
  services: Pick<Services, "db" | "now">,
  request: ApplicationDecision,
  actor: AuditActor,
): Promise<{ status: "confirmed" | "waitlisted"; waitlistPosition: number | null }> {
  if (!isHubAdmin(request.viewer)) throw new AppError("forbidden", { detail: "Only hub admins decide applications" });
  const found = await loadRegistration(services.db, request.registrationId);
  const now = services.now();
  return services.db.transaction(async (tx) => {
    // An approved application joins the line now: approval is when it starts asking for a seat.
    const { session, places } = await lockSession(tx, found.sessionId, 1);
    const queuedAt = places[0]!;
    const row = await loadRegistration(tx, found.id);
    if (row.status !== "pending_approval") throw new AppError("conflict", { key: "registration.errors.notAllowed" });
    const ref = { id: row.id, status: row.status, sessionId: row.sessionId };
    const decided = { decidedBy: request.viewer!.userId, decisionNote: request.message ?? null, queueAt: queuedAt };
    await moveRegistrations(tx, [ref], "approved", { now, actor, reason: request.message ?? null, set: decided });
    const plan = seatPlanOf(session);
    const taken = await seatsHeld(tx, session.id);
    const line = await lineThatMayFit(tx, session.id, freeSeats(plan, taken));
    const placement = placeRequest({ plan, taken, line, request: { seats: 1, reserve: row.reserve } });
    const heldFrom = placement.status === "confirmed" ? placement.heldFrom : null;
    await moveRegistrations(tx, [{ ...ref, status: "approved" }], placement.status, {
      now,
      actor,
      set: { heldFrom },
      notice: { kind: "application_approved", message: request.message ?? undefined },
    });
    return {
      status: placement.status,
      waitlistPosition: placement.status === "waitlisted" ? await waitlistPositionOf(tx, row.id) : null,
    };
  });
}
