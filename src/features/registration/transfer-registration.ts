// Moves a person's place to another session of the same course: the old registration ends as "transferred", the new one
// is placed by the usual rules (a seat or the end of the line) and points back to it, so the history stays whole.
import { and, eq } from "drizzle-orm";
import { schema } from "#db/client.ts";
import { mayActForRegistration, type Viewer } from "#core/access.ts";
import { registrationWindow, selfCancelAllowed } from "#core/registration.ts";
import { freeSeats, placeRequest } from "#core/seats.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import type { AuditActor } from "#features/audit/record-audit.ts";
import { invalid, problem } from "#features/validation/parse-input.ts";
import { holdingOf, loadRegistration } from "./load-registration.ts";
import {
  fillFreedSeats,
  lineThatMayFit,
  liveRegistrationsOf,
  lockSession,
  seatPlanOf,
  seatsHeld,
  waitlistPositionOf,
  type LockedSession,
} from "./seat-ledger.ts";
import { moveRegistrations, recordNewRegistrations } from "./transition.ts";

export type TransferRequest = {
  viewer: Viewer | null;
  registrationId: string;
  toSessionId: string;
  reason?: string | null;
};

export async function transferRegistration(
  services: Pick<Services, "db" | "now">,
  request: TransferRequest,
  actor: AuditActor,
): Promise<{ id: string; status: "confirmed" | "waitlisted"; waitlistPosition: number | null }> {
  const found = await loadRegistration(services.db, request.registrationId);
  const who = mayActForRegistration(request.viewer, holdingOf(found));
  if (!who) throw new AppError("forbidden", { key: "registration.errors.notYours" });
  if (found.groupId) throw new AppError("conflict", { key: "registration.errors.notAllowed" });
  const [source, target] = await Promise.all(
    [found.sessionId, request.toSessionId].map(async (id) => {
      const [row] = await services.db.select().from(schema.trainingSession).where(eq(schema.trainingSession.id, id));
      return row;
    }),
  );
  if (!target || !source || target.id === source.id || target.courseId !== source.courseId)
    throw invalid([{ path: "toSessionId", message: problem("registration.errors.targetSession") }]);
  const now = services.now();
  const window = registrationWindow({
    status: target.status,
    opensAt: target.registrationOpensAt,
    closesAt: target.registrationClosesAt,
    startsAt: target.startsAt,
    now,
  });
  if (window !== "open" && who === "self")
    throw invalid([{ path: "toSessionId", message: problem("registration.errors.targetSession") }]);

  return services.db.transaction(async (tx) => {
    // Two sessions are locked in one order (by id) so two transfers in opposite directions cannot deadlock.
    const [first, second] = [source.id, target.id].sort();
    const locked = new Map<string, LockedSession>();
    let queuedAt = now;
    for (const id of [first!, second!]) {
      // The new registration joins the target's line: a place is handed out with that lock.
      const { session, places } = await lockSession(tx, id, id === target.id ? 1 : 0);
      locked.set(id, session);
      if (id === target.id) queuedAt = places[0]!;
    }
    const row = await loadRegistration(tx, found.id);
    if (row.status !== "confirmed" && row.status !== "waitlisted")
      throw new AppError("conflict", { key: "registration.errors.notAllowed" });
    const sourceSession = locked.get(source.id)!;
    if (
      who === "self" &&
      row.status === "confirmed" &&
      !selfCancelAllowed({ startsAt: sourceSession.startsAt, cutoffHours: sourceSession.cancelCutoffHours, now })
    ) {
      throw new AppError("conflict", { key: "registration.errors.cutoffPassed" });
    }
    if ((await liveRegistrationsOf(tx, target.id, [row.userId])).length)
      throw new AppError("conflict", { key: "registration.errors.alreadyForPerson" });
    await moveRegistrations(tx, [{ id: row.id, status: row.status, sessionId: row.sessionId }], "transferred", {
      now,
      actor,
      reason: request.reason ?? null,
    });

    const targetSession = locked.get(target.id)!;
    const plan = seatPlanOf(targetSession);
    const taken = await seatsHeld(tx, target.id);
    const line = await lineThatMayFit(tx, target.id, freeSeats(plan, taken));
    const placement = placeRequest({ plan, taken, line, request: { seats: 1, reserve: row.reserve } });
    const [created] = await tx
      .insert(schema.registration)
      .values({
        sessionId: target.id,
        userId: row.userId,
        status: placement.status,
        reserve: row.reserve,
        heldFrom: placement.status === "confirmed" ? placement.heldFrom : null,
        requestedAt: row.requestedAt,
        queueAt: queuedAt,
        organizationId: row.organizationId,
        registeredBy: row.registeredBy,
        answers: row.answers,
        pronouns: row.pronouns,
        accommodations: row.accommodations,
        priceTier: row.priceTier,
        amountCents: row.amountCents,
        transferredFromId: row.id,
      })
      .returning({ id: schema.registration.id });
    await tx
      .update(schema.scholarshipRequest)
      .set({ registrationId: created!.id })
      .where(and(eq(schema.scholarshipRequest.registrationId, row.id)));
    await recordNewRegistrations(tx, [{ id: created!.id, status: placement.status, sessionId: target.id }], {
      now,
      actor,
      reason: request.reason ?? null,
      notice: { kind: placement.status },
    });
    await fillFreedSeats(tx, sourceSession, { now, actor });
    return {
      id: created!.id,
      status: placement.status,
      waitlistPosition: placement.status === "waitlisted" ? await waitlistPositionOf(tx, created!.id) : null,
    };
  });
}
