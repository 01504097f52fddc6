// A partner admin registers named staff as one group entry: the group gets seats together or waits as one unit.
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { schema } from "#db/client.ts";
import { isHubAdmin, mayActForOrganization, type Viewer } from "#core/access.ts";
import type { Locale } from "#core/locale.ts";
import { MAX_CHOSEN_NAME_LENGTH } from "#core/names.ts";
import { freeSeats, MAX_GROUP_SEATS, placeRequest, type SeatEntry } from "#core/seats.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import type { AuditActor } from "#features/audit/record-audit.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { linkedWithConsent } from "#features/partners/staff-links.ts";
import { emailAddress, invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import { recordConsents } from "#features/privacy/consent-records.ts";
import { readRegistration, registrationInput } from "./registration-input.ts";
import { checkRequest, sessionForRegistration, type RegistrationOutcome } from "./register-for-session.ts";
import { completedCourses } from "./completed-courses.ts";
import {
  lineThatMayFit,
  liveRegistrationsOf,
  lockSession,
  seatPlanOf,
  seatsHeld,
  waitlistPositionOf,
} from "./seat-ledger.ts";
import { recordNewRegistrations } from "./transition.ts";

const member = z.object({
  name: z
    .string()
    .trim()
    .min(1, problem("registration.errors.memberName"))
    .max(MAX_CHOSEN_NAME_LENGTH, problem("registration.errors.memberName")),
  email: emailAddress(problem("registration.errors.memberEmail")),
});

export const groupInput = registrationInput.extend({
  organizationId: z.string().min(1, problem("registration.errors.partnerOnly")),
  members: z
    .array(member)
    .min(1, problem("registration.errors.groupSize"))
    .max(MAX_GROUP_SEATS, problem("registration.errors.groupSize")),
});

export type GroupRequest = z.input<typeof groupInput> & { viewer: Viewer | null; sessionId: string; locale?: Locale };

export async function registerGroup(
  services: Pick<Services, "db" | "now">,
  request: GroupRequest,
  actor: AuditActor,
): Promise<{
  groupId: string;
  status: RegistrationOutcome["status"];
  waitlistPosition: number | null;
  registrationIds: string[];
}> {
  if (!request.viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  // Who is in the group must be readable before anything else can be checked; the rest is reported all at once.
  const input = parseInput(groupInput.pick({ organizationId: true, members: true }), request);
  const read = readRegistration(groupInput, request);
  if (!mayActForOrganization(request.viewer, input.organizationId))
    throw new AppError("forbidden", { key: "registration.errors.partnerOnly" });
  const seen = new Set<string>();
  const duplicates = input.members.flatMap((m, index) => (seen.has(m.email) ? [index] : (seen.add(m.email), [])));
  if (duplicates.length)
    throw invalid(
      duplicates.map((index) => ({
        path: `members.${index}.email`,
        message: problem("registration.errors.groupDuplicate"),
      })),
    );
  const now = services.now();
  const groupId = randomUUID();

  return services.db.transaction(async (tx) => {
    const target = await sessionForRegistration(tx, request.sessionId);
    // Staff without an account get one (no password: they sign in with an emailed link); all of it rolls back together.
    const known = await tx
      .select({ id: schema.user.id, email: schema.user.email })
      .from(schema.user)
      .where(
        inArray(
          schema.user.email,
          input.members.map((m) => m.email),
        ),
      );
    const idByEmail = new Map(known.map((row) => [row.email, row.id]));
    // A partner admin names only staff linked with consent; every other address gets the same answer, account or not.
    if (!isHubAdmin(request.viewer)) {
      const linked = await linkedWithConsent(tx, input.organizationId, [...idByEmail.values()]);
      const unlinked = input.members.flatMap((m, index) => {
        const id = idByEmail.get(m.email);
        return id && (linked.has(id) || id === request.viewer!.userId) ? [] : [index];
      });
      if (unlinked.length)
        throw invalid(
          unlinked.map((index) => ({ path: `members.${index}.email`, message: problem("partners.errors.notLinked") })),
        );
    }
    for (const m of input.members) {
      if (!idByEmail.has(m.email))
        idByEmail.set(
          m.email,
          (await createAccount(tx, { email: m.email, name: m.name, locale: request.locale }, actor)).id,
        );
    }
    const userIds = input.members.map((m) => idByEmail.get(m.email)!);
    // One set of checks for the group; prerequisites are the first member's (a group is staff in the same role).
    const checked = checkRequest(target, read.parts, {
      organizationId: input.organizationId,
      now,
      locale: request.locale ?? "en",
      problems: read.problems,
      completed: await completedCourses(
        tx,
        userIds[0]!,
        target.prerequisites.map((course) => course.id),
      ),
    });
    // The group joins the line as one entry: one place for all its rows.
    const { session, places } = await lockSession(tx, request.sessionId, 1);
    const queuedAt = places[0]!;
    if ((await liveRegistrationsOf(tx, session.id, userIds)).length)
      throw new AppError("conflict", { key: "registration.errors.groupMemberAlready" });
    const reserve: SeatEntry["reserve"] = session.reservedOrganizationId === input.organizationId ? "partner" : null;
    let status: RegistrationOutcome["status"] = "pending_approval";
    let heldFrom: SeatEntry["heldFrom"] = null;
    if (!target.course.requiresApproval) {
      const plan = seatPlanOf(session);
      const taken = await seatsHeld(tx, session.id);
      const line = await lineThatMayFit(tx, session.id, freeSeats(plan, taken));
      const placement = placeRequest({ plan, taken, line, request: { seats: userIds.length, reserve } });
      status = placement.status;
      heldFrom = placement.status === "confirmed" ? placement.heldFrom : null;
    }
    const created = await tx
      .insert(schema.registration)
      .values(
        userIds.map((userId) => ({
          sessionId: session.id,
          userId,
          groupId,
          status,
          reserve,
          heldFrom,
          requestedAt: queuedAt,
          queueAt: queuedAt,
          organizationId: input.organizationId,
          registeredBy: request.viewer!.userId,
          answers: checked.answers,
          priceTier: checked.priceTier,
          amountCents: checked.amountCents,
        })),
      )
      .returning({ id: schema.registration.id, userId: schema.registration.userId });
    const ids = created.map((row) => row.id);
    // The partner admin ticked the consent line for each member, in the language the form was shown in.
    await recordConsents(
      tx,
      created.map((row) => ({
        userId: row.userId,
        purpose: "registration_answers",
        subjectId: row.id,
        locale: request.locale ?? "en",
        recordedBy: request.viewer!.userId,
        at: now,
      })),
    );
    await recordNewRegistrations(
      tx,
      ids.map((id) => ({ id, status, sessionId: session.id })),
      { now, actor, notice: { kind: status === "pending_approval" ? "application_received" : status } },
    );
    const position = status === "waitlisted" ? await waitlistPositionOf(tx, ids[0]!) : null;
    return { groupId, status, waitlistPosition: position, registrationIds: ids };
  });
}

/** The organization's name, for pages that confirm who a group is registered for. */
export async function organizationName(services: Pick<Services, "db">, organizationId: string): Promise<string | null> {
  const [row] = await services.db
    .select({ name: schema.organization.name })
    .from(schema.organization)
    .where(eq(schema.organization.id, organizationId));
  return row?.name ?? null;
}
