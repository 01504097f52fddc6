// Sponsored seat blocks: a hub admin records N seats of a session a partner bought (with its invoice), staff linked to the
// partner take them with the block's code or are assigned by the partner admin, and unused seats go back to the public at
// the block's release date. Every seat decision runs under the session's lock through the seat ledger, so never oversold.
import { randomBytes } from "node:crypto";
import { and, asc, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import { z } from "zod";
import { schema, queryRows, type Executor } from "#db/client.ts";
import {
  isHubAdmin,
  mayActForOrganization,
  mayEnrolForOrganization,
  mayManageSponsoredBlocks,
  type Viewer,
} from "#core/access.ts";
import { registrationWindow } from "#core/registration.ts";
import { seatHoldingStatuses, freeSeats } from "#core/seats.ts";
import { MAX_SPONSORED_SEATS, SPONSORED_CODE_LENGTH, sponsoredSeatProblem } from "#core/partners.ts";
import type { Services } from "#platform/services.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import type { releaseSponsoredSeatsJob } from "./release-sponsored-seats.job.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import {
  fillFreedSeats,
  liveRegistrationsOf,
  lockSession,
  seatPlanOf,
  seatsHeld,
} from "#features/registration/seat-ledger.ts";
import { recordNewRegistrations } from "#features/registration/transition.ts";
import { linkedWithConsent } from "./staff-links.ts";

export const sponsoredBlockInput = z.object({
  organizationId: z.string().min(1, problem("partners.blocks.errors.organization")),
  sessionId: z.string().min(1, problem("partners.blocks.errors.session")),
  seats: z.coerce
    .number(problem("partners.blocks.errors.seats"))
    .int(problem("partners.blocks.errors.seats"))
    .min(1, problem("partners.blocks.errors.seats"))
    .max(MAX_SPONSORED_SEATS, problem("partners.blocks.errors.seats")),
  releaseAt: z.coerce.date(problem("partners.blocks.errors.releaseAt")),
  amountCents: z.coerce
    .number(problem("partners.blocks.errors.amount"))
    .int(problem("partners.blocks.errors.amount"))
    .min(0, problem("partners.blocks.errors.amount")),
  currency: z.string().length(3, problem("partners.blocks.errors.amount")).default("USD"),
  invoiceReference: z.string().trim().max(100, problem("partners.blocks.errors.reference")).default(""),
  paid: z.boolean().default(false),
});

export type SponsoredBlockInput = z.input<typeof sponsoredBlockInput>;

export type SponsoredBlock = {
  id: string;
  organizationId: string;
  organizationName: string;
  sessionId: string;
  courseTitleEn: string;
  courseTitleEs: string;
  startsAt: Date;
  timeZone: string;
  seats: number;
  used: number;
  /** Who holds this block's seats now: the partner's own staff it gave them to, so it is not offered them again. */
  heldBy: string[];
  code: string;
  releaseAt: Date;
  releasedAt: Date | null;
  amountCents: number;
  currency: string;
  invoiceReference: string;
  paid: boolean;
};

function newCode(): string {
  // Letters and digits that are hard to confuse when read aloud or typed from paper.
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(SPONSORED_CODE_LENGTH);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}

/** A hub admin records a block: its seats must be free in the session's general pool now. */
export async function createSponsoredBlock(
  services: Pick<Services, "db" | "now">,
  request: { viewer: Viewer | null } & SponsoredBlockInput,
  actor: AuditActor,
): Promise<{ id: string; code: string }> {
  if (!request.viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  if (!mayManageSponsoredBlocks(request.viewer))
    throw new AppError("forbidden", { key: "partners.blocks.errors.adminOnly" });
  const input = parseInput(sponsoredBlockInput, request);
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const [organization] = await tx
      .select({ id: schema.organization.id })
      .from(schema.organization)
      .where(eq(schema.organization.id, input.organizationId));
    if (!organization)
      throw invalid([{ path: "organizationId", message: problem("partners.blocks.errors.organization") }]);
    const { session } = await lockSession(tx, input.sessionId);
    if (input.releaseAt.getTime() <= now.getTime() || input.releaseAt.getTime() > session.startsAt.getTime())
      throw invalid([{ path: "releaseAt", message: problem("partners.blocks.errors.releaseAt") }]);
    const free = freeSeats(seatPlanOf(session), await seatsHeld(tx, session.id)).general;
    if (input.seats > free)
      throw invalid([{ path: "seats", message: problem("partners.blocks.errors.notEnoughFree"), values: { free } }]);
    const code = newCode();
    const [block] = await tx
      .insert(schema.sponsoredBlock)
      .values({
        organizationId: input.organizationId,
        sessionId: session.id,
        seats: input.seats,
        code,
        releaseAt: input.releaseAt,
        amountCents: input.amountCents,
        currency: input.currency,
        invoiceReference: input.invoiceReference,
        paid: input.paid,
        createdBy: actor.userId,
      })
      .returning({ id: schema.sponsoredBlock.id });
    await recordAudit(tx, actor, {
      action: "partner.block.created",
      targetType: "sponsored_block",
      targetId: block!.id,
      summary: { organizationId: input.organizationId, sessionId: session.id, seats: input.seats },
    });
    return { id: block!.id, code };
  });
}

