// Turns down an offered seat; it passes at once to the next in line who fits.
import type { Services } from "#platform/services.ts";
import { mayActForRegistration } from "#core/access.ts";
import { AppError } from "#platform/app-error.ts";
import type { AuditActor } from "#features/audit/record-audit.ts";
import type { OfferAnswer } from "./accept-offer.ts";
import { entryRows, holdingOf, loadRegistration } from "./load-registration.ts";
import { fillFreedSeats, lockSession } from "./seat-ledger.ts";
import { moveRegistrations } from "./transition.ts";

export async function declineOffer(
  services: Pick<Services, "db" | "now">,
  request: OfferAnswer,
  actor: AuditActor,
): Promise<void> {
  const found = await loadRegistration(services.db, request.registrationId);
  if (!request.viaLink && !mayActForRegistration(request.viewer, holdingOf(found)))
    throw new AppError("forbidden", { key: "registration.errors.notYours" });
  const now = services.now();
  await services.db.transaction(async (tx) => {
    const { session } = await lockSession(tx, found.sessionId);
    const row = await loadRegistration(tx, found.id);
    if (row.status !== "offered")
      throw new AppError("conflict", {
        key: row.status === "expired" ? "registration.errors.offerExpired" : "registration.errors.notAllowed",
      });
    await moveRegistrations(tx, await entryRows(tx, row, "offered"), "declined", { now, actor });
    await fillFreedSeats(tx, session, { now, actor });
  });
}
