// Takes an offered seat: the person (signed in, or through the single-use link in their email) confirms before the deadline.
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import { mayActForRegistration, type Viewer } from "#core/access.ts";
import type { AuditActor } from "#features/audit/record-audit.ts";
import { entryRows, holdingOf, loadRegistration } from "./load-registration.ts";
import { lockSession } from "./seat-ledger.ts";
import { moveRegistrations } from "./transition.ts";

export type OfferAnswer = {
  viewer: Viewer | null;
  registrationId: string;
  /** The caller already proved who they are with a single-use link from the offer email. */
  viaLink?: boolean;
};

export async function acceptOffer(
  services: Pick<Services, "db" | "now">,
  request: OfferAnswer,
  actor: AuditActor,
): Promise<void> {
  const found = await loadRegistration(services.db, request.registrationId);
  if (!request.viaLink && !mayActForRegistration(request.viewer, holdingOf(found)))
    throw new AppError("forbidden", { key: "registration.errors.notYours" });
  const now = services.now();
  await services.db.transaction(async (tx) => {
    await lockSession(tx, found.sessionId);
    const row = await loadRegistration(tx, found.id);
    if (row.status === "expired" || (row.status === "offered" && row.offerExpiresAt && row.offerExpiresAt <= now)) {
      throw new AppError("conflict", { key: "registration.errors.offerExpired" });
    }
    if (row.status !== "offered") throw new AppError("conflict", { key: "registration.errors.notAllowed" });
    await moveRegistrations(tx, await entryRows(tx, row, "offered"), "confirmed", {
      now,
      actor,
      notice: { kind: "confirmed" },
    });
  });
}
