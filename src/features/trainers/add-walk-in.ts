// At the door: a trainer of the session (or an admin) adds someone who walked in after the first meeting started. They
// get a seat only if one is free — decided under the session's lock in the seat ledger, so a walk-in can never
// oversell — and their attendance counts from when they arrived.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { randomUUID } from "node:crypto";
import { schema } from "#db/client.ts";
import { MAX_CHOSEN_NAME_LENGTH } from "#core/names.ts";
import type { Locale } from "#core/locale.ts";
import type { Viewer } from "#core/access.ts";
import { placeRequest } from "#core/seats.ts";
import { walkInAttendance, walkInWindow } from "#core/walk-in.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { emailAddress, invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import { readAttendanceSession, requireMarker } from "#features/attendance/attendance-session.ts";
import { liveRegistrationsOf, lockSession, seatPlanOf, seatsHeld } from "#features/registration/seat-ledger.ts";
import { recordTransitions } from "#features/registration/transition.ts";

export const walkInInput = z.object({
  email: emailAddress(problem("trainers.walkIn.errors.email"), problem("trainers.walkIn.errors.emailMissing")),
  name: z.string().trim().max(MAX_CHOSEN_NAME_LENGTH, problem("trainers.walkIn.errors.nameTooLong")).default(""),
});

export type WalkInOutcome = {
  registrationId: string;
  person: { id: string; name: string; email: string; created: boolean };
  /** The meeting under way and the minutes counted from arrival; null when they came between meetings. */
  attendance: { meetingId: string; minutesPresent: number } | null;
};

export async function addWalkIn(
  services: Pick<Services, "db" | "now">,
  request: { viewer: Viewer | null; sessionId: string; input: unknown; locale?: Locale },
  actor: AuditActor,
): Promise<WalkInOutcome> {
  const session = await readAttendanceSession(services.db, request.sessionId);
  requireMarker(session, request.viewer);
  const { email, name } = parseInput(walkInInput, request.input);
  const arrivedAt = services.now();
  const window = walkInWindow({ status: session.status, meetings: session.meetings, now: arrivedAt });
  if (window !== "open") throw new AppError("conflict", { key: `trainers.walkIn.errors.window.${window}` });

  return services.db.transaction(async (tx) => {
    // The same lock every seat decision for this session takes: walk-ins and online registrations wait for each other.
    const { session: locked, places } = await lockSession(tx, session.id, 1);
    const [known] = await tx
      .select({ id: schema.user.id, name: schema.user.name })
      .from(schema.user)
      .where(eq(schema.user.email, email));
    if (known && (await liveRegistrationsOf(tx, session.id, [known.id])).length)
      throw new AppError("conflict", { key: "trainers.walkIn.errors.already" });
    const placement = placeRequest({
      plan: seatPlanOf(locked),
      taken: await seatsHeld(tx, session.id),
      line: [],
      request: { seats: 1, reserve: null },
    });
    if (placement.status !== "confirmed") throw new AppError("conflict", { key: "trainers.walkIn.errors.full" });

    let person = known ? { id: known.id, name: known.name, email, created: false } : null;
    if (!person) {
      if (!name) throw invalid([{ path: "name", message: problem("trainers.walkIn.errors.nameForNew") }]);
      const created = await createAccount(tx, { email, name, locale: request.locale }, actor);
      person = { id: created.id, name: created.name, email, created: true };
    }
    const registrationId = randomUUID();
    await tx.insert(schema.registration).values({
      id: registrationId,
      sessionId: session.id,
      userId: person.id,
      status: "confirmed",
      heldFrom: placement.heldFrom,
      requestedAt: places[0]!,
      queueAt: places[0]!,
      registeredBy: request.viewer!.userId,
      answers: {},
      priceTier: "free",
      amountCents: 0,
    });
    await recordTransitions(
      tx,
      [
        {
          registration: { id: registrationId, sessionId: session.id },
          from: null,
          to: "confirmed",
          actor,
          reason: "walk-in",
          notice: { kind: "confirmed" },
        },
      ],
      arrivedAt,
    );
    const attendance = walkInAttendance(session.meetings, arrivedAt);
    if (attendance) {
      await tx.insert(schema.attendance).values({
        registrationId,
        meetingId: attendance.meetingId,
        minutesPresent: attendance.minutesPresent,
        method: "trainer",
        arrivedAt,
        recordedBy: request.viewer!.userId,
        updatedAt: arrivedAt,
      });
    }
    await recordAudit(tx, actor, {
      action: "registration.walk_in",
      targetType: "registration",
      targetId: registrationId,
      summary: { sessionId: session.id, arrivedAt: arrivedAt.toISOString(), minutes: attendance?.minutesPresent ?? 0 },
    });
    return { registrationId, person, attendance };
  });
}
