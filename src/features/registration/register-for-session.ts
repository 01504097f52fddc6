// Registers a person (or applies, for a course that asks for approval) for one session: a seat, a place in line, or a
// pending application — checked and decided in one transaction with the other requests that arrive with it, under the
// session's lock, so capacity holds whatever the concurrency.
import { eq, inArray, sql } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { Services } from "#platform/services.ts";
import { AppError, type FieldError } from "#platform/app-error.ts";
import { isHubAdmin, mayEnrolForOrganization, mayRegister, type Viewer } from "#core/access.ts";
import { checkAnswers, checkPrerequisites, choosePrice, registrationWindow } from "#core/registration.ts";
import type { SeatEntry } from "#core/seats.ts";
import type { PriceTierKind } from "#core/catalog.ts";
import type { Locale } from "#core/locale.ts";
import { moneyWithCents } from "#i18n/format.ts";
import { localizedField } from "#i18n/localized.ts";
import { translator } from "#i18n/translate.ts";
import type { AuditActor } from "#features/audit/record-audit.ts";
import { invalid, problem } from "#features/validation/parse-input.ts";
import { linkedWithConsent } from "#features/partners/staff-links.ts";
import { completedCoursesOf } from "./completed-courses.ts";
import {
  readRegistration,
  registrationInput,
  type ParsedRegistration,
  type RegistrationInput,
} from "./registration-input.ts";
import { placeInBatches, type SeatRequest } from "./seat-ledger.ts";

export type RegistrationOutcome = {
  id: string;
  sessionId: string;
  status: "confirmed" | "waitlisted" | "pending_approval";
  waitlistPosition: number | null;
};

export type RegisterRequest = RegistrationInput & {
  viewer: Viewer | null;
  sessionId: string;
  /** Someone else to register (admins; partner admins for their organization's staff). Defaults to the viewer. */
  userId?: string | null;
  /** The partner organization registering its staff member. */
  organizationId?: string | null;
  /** The language refusals name courses and amounts in. */
  locale?: Locale;
};

/**
 * The same request with its registration fields already read by `registrationInput` (the API reads its body with a
 * schema made from it), so they are checked once.
 */
export type ReadRegisterRequest = Omit<RegisterRequest, keyof RegistrationInput> & { read: ParsedRegistration };

type CheckedRequest = { answers: Record<string, string | string[]>; priceTier: PriceTierKind; amountCents: number };

type Prerequisite = { id: string; titleEn: string; titleEs: string };

export type SessionWithCourse = {
  session: typeof schema.trainingSession.$inferSelect;
  course: typeof schema.course.$inferSelect;
  /** The courses to complete first, with their titles for the refusal that names them. */
  prerequisites: Prerequisite[];
};

// Read inside the session's own query (its own aliases: the outer row is "course"), so a registration reads what it is
// for in one round trip; titles in a fixed order, so a refusal names the courses the same way every time.
const prerequisitesOfCourse = sql<Prerequisite[]>`coalesce((
  select json_agg(json_build_object('id', required.id, 'titleEn', required.title_en, 'titleEs', required.title_es) order by required.title_en, required.id)
  from ${schema.coursePrerequisite} link join ${schema.course} required on required.id = link.required_course_id
  where link.course_id = ${schema.course}.id), '[]'::json)`;

/** The session, its course and the course's prerequisites, or not found; drafts are not there for anyone registering. */
export async function sessionForRegistration(db: Executor, sessionId: string): Promise<SessionWithCourse> {
  const [row] = await db
    .select({ session: schema.trainingSession, course: schema.course, prerequisites: prerequisitesOfCourse })
    .from(schema.trainingSession)
    .innerJoin(schema.course, eq(schema.course.id, schema.trainingSession.courseId))
    .where(eq(schema.trainingSession.id, sessionId));
  if (!row || row.session.status === "draft") throw new AppError("not_found", { detail: "No such session" });
  return row;
}

/** Who may register whom: oneself; an admin anyone; a partner admin the staff of an organization they manage. */
export function checkRegistrar(viewer: Viewer | null, personId: string, organizationId: string | null): void {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in to register" });
  if (mayRegister(viewer, { personId, organizationId })) return;
  throw new AppError("forbidden", { key: "registration.errors.partnerOnly" });
}

