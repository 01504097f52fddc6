// Single-use links in offer emails: accept or decline a held seat without signing in. Only each link's hash is kept.
import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { RegistrationStatus } from "#core/registration.ts";
import type { Services } from "#platform/services.ts";
import { isAppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { hashToken } from "#features/tokens/personal-access-tokens.ts";
import { loadCalendarSessions, type CalendarSession } from "#features/calendar/session-calendar.ts";
import { acceptOffer } from "./accept-offer.ts";
import { declineOffer } from "./decline-offer.ts";

const PREFIX = "ipo_";

export type OfferAction = "accept" | "decline";

export function offerLinkUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/offers/${token}`;
}

/** A pair of links for one offer; each works once and stops when the offer's hold ends. Answers the two addresses. */
export async function createOfferLinks(
  db: Executor,
  input: { registrationId: string; expiresAt: Date; publicUrl: string },
): Promise<Record<OfferAction, string>> {
  const tokens = {
    accept: PREFIX + randomBytes(32).toString("base64url"),
    decline: PREFIX + randomBytes(32).toString("base64url"),
  };
  await db.insert(schema.offerLink).values(
    (["accept", "decline"] as const).map((action) => ({
      tokenHash: hashToken(tokens[action]),
      registrationId: input.registrationId,
      action,
      expiresAt: input.expiresAt,
    })),
  );
  return {
    accept: offerLinkUrl(input.publicUrl, tokens.accept),
    decline: offerLinkUrl(input.publicUrl, tokens.decline),
  };
}

/** What a link can still do: open (the offer stands), used, expired, closed (the registration moved on) or unknown. */
export type OfferLinkState = "open" | "used" | "expired" | "closed" | "unknown";

export type OfferLinkView =
  | { state: "unknown" }
  | {
      state: Exclude<OfferLinkState, "unknown">;
      action: OfferAction;
      registrationId: string;
      status: RegistrationStatus;
      /** When the offer's hold ends (the link's own end when the offer has already moved on). */
      deadline: Date;
      session: CalendarSession;
      /** The person the offer is for: their zone is the one the deadline was written in. */
      timeZone: string;
    };

/** Reads a link without using it: a mail scanner that opens every link must not take or give away a seat. */
export async function readOfferLink(db: Executor, input: { token: string; now: Date }): Promise<OfferLinkView> {
  if (!input.token.startsWith(PREFIX) || input.token.length > 100) return { state: "unknown" };
  const [row] = await db
    .select({
      action: schema.offerLink.action,
      expiresAt: schema.offerLink.expiresAt,
      usedAt: schema.offerLink.usedAt,
      registrationId: schema.registration.id,
      status: schema.registration.status,
      sessionId: schema.registration.sessionId,
      offerExpiresAt: schema.registration.offerExpiresAt,
      timeZone: schema.user.timeZone,
    })
    .from(schema.offerLink)
    .innerJoin(schema.registration, eq(schema.registration.id, schema.offerLink.registrationId))
    .innerJoin(schema.user, eq(schema.user.id, schema.registration.userId))
    .where(eq(schema.offerLink.tokenHash, hashToken(input.token)));
  if (!row) return { state: "unknown" };
  const [session] = await loadCalendarSessions(db, [row.sessionId]);
  const deadline = row.offerExpiresAt ?? row.expiresAt;
  const state: OfferLinkState = row.usedAt
    ? "used"
    : row.status === "expired" || row.expiresAt <= input.now || (row.status === "offered" && deadline <= input.now)
      ? "expired"
      : row.status !== "offered"
        ? "closed"
        : "open";
  return {
    state,
    action: row.action,
    registrationId: row.registrationId,
    status: row.status,
    deadline,
    session: session!,
    timeZone: row.timeZone,
  };
}

export type OfferLinkOutcome =
  | { outcome: "accepted"; session: CalendarSession; timeZone: string }
  | { outcome: "declined"; session: CalendarSession; timeZone: string }
  | { outcome: Exclude<OfferLinkState, "open">; view: OfferLinkView };

/**
 * Uses a link once: it is marked used first (a conditional update, so two presses cannot both act), then the offer is
 * accepted or declined by the same use cases the signed-in pages call. If that fails for a reason other than the offer
 * having moved on, the link is handed back so the person can try again.
 */
export async function redeemOfferLink(
  services: Pick<Services, "db" | "now">,
  input: { token: string },
  actor: AuditActor,
): Promise<OfferLinkOutcome> {
  const now = services.now();
  const view = await readOfferLink(services.db, { token: input.token, now });
  if (view.state !== "open") return { outcome: view.state, view };
  const tokenHash = hashToken(input.token);
  const claimed = await services.db.transaction(async (tx) => {
    const rows = await tx
      .update(schema.offerLink)
      .set({ usedAt: now })
      .where(
        and(
          eq(schema.offerLink.tokenHash, tokenHash),
          isNull(schema.offerLink.usedAt),
          gt(schema.offerLink.expiresAt, now),
        ),
      )
      .returning({ registrationId: schema.offerLink.registrationId });
    if (rows.length) {
      await recordAudit(tx, actor, {
        action: `offer_link.${view.action}`,
        targetType: "registration",
        targetId: view.registrationId,
      });
    }
    return rows.length > 0;
  });
  if (!claimed) {
    const again = await readOfferLink(services.db, { token: input.token, now });
    return { outcome: again.state === "open" ? "used" : again.state, view: again };
  }
  const answer = view.action === "accept" ? acceptOffer : declineOffer;
  try {
    await answer(services, { registrationId: view.registrationId, viewer: null, viaLink: true }, actor);
  } catch (error) {
    if (isAppError(error) && error.code === "conflict") {
      const after = await readOfferLink(services.db, { token: input.token, now });
      return { outcome: error.key === "registration.errors.offerExpired" ? "expired" : "closed", view: after };
    }
    await services.db.update(schema.offerLink).set({ usedAt: null }).where(eq(schema.offerLink.tokenHash, tokenHash));
    throw error;
  }
  return view.action === "accept"
    ? { outcome: "accepted", session: view.session, timeZone: view.timeZone }
    : { outcome: "declined", session: view.session, timeZone: view.timeZone };
}