/** A hub admin marks the invoice paid or unpaid. */
export async function setSponsoredBlockPaid(
  services: Pick<Services, "db">,
  request: { viewer: Viewer | null; blockId: string; paid: boolean },
  actor: AuditActor,
): Promise<void> {
  if (!mayManageSponsoredBlocks(request.viewer))
    throw new AppError("forbidden", { key: "partners.blocks.errors.adminOnly" });
  await services.db.transaction(async (tx) => {
    const [row] = await tx
      .update(schema.sponsoredBlock)
      .set({ paid: request.paid })
      .where(eq(schema.sponsoredBlock.id, request.blockId))
      .returning({ id: schema.sponsoredBlock.id });
    if (!row) throw new AppError("not_found", { key: "partners.blocks.errors.notFound" });
    await recordAudit(tx, actor, {
      action: "partner.block.paid_changed",
      targetType: "sponsored_block",
      targetId: row.id,
      summary: { paid: request.paid },
    });
  });
}

/** Blocks of the organizations in the viewer's reach (one organization, or all for a hub admin), with seats used. */
export async function listSponsoredBlocks(
  db: Executor,
  viewer: Viewer | null,
  organizationId: string | null,
): Promise<SponsoredBlock[]> {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  if (organizationId === null ? !isHubAdmin(viewer) : !mayActForOrganization(viewer, organizationId))
    throw new AppError("forbidden", { key: "partners.errors.notYourOrganization" });
  const b = schema.sponsoredBlock;
  const heldBy = sql<string[]>`(SELECT coalesce(array_agg(r.user_id::text), '{}') FROM sponsored_seat s
    JOIN registration r ON r.id = s.registration_id WHERE s.block_id = ${b.id} AND r.status IN ${[...seatHoldingStatuses]})`;
  const rows = await db
    .select({
      id: b.id,
      organizationId: b.organizationId,
      organizationName: schema.organization.name,
      sessionId: b.sessionId,
      courseTitleEn: schema.course.titleEn,
      courseTitleEs: schema.course.titleEs,
      startsAt: schema.trainingSession.startsAt,
      timeZone: schema.trainingSession.timeZone,
      seats: b.seats,
      heldBy,
      code: b.code,
      releaseAt: b.releaseAt,
      releasedAt: b.releasedAt,
      amountCents: b.amountCents,
      currency: b.currency,
      invoiceReference: b.invoiceReference,
      paid: b.paid,
    })
    .from(b)
    .innerJoin(schema.organization, eq(schema.organization.id, b.organizationId))
    .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, b.sessionId))
    .innerJoin(schema.course, eq(schema.course.id, schema.trainingSession.courseId))
    .where(organizationId === null ? undefined : eq(b.organizationId, organizationId))
    .orderBy(asc(schema.trainingSession.startsAt));
  return rows.map((row) => ({ ...row, used: row.heldBy.length }));
}

export type TakeSeatRequest = {
  viewer: Viewer | null;
  /** The person taking the seat: the viewer with a code, or staff a partner admin assigns. */
  personId: string;
  blockId?: string;
  code?: string;
};

/**
 * Takes one of a block's seats for a person linked to the block's organization with consent. Under the session's lock:
 * the block must still hold an unused seat; the new registration takes it (confirmed), so the session's count of seats
 * held does not move and nobody else's seat is touched.
 */