/**
 * A partner admin enrols only people linked to their organization with consent (issue 14, item 1); asked before anything
 * about the person is read, so the refusal is the same whether or not they have an account.
 */
export async function checkPartnerEnrolment(
  db: Executor,
  viewer: Viewer | null,
  personIds: readonly string[],
  organizationId: string | null,
): Promise<void> {
  if (!viewer || isHubAdmin(viewer) || organizationId === null) return;
  const others = personIds.filter((id) => id !== viewer.userId);
  const linked = await linkedWithConsent(db, organizationId, others);
  for (const personId of personIds)
    if (!mayEnrolForOrganization(viewer, { personId, organizationId, linkedWithConsent: linked.has(personId) }))
      throw new AppError("forbidden", { key: "partners.errors.notLinked" });
}

/**
 * The checks every request passes before it may take a seat: the window, the answers, the price and the prerequisites
 * (against the courses the person has `completed`, of the target's prerequisites). Answers what is stored: the cleaned
 * answers and the price owed.
 */
export function checkRequest(
  target: SessionWithCourse,
  input: Pick<ParsedRegistration, "answers" | "priceTier" | "amountCents">,
  request: {
    organizationId: string | null;
    now: Date;
    locale: Locale;
    problems: FieldError[];
    completed: ReadonlySet<string>;
  },
): CheckedRequest {
  const { session, course, prerequisites: required } = target;
  const window = registrationWindow({
    status: session.status,
    opensAt: session.registrationOpensAt,
    closesAt: session.registrationClosesAt,
    startsAt: session.startsAt,
    now: request.now,
  });
  if (window !== "open") throw new AppError("conflict", { key: `registration.errors.window.${window}` });

  // The form's own problems and the course's rules are reported together, so a person fixes everything in one go.
  const fields: FieldError[] = [...request.problems];
  const checked = checkAnswers(course.questions, input.answers);
  for (const { questionId, problem: kind } of checked.problems) {
    const key =
      kind === "required"
        ? "registration.errors.answerRequired"
        : kind === "not_an_option"
          ? "registration.errors.answerNotAnOption"
          : "registration.errors.answerTooLong";
    fields.push({ path: `answers.${questionId}`, message: problem(key) });
  }
  const price = choosePrice(session.priceTiers, { tier: input.priceTier, amountCents: input.amountCents });
  if (!price.ok) {
    // Sliding-scale minimums are money: shown as an amount in the session's currency.
    if (price.problem === "below_minimum") {
      const minimum = moneyWithCents(request.locale, session.currency, price.minimumCents ?? 0);
      fields.push({ path: "amountCents", message: problem("registration.errors.belowMinimum"), values: { minimum } });
    } else if (price.problem === "amount_required")
      fields.push({ path: "amountCents", message: problem("registration.errors.amountRequired") });
    else fields.push({ path: "priceTier", message: problem("registration.errors.tierNotOffered") });
  } else if (price.tier === "sponsored") {
    const sponsor = session.priceTiers.find((tier) => tier.kind === "sponsored")?.organizationId ?? null;
    if (!sponsor || sponsor !== request.organizationId)
      fields.push({ path: "priceTier", message: problem("registration.errors.sponsorOnly") });
  }
  if (fields.length) throw invalid(fields);

  if (required.length) {
    const check = checkPrerequisites({
      mode: course.prerequisiteMode,
      required: required.map((r) => r.id),
      completed: request.completed,
    });
    if (!check.ok) {
      const courses = required
        .filter((r) => check.missing.includes(r.id))
        .map((r) => localizedField(r, "title", request.locale))
        .join(
          course.prerequisiteMode === "all"
            ? ", "
            : translator(request.locale)("registration.errors.prerequisites.orBetween"),
        );
      throw new AppError("conflict", { key: "registration.errors.prerequisites", values: { courses } });
    }
  }
  if (!price.ok) throw new Error("unreachable: a refused price is reported above");
  return { answers: checked.answers, priceTier: price.tier, amountCents: price.amountCents };
}

