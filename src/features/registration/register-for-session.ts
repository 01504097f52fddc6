// Registers a person (or applies, for a course that asks for approval) for one session: a seat, a place in line, or a
// pending application — decided under the session's lock so capacity holds whatever the concurrency.
import { eq } from "drizzle-orm";
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
import { completedCourses } from "./completed-courses.ts";
import {
  readRegistration,
  registrationInput,
  type ParsedRegistration,
  type RegistrationInput,
} from "./registration-input.ts";
import { placeRequests } from "./seat-ledger.ts";

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

type SessionWithCourse = {
  session: typeof schema.trainingSession.$inferSelect;
  course: typeof schema.course.$inferSelect;
};

/** The session and its course, or not found; drafts are not there for anyone registering. */
export async function sessionForRegistration(db: Executor, sessionId: string): Promise<SessionWithCourse> {
  const [row] = await db
    .select({ session: schema.trainingSession, course: schema.course })
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
 * The checks every request passes before it may take a seat: the window, the answers, the price and the prerequisites.
 * Answers what is stored: the cleaned answers and the price owed.
 */
export async function checkRequest(
  db: Executor,
  target: SessionWithCourse,
  input: Pick<ParsedRegistration, "answers" | "priceTier" | "amountCents">,
  request: { personId: string; organizationId: string | null; now: Date; locale: Locale; problems: FieldError[] },
): Promise<CheckedRequest> {
  const { session, course } = target;
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

  const required = await db
    .select({
      id: schema.coursePrerequisite.requiredCourseId,
      titleEn: schema.course.titleEn,
      titleEs: schema.course.titleEs,
    })
    .from(schema.coursePrerequisite)
    .innerJoin(schema.course, eq(schema.course.id, schema.coursePrerequisite.requiredCourseId))
    .where(eq(schema.coursePrerequisite.courseId, course.id));
  if (required.length) {
    const done = await completedCourses(
      db,
      request.personId,
      required.map((r) => r.id),
    );
    const check = checkPrerequisites({
      mode: course.prerequisiteMode,
      required: required.map((r) => r.id),
      completed: done,
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

export async function registerForSession(
  services: Pick<Services, "db" | "now">,
  request: RegisterRequest | ReadRegisterRequest,
  actor: AuditActor,
): Promise<RegistrationOutcome> {
  const {
    input: parsed,
    parts,
    problems,
  } = "read" in request
    ? { input: request.read, parts: request.read, problems: [] }
    : readRegistration(registrationInput, request);
  const personId = request.userId || request.viewer?.userId || "";
  const organizationId = request.organizationId || null;
  checkRegistrar(request.viewer, personId, organizationId);
  await checkPartnerEnrolment(services.db, request.viewer, [personId], organizationId);
  const now = services.now();
  const target = await sessionForRegistration(services.db, request.sessionId);
  const [person] = await services.db
    .select({ id: schema.user.id })
    .from(schema.user)
    .where(eq(schema.user.id, personId));
  if (!person) throw new AppError("not_found", { detail: "No such person" });
  const checked = await checkRequest(services.db, target, parts, {
    personId,
    organizationId,
    now,
    locale: request.locale ?? "en",
    problems,
  });
  // checkRequest refuses any request with problems, so the form was read whole.
  const input = parsed!;
  const reserve: SeatEntry["reserve"] =
    organizationId && target.session.reservedOrganizationId === organizationId
      ? "partner"
      : input.scholarship
        ? "scholarship"
        : null;

  // Placed in a batch with every other request for this session waiting in this process: one lock and one commit a batch.
  return placeRequests(services, target.session.id, target.course.requiresApproval, {
    personId,
    registeredBy: request.viewer?.userId ?? null,
    self: personId === request.viewer?.userId,
    organizationId,
    reserve,
    answers: checked.answers,
    pronouns: input.pronouns ?? null,
    accommodations: input.accommodations ?? null,
    priceTier: checked.priceTier,
    amountCents: checked.amountCents,
    needStatement: input.scholarship?.needStatement ?? null,
    consentLocale: request.locale ?? "en",
    actor,
  });
}