export async function takeSponsoredSeat(
  services: Pick<Services, "db" | "now">,
  request: TakeSeatRequest,
  actor: AuditActor,
): Promise<{ registrationId: string; sessionId: string }> {
  const viewer = request.viewer;
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  const code = request.code?.trim().toUpperCase();
  if (!request.blockId && !code) throw invalid([{ path: "code", message: problem("partners.blocks.errors.code") }]);
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ id: schema.sponsoredBlock.id, sessionId: schema.sponsoredBlock.sessionId })
      .from(schema.sponsoredBlock)
      .where(request.blockId ? eq(schema.sponsoredBlock.id, request.blockId) : eq(schema.sponsoredBlock.code, code!));
    if (!found) throw invalid([{ path: "code", message: problem("partners.blocks.errors.code") }]);
    const { session, places } = await lockSession(tx, found.sessionId, 1);
    const [block] = await tx.select().from(schema.sponsoredBlock).where(eq(schema.sponsoredBlock.id, found.id));
    const self = request.personId === viewer.userId;
    // A person uses a code for themself; assigning someone else is the partner admin's (or a hub admin's) work. Either
    // way only people linked to the organization with consent: the same refusal whether or not an account exists.
    const linked = (await linkedWithConsent(tx, block!.organizationId, [request.personId])).has(request.personId);
    const allowed = self
      ? linked
      : mayEnrolForOrganization(viewer, {
          personId: request.personId,
          organizationId: block!.organizationId,
          linkedWithConsent: linked,
        });
    if (!allowed)
      throw new AppError("forbidden", { key: self ? "partners.blocks.errors.linkFirst" : "partners.errors.notLinked" });
    if (request.blockId && !self && !mayActForOrganization(viewer, block!.organizationId))
      throw new AppError("forbidden", { key: "partners.errors.notYourOrganization" });
    const window = registrationWindow({
      status: session.status,
      opensAt: session.registrationOpensAt,
      closesAt: session.registrationClosesAt,
      startsAt: session.startsAt,
      now,
    });
    if (window !== "open") throw new AppError("conflict", { key: `registration.errors.window.${window}` });
    const [usage] = await queryRows<{ used: number }>(
      tx,
      sql`SELECT count(*)::int AS used FROM sponsored_seat s JOIN registration r ON r.id = s.registration_id
          WHERE s.block_id = ${block!.id} AND r.status IN ${[...seatHoldingStatuses]}`,
    );
    const seatProblem = sponsoredSeatProblem(block!, Number(usage!.used), now);
    if (seatProblem)
      throw new AppError("conflict", {
        key: seatProblem === "released" ? "partners.blocks.errors.released" : "partners.blocks.errors.usedUp",
      });
    if ((await liveRegistrationsOf(tx, session.id, [request.personId])).length)
      throw new AppError("conflict", {
        key: self ? "registration.errors.already" : "partners.blocks.errors.alreadyRegistered",
      });
    const [created] = await tx
      .insert(schema.registration)
      .values({
        sessionId: session.id,
        userId: request.personId,
        status: "confirmed",
        heldFrom: "general",
        requestedAt: places[0]!,
        queueAt: places[0]!,
        organizationId: block!.organizationId,
        registeredBy: viewer.userId,
        priceTier: "sponsored",
        amountCents: 0,
      })
      .returning({ id: schema.registration.id });
    await tx.insert(schema.sponsoredSeat).values({ registrationId: created!.id, blockId: block!.id });
    await recordNewRegistrations(tx, [{ id: created!.id, status: "confirmed", sessionId: session.id }], {
      now,
      actor,
      notice: { kind: "confirmed" },
    });
    await recordAudit(tx, actor, {
      action: "partner.block.seat_taken",
      targetType: "sponsored_block",
      targetId: block!.id,
      summary: { registrationId: created!.id, by: self ? "person" : "partner" },
    });
    return { registrationId: created!.id, sessionId: session.id };
  });
}

/**
 * A hub admin hands a block's unused seats back to the public now, before its release date (the partner asked, or the
 * invoice will not be paid). Under the session's lock; freed seats are offered to the line at once.
 */