/** A request waiting for its batch: read, and checked as far as it can be without the database. */
type AskedRegistration = {
  viewer: Viewer;
  personId: string;
  organizationId: string | null;
  /** The whole form, or null when it has problems (they are in `problems`, reported with the course's own). */
  input: ParsedRegistration | null;
  parts: Pick<ParsedRegistration, "answers" | "priceTier" | "amountCents">;
  problems: FieldError[];
  now: Date;
  locale: Locale;
  actor: AuditActor;
};

export async function registerForSession(
  services: Pick<Services, "db" | "now">,
  request: RegisterRequest | ReadRegisterRequest,
  actor: AuditActor,
): Promise<RegistrationOutcome> {
  const { input, parts, problems } =
    "read" in request
      ? { input: request.read, parts: request.read, problems: [] }
      : readRegistration(registrationInput, request);
  const personId = request.userId || request.viewer?.userId || "";
  const organizationId = request.organizationId || null;
  checkRegistrar(request.viewer, personId, organizationId);
  // Everything else it must read is read in its batch's transaction, with every other request for this session waiting
  // in this process: one lock and one commit a batch, and no reads of their own before it.
  return placeRegistration(services, request.sessionId, {
    viewer: request.viewer!,
    personId,
    organizationId,
    input,
    parts,
    problems,
    now: services.now(),
    locale: request.locale ?? "en",
    actor,
  });
}

/** A refusal becomes that request's answer; anything else is a failure of the whole batch. */
function refusal(error: unknown): AppError {
  if (error instanceof AppError) return error;
  throw error;
}

/**
 * What a batch reads before the session's lock, in its transaction: the session with its course and prerequisites, which
 * of the people exist, and the prerequisites each has completed (one query each, for the whole batch; a partner admin's
 * staff link, one more each). Each request is then checked in the order a request alone always was: the partner's
 * link, the session, the person, the window, the form and the price, the prerequisites.
 */
async function screenRegistrations(
  tx: Executor,
  sessionId: string,
  asked: readonly AskedRegistration[],
): Promise<{ requiresApproval: boolean; requests: Array<SeatRequest | AppError> }> {
  const target = await sessionForRegistration(tx, sessionId).catch(refusal);
  const personIds = [...new Set(asked.map((one) => one.personId))];
  const found = new Set<string>();
  let completed = new Map<string, Set<string>>();
  if (!(target instanceof AppError)) {
    const people = await tx.select({ id: schema.user.id }).from(schema.user).where(inArray(schema.user.id, personIds));
    for (const person of people) found.add(person.id);
    completed = await completedCoursesOf(
      tx,
      personIds,
      target.prerequisites.map((course) => course.id),
    );
  }
  const requests: Array<SeatRequest | AppError> = [];
  for (const one of asked) {
    requests.push(
      await screenRegistration(tx, target, one, found.has(one.personId), completed.get(one.personId)).catch(refusal),
    );
  }
  return { requiresApproval: target instanceof AppError ? false : target.course.requiresApproval, requests };
}

const placeRegistration = placeInBatches(screenRegistrations);

async function screenRegistration(
  tx: Executor,
  target: SessionWithCourse | AppError,
  asked: AskedRegistration,
  personFound: boolean,
  completed: ReadonlySet<string> = new Set(),
): Promise<SeatRequest> {
  const { viewer, personId, organizationId } = asked;
  await checkPartnerEnrolment(tx, viewer, [personId], organizationId);
  if (target instanceof AppError) throw target;
  if (!personFound) throw new AppError("not_found", { detail: "No such person" });
  const checked = checkRequest(target, asked.parts, {
    organizationId,
    now: asked.now,
    locale: asked.locale,
    problems: asked.problems,
    completed,
  });
  // checkRequest refuses any request with problems, so the form was read whole.
  const input = asked.input!;
  const reserve: SeatEntry["reserve"] =
    organizationId && target.session.reservedOrganizationId === organizationId
      ? "partner"
      : input.scholarship
        ? "scholarship"
        : null;
  return {
    personId,
    registeredBy: viewer.userId,
    self: personId === viewer.userId,
    organizationId,
    reserve,
    answers: checked.answers,
    pronouns: input.pronouns ?? null,
    accommodations: input.accommodations ?? null,
    priceTier: checked.priceTier,
    amountCents: checked.amountCents,
    needStatement: input.scholarship?.needStatement ?? null,
    consentLocale: asked.locale,
    actor: asked.actor,
  };
}