export async function releaseSponsoredBlock(
  services: Pick<Services, "db" | "now">,
  request: { viewer: Viewer | null; blockId: string },
  actor: AuditActor,
): Promise<void> {
  if (!mayManageSponsoredBlocks(request.viewer))
    throw new AppError("forbidden", { key: "partners.blocks.errors.adminOnly" });
  const now = services.now();
  await services.db.transaction(async (tx) => {
    const [found] = await tx
      .select({ sessionId: schema.sponsoredBlock.sessionId })
      .from(schema.sponsoredBlock)
      .where(eq(schema.sponsoredBlock.id, request.blockId));
    if (!found) throw new AppError("not_found", { key: "partners.blocks.errors.notFound" });
    const { session } = await lockSession(tx, found.sessionId);
    const [row] = await tx
      .update(schema.sponsoredBlock)
      .set({ releasedAt: now })
      .where(and(eq(schema.sponsoredBlock.id, request.blockId), isNull(schema.sponsoredBlock.releasedAt)))
      .returning({ id: schema.sponsoredBlock.id });
    if (!row) throw new AppError("conflict", { key: "partners.blocks.admin.alreadyReleased" });
    await recordAudit(tx, actor, {
      action: "partner.block.released",
      targetType: "sponsored_block",
      targetId: row.id,
      summary: { by: "admin" },
    });
    await fillFreedSeats(tx, session, { now, actor });
  });
}

/** What the admin's block form offers: partner organizations, and sessions still ahead that are published. */
export async function listBlockChoices(
  db: Executor,
  viewer: Viewer | null,
  now: Date,
): Promise<{
  organizations: { id: string; name: string }[];
  sessions: { id: string; titleEn: string; titleEs: string; startsAt: Date; timeZone: string }[];
}> {
  if (!mayManageSponsoredBlocks(viewer)) throw new AppError("forbidden", { key: "partners.blocks.errors.adminOnly" });
  const organizations = await db
    .select({ id: schema.organization.id, name: schema.organization.name })
    .from(schema.organization)
    .orderBy(asc(schema.organization.name));
  const sessions = await db
    .select({
      id: schema.trainingSession.id,
      titleEn: schema.course.titleEn,
      titleEs: schema.course.titleEs,
      startsAt: schema.trainingSession.startsAt,
      timeZone: schema.trainingSession.timeZone,
    })
    .from(schema.trainingSession)
    .innerJoin(schema.course, eq(schema.course.id, schema.trainingSession.courseId))
    .where(and(eq(schema.trainingSession.status, "published"), gt(schema.trainingSession.startsAt, now)))
    .orderBy(asc(schema.trainingSession.startsAt));
  return { organizations, sessions };
}

const releaseActor: AuditActor = { userId: null, label: "sponsored seat release" };

/** Hands every block's unused seats back to the public once its release date has come, and offers them to the line. */
export async function releaseSponsoredSeats(services: Pick<Services, "db" | "now">): Promise<number> {
  const now = services.now();
  const due = await services.db
    .select({ id: schema.sponsoredBlock.id, sessionId: schema.sponsoredBlock.sessionId })
    .from(schema.sponsoredBlock)
    .where(and(isNull(schema.sponsoredBlock.releasedAt), lte(schema.sponsoredBlock.releaseAt, now)));
  let released = 0;
  for (const sessionId of new Set(due.map((row) => row.sessionId))) {
    released += await services.db.transaction(async (tx) => {
      const { session } = await lockSession(tx, sessionId);
      const rows = await tx
        .update(schema.sponsoredBlock)
        .set({ releasedAt: now })
        .where(
          and(
            eq(schema.sponsoredBlock.sessionId, sessionId),
            isNull(schema.sponsoredBlock.releasedAt),
            lte(schema.sponsoredBlock.releaseAt, now),
            inArray(
              schema.sponsoredBlock.id,
              due.map((row) => row.id),
            ),
          ),
        )
        .returning({ id: schema.sponsoredBlock.id });
      for (const row of rows)
        await recordAudit(tx, releaseActor, {
          action: "partner.block.released",
          targetType: "sponsored_block",
          targetId: row.id,
        });
      await fillFreedSeats(tx, session, { now, actor: releaseActor });
      return rows.length;
    });
  }
  return released;
}

/** The worker's handler for `releaseSponsoredSeatsJob`. */
export const releaseSponsoredSeatsHandler: JobHandler<typeof releaseSponsoredSeatsJob> = async (services) => {
  await releaseSponsoredSeats(services);
};
