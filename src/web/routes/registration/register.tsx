// /trainings/:id/register: register, apply or join the waitlist for one session — the course's questions, pronouns, access
// needs, price and scholarship, and a consent line that says what is kept and who sees it. Works without JavaScript.
import { MAX_ANSWER_LENGTH } from "#core/registration.ts";
import { data as answer, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/register";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { actorOf, attempt, orNotFound, type FormState, readForm } from "#web/form-state.server.ts";
import type { Locale } from "#core/locale.ts";
import { amountFromCents } from "#core/decimal-input.ts";
import { translator, type MessageKey, type Translate } from "#i18n/translate.ts";
import { dateAndTime, dayRange, longDay, money, timeRange, zoneName } from "#i18n/format.ts";
import { localized, localizedField } from "#i18n/localized.ts";
import {
  readRegistrationForm,
  type RegistrationForm,
  type RegistrationKind,
} from "#features/registration/read-registration-form.ts";
import { registerForSession } from "#features/registration/register-for-session.ts";
import { readPersonCounty, setPersonCounty } from "#features/impact/person-county.ts";
import { isOregonCounty, oregonCounties } from "#core/oregon-counties.ts";
import {
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useFormState,
} from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { formatLabel, seatsText } from "../catalog/lib/session-wording.ts";
import myTrainingsStyles from "../../styles/my-trainings.css?url";
import { OptionGroup } from "./lib/option-group.tsx";
import { ANSWER_PREFIX, postedRegistration } from "./lib/posted-registration.ts";
import {
  MAX_ACCOMMODATIONS_LENGTH,
  MAX_NEED_STATEMENT_LENGTH,
  MAX_REGISTRATION_PRONOUNS_LENGTH,
} from "#core/limits.ts";

export const handle: RouteHandle = { access: "signed-in" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: myTrainingsStyles }];

export const meta: Route.MetaFunction = ({ data, matches }) => {
  const [title] = pageTitle(matches, data ? titleKeys[data.kind] : "myTrainings.register.title.register");
  return [{ title: data ? `${data.course} · ${title!.title}` : title!.title }];
};

const titleKeys = {
  register: "myTrainings.register.title.register",
  apply: "myTrainings.register.title.apply",
  waitlist: "myTrainings.register.title.waitlist",
} as const satisfies Record<RegistrationKind, MessageKey>;

const closedKeys = {
  not_published: "catalog.closed.not_published",
  cancelled: "catalog.closed.cancelled",
  not_yet_open: "catalog.closed.not_yet_open",
  closed: "catalog.closed.closed",
  started: "catalog.closed.started",
} as const satisfies Record<string, MessageKey>;

/** Why the form is not offered now, in words; null while registration is open. */
function closedReason(
  t: Translate,
  locale: Locale,
  timeZone: string,
  session: RegistrationForm["session"],
): string | null {
  if (session.status === "completed") return t("catalog.closed.completed");
  if (session.window === "open") return null;
  const at =
    session.window === "not_yet_open"
      ? session.registrationOpensAt
      : session.window === "closed"
        ? session.registrationClosesAt
        : null;
  return t(closedKeys[session.window], { date: at ? dateAndTime(locale, timeZone, at) : "" });
}

/** The prices a person can choose here; a sponsored seat is given by a partner organization, never chosen on this page. */
function priceChoices(t: Translate, locale: Locale, session: RegistrationForm["session"]) {
  const money$ = (cents: number) => money(locale, session.currency, cents);
  const open = session.priceTiers.filter((tier) => tier.kind !== "sponsored");
  const sliding = open.find((tier) => tier.kind === "sliding_scale");
  return {
    free: open.length > 0 && open.every((tier) => tier.kind === "free"),
    sponsored: session.priceTiers.some((tier) => tier.kind === "sponsored"),
    tiers: open.map((tier) => ({
      value: tier.kind,
      label:
        tier.kind === "free"
          ? t("myTrainings.register.price.freeTier")
          : tier.kind === "standard"
            ? t("myTrainings.register.price.standard", { amount: money$(tier.amountCents) })
            : t("myTrainings.register.price.sliding", { minimum: money$(tier.minimumCents ?? 0) }),
      hint:
        tier.kind === "sliding_scale"
          ? t("myTrainings.register.price.slidingHint", { suggested: money$(tier.amountCents) })
          : undefined,
    })),
    sliding: sliding
      ? { minimum: money$(sliding.minimumCents ?? 0), suggested: amountFromCents(sliding.amountCents) }
      : null,
  };
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { services, viewer, locale, timeZone } = appContext(context);
  const [form, county] = await Promise.all([
    orNotFound(readRegistrationForm(services.db, { sessionId: params.id, now: services.now() }, viewer!)),
    readPersonCounty(services.db, viewer!.userId),
  ]);
  const t = translator(locale);
  const s = form.session;
  return {
    id: s.id,
    kind: form.kind,
    course: localized(s.courseTitle, locale),
    // Just back from confirming a new account (verify-email sends people here with ?welcome=1).
    welcome: new URL(request.url).searchParams.get("welcome") === "1",
    summary: {
      dates: dayRange(locale, timeZone, s.startsAt, s.endsAt),
      meetings: s.meetings.map(
        (m) => `${longDay(locale, timeZone, m.startsAt)}, ${timeRange(locale, timeZone, m.startsAt, m.endsAt)}`,
      ),
      zone: zoneName(locale, timeZone, s.startsAt),
      format: formatLabel(t, s.format),
      where: s.format === "online" ? null : [s.venueName, s.venueAddress].filter(Boolean).join(", ") || null,
      language: t(`myTrainings.language.${s.language}`),
      seats: seatsText(t, { available: s.seatsAvailable }, s.window),
      waiting: s.seatsAvailable === 0 && s.window === "open" ? s.waitlisted : 0,
    },
    holdHours: s.offerHoldHours,
    closed: closedReason(t, locale, timeZone, s),
    current: form.current
      ? {
          status: form.current.status,
          position: form.current.waitlistPosition,
          offerExpiresAt: form.current.offerExpiresAt
            ? dateAndTime(locale, timeZone, form.current.offerExpiresAt)
            : null,
        }
      : null,
    prerequisites: form.prerequisites.ok
      ? null
      : {
          mode: form.prerequisites.mode,
          missing: form.prerequisites.missing.map((course) => ({
            id: course.id,
            title: localized(course.title, locale),
            declared: course.declared,
          })),
        },
    questions: form.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      label: localizedField(q, "label", locale),
      required: q.required,
      sensitive: q.sensitive,
      options: (q.options ?? []).map((o) => ({ value: o.value, label: localizedField(o, "label", locale) })),
    })),
    price: priceChoices(t, locale, s),
    currency: s.currency,
    pronouns: form.pronouns,
    // The county is asked here only of people who have not given one (they change it at /account/county).
    askCounty: county === null,
  };
}

type RegisterState = FormState & { picked?: Record<string, string[]> };

export async function action({ request, params, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const form = await readForm(request);
  const posted = postedRegistration(form);
  const county = typeof form.get("countyFips") === "string" ? (form.get("countyFips") as string) : "";
  const kept = { values: { ...posted.kept.values, countyFips: county }, picked: posted.kept.picked };
  // The county is optional: only a value that is not one of Oregon's counties (a tampered form) is refused.
  if (county !== "" && !isOregonCounty(county))
    return answer<RegisterState>(
      { ...kept, errors: { countyFips: translator(ctx.locale)("impact.county.invalid") } },
      { status: 400 },
    );
  const result = await attempt<Awaited<ReturnType<typeof registerForSession>>, RegisterState>(
    () =>
      registerForSession(
        ctx.services,
        {
          viewer: ctx.viewer,
          sessionId: params.id,
          locale: ctx.locale,
          answers: posted.answers,
          pronouns: posted.pronouns,
          accommodations: posted.accommodations,
          priceTier: posted.priceTier,
          amountCents: posted.amountCents,
          scholarship: posted.scholarship,
          // The use case refuses anything but `true` and names the consent field, in the person's language.
          consent: posted.consent as true,
        },
        actorOf(ctx),
      ),
    translator(ctx.locale),
    kept,
  );
  if (!result.ok) return result.response;
  // Saved as the person's county (the same choice as on /account/county) once the registration itself has gone through.
  if (county !== "")
    await setPersonCounty(ctx.services.db, { userId: ctx.viewer!.userId, countyFips: county }, actorOf(ctx));
  throw redirect(`/my/trainings?done=${encodeURIComponent(result.value.id)}`);
}

type LoaderData = Route.ComponentProps["loaderData"];

function MeetingList({ meetings }: { meetings: string[] }) {
  return (
    <ul className="plain-list meeting-list">
      {meetings.map((meeting) => (
        <li key={meeting}>{meeting}</li>
      ))}
    </ul>
  );
}

function SessionSummary({ data }: { data: LoaderData }) {
  const t = useT();
  const s = data.summary;
  return (
    <section className="card register-summary" aria-label={t("myTrainings.summary.label")}>
      <dl className="details compact">
        <div>
          <dt>{t("myTrainings.summary.when")}</dt>
          <dd>
            {s.dates}
            {s.meetings.length > 1 ? (
              <span className="muted"> · {t("myTrainings.summary.days", { count: s.meetings.length })}</span>
            ) : null}
            {s.meetings.length > 2 ? (
              <details className="meeting-days">
                <summary>{t("myTrainings.summary.eachDay")}</summary>
                <MeetingList meetings={s.meetings} />
              </details>
            ) : (
              <MeetingList meetings={s.meetings} />
            )}
            <span className="field-hint">{t("myTrainings.summary.zone", { zone: s.zone })}</span>
          </dd>
        </div>
        <div>
          <dt>{t("myTrainings.summary.format")}</dt>
          <dd>{s.format}</dd>
        </div>
        <div>
          <dt>{t("myTrainings.summary.language")}</dt>
          <dd>{s.language}</dd>
        </div>
        {s.where ? (
          <div>
            <dt>{t("myTrainings.summary.where")}</dt>
            <dd>{s.where}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("myTrainings.summary.seats")}</dt>
          <dd>
            {s.seats}
            {s.waiting > 0 ? (
              <span className="muted"> · {t("myTrainings.summary.waitingCount", { count: s.waiting })}</span>
            ) : null}
          </dd>
        </div>
      </dl>
    </section>
  );
}

const currentKeys = {
  pending_approval: "myTrainings.application.explain",
  approved: "myTrainings.approved.explain",
  confirmed: "myTrainings.confirmed.explain",
  waitlisted: "myTrainings.waitlisted.position",
  offered: "myTrainings.offered.deadline",
} as const satisfies Record<string, MessageKey>;

function CurrentPlace({ data }: { data: LoaderData }) {
  const t = useT();
  const current = data.current!;
  const explain = currentKeys[current.status as keyof typeof currentKeys];
  return (
    <section className="card" aria-labelledby="current-title">
      <h2 id="current-title">{t("myTrainings.register.current.title")}</h2>
      <p>
        <span className={`pill status-${current.status}`}>
          {t(`myTrainings.status.${current.status}` as MessageKey)}
        </span>
      </p>
      {explain ? (
        <p>
          {t(explain, {
            position: current.position ?? 0,
            hours: data.holdHours,
            deadline: current.offerExpiresAt ?? "",
          })}
        </p>
      ) : null}
      <p>
        <Link className="button" to="/my/trainings">
          {t("myTrainings.register.current.link")}
        </Link>
      </p>
    </section>
  );
}

function Prerequisites({ data }: { data: LoaderData }) {
  const t = useT();
  const missing = data.prerequisites!;
  const first = missing.missing.find((course) => course.declared === null) ?? missing.missing[0]!;
  // Waiting for the hub team's decision already: nothing more to tell, only where it stands.
  const waiting =
    missing.mode === "all"
      ? missing.missing.every((c) => c.declared === "pending")
      : missing.missing.some((c) => c.declared === "pending");
  return (
    <section className="card" aria-labelledby="prerequisites-title">
      <h2 id="prerequisites-title">{t("myTrainings.register.prerequisites.title")}</h2>
      <p>
        {t(
          missing.mode === "all" ? "myTrainings.register.prerequisites.all" : "myTrainings.register.prerequisites.any",
        )}
      </p>
      <ul>
        {missing.missing.map((course) => (
          <li key={course.id}>
            <strong>{course.title}</strong>
            {course.declared ? (
              <p className="field-hint">
                {t(
                  course.declared === "pending"
                    ? "myTrainings.register.prerequisites.pending"
                    : "myTrainings.register.prerequisites.declined",
                )}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {waiting ? null : <p>{t("myTrainings.register.prerequisites.elsewhere")}</p>}
      <p className="actions">
        {waiting ? (
          <Link className="button" to="/my/prerequisites">
            {t("myTrainings.register.prerequisites.status")}
          </Link>
        ) : (
          <Link
            className="button"
            to={`/my/prerequisites?course=${encodeURIComponent(first.id)}&session=${encodeURIComponent(data.id)}`}
          >
            {t("myTrainings.register.prerequisites.declare")}
          </Link>
        )}
        <Link to={`/trainings?q=${encodeURIComponent(first.title)}`}>
          {t("myTrainings.register.prerequisites.find")}
        </Link>
      </p>
    </section>
  );
}

function QuestionField({
  question,
  errors,
  values,
  picked,
}: {
  question: LoaderData["questions"][number];
  errors: Record<string, string>;
  values: Record<string, string>;
  picked: Record<string, string[]>;
}) {
  const t = useT();
  const name = `${ANSWER_PREFIX}${question.id}`;
  const label = `${question.label} ${t(question.required ? "myTrainings.register.required" : "myTrainings.register.optional")}`;
  const hint = question.sensitive ? t("myTrainings.register.sensitive") : undefined;
  if (question.kind === "text") {
    return (
      <TextAreaField
        name={name}
        label={label}
        hint={hint}
        error={errors[name]}
        defaultValue={values[name] ?? ""}
        rows={3}
        maxLength={MAX_ANSWER_LENGTH}
        required={question.required}
      />
    );
  }
  return (
    <OptionGroup
      name={name}
      type={question.kind === "choice" ? "radio" : "checkbox"}
      fieldId={`field-${name}`}
      legend={label}
      hint={hint}
      error={errors[name]}
      options={question.options}
      checked={picked[name] ?? (values[name] ? [values[name]!] : [])}
    />
  );
}

export default function Register({ loaderData: data, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state, errors } = useFormState<RegisterState>(actionData);
  const values: Record<string, string> = {
    pronouns: data.pronouns,
    priceTier: data.price.tiers.length === 1 ? data.price.tiers[0]!.value : "",
    amount: data.price.sliding?.suggested ?? "",
    ...state?.values,
  };
  const picked = state?.picked ?? {};
  const kind = data.kind;
  const ledeKey = `myTrainings.register.lede.${kind}` as const;

  let body;
  if (data.current) body = <CurrentPlace data={data} />;
  else if (data.closed)
    body = (
      <section className="card" aria-labelledby="closed-title">
        <h2 id="closed-title">{t("myTrainings.register.closed.title")}</h2>
        <p>{data.closed}</p>
        <p>
          <Link to="/trainings">{t("myTrainings.register.closed.other")}</Link>
        </p>
      </section>
    );
  else if (data.prerequisites) body = <Prerequisites data={data} />;
  else
    body = (
      <>
        <p className="lede">{t(ledeKey, { hours: data.holdHours })}</p>
        <ErrorSummary errors={errors} formError={state?.formError} />
        <Form method="post" className="stack register-form" noValidate>
          <p>{t("myTrainings.register.intro")}</p>
          {data.questions.length > 0 ? (
            <section aria-labelledby="questions-title">
              <h2 id="questions-title">{t("myTrainings.register.questions")}</h2>
              {data.questions.map((question) => (
                <QuestionField key={question.id} question={question} errors={errors} values={values} picked={picked} />
              ))}
            </section>
          ) : null}

          <section aria-labelledby="about-title">
            <h2 id="about-title">{t("myTrainings.register.aboutYou")}</h2>
            <TextField
              name="pronouns"
              label={t("myTrainings.register.pronouns.label")}
              hint={t(data.pronouns ? "myTrainings.register.pronouns.prefilled" : "myTrainings.register.pronouns.hint")}
              error={errors.pronouns}
              defaultValue={values.pronouns ?? ""}
              autoComplete="off"
              maxLength={MAX_REGISTRATION_PRONOUNS_LENGTH}
            />
            <TextAreaField
              name="accommodations"
              label={t("myTrainings.register.accommodations.label")}
              hint={t("myTrainings.register.accommodations.hint")}
              error={errors.accommodations}
              defaultValue={values.accommodations ?? ""}
              rows={3}
              maxLength={MAX_ACCOMMODATIONS_LENGTH}
            />
          </section>

          <section aria-labelledby="price-title">
            <h2 id="price-title">{t("myTrainings.register.price")}</h2>
            {data.price.free ? (
              <p>{t("myTrainings.register.price.free")}</p>
            ) : (
              <>
                {data.price.tiers.length > 0 ? (
                  <OptionGroup
                    name="priceTier"
                    type="radio"
                    fieldId="field-priceTier"
                    legend={t("myTrainings.register.price.legend")}
                    error={errors.priceTier}
                    options={data.price.tiers}
                    checked={values.priceTier ? [values.priceTier] : []}
                  />
                ) : null}
                {data.price.sliding ? (
                  <TextField
                    name="amount"
                    id="field-amountCents"
                    label={t("myTrainings.register.amount.label", { currency: data.currency })}
                    hint={t("myTrainings.register.amount.hint", { minimum: data.price.sliding.minimum })}
                    error={errors.amountCents}
                    defaultValue={values.amount ?? ""}
                    inputMode="decimal"
                    autoComplete="off"
                    maxLength={12}
                  />
                ) : errors.amountCents ? (
                  <p className="field-error">{errors.amountCents}</p>
                ) : null}
                {data.price.sponsored ? (
                  <p className="field-hint">{t("myTrainings.register.price.sponsored")}</p>
                ) : null}
                <p className="muted">{t("myTrainings.register.noPayment")}</p>
              </>
            )}
          </section>

          {!data.price.free ? (
            <section aria-labelledby="scholarship-title">
              <h2 id="scholarship-title">{t("myTrainings.register.scholarship.title")}</h2>
              <div className="checkbox">
                <input
                  type="checkbox"
                  id="field-scholarship"
                  name="scholarship"
                  value="yes"
                  defaultChecked={values.scholarship === "yes"}
                  aria-describedby="field-scholarship-hint"
                />
                <div>
                  <label htmlFor="field-scholarship">{t("myTrainings.register.scholarship.label")}</label>
                  <p className="field-hint" id="field-scholarship-hint">
                    {t("myTrainings.register.scholarship.hint")}
                  </p>
                </div>
              </div>
              <TextAreaField
                name="needStatement"
                id="field-scholarship.needStatement"
                label={t("myTrainings.register.need.label")}
                hint={t("myTrainings.register.need.hint")}
                error={errors["scholarship.needStatement"]}
                defaultValue={values.needStatement ?? ""}
                rows={4}
                maxLength={MAX_NEED_STATEMENT_LENGTH}
              />
            </section>
          ) : null}

          {data.askCounty ? (
            <section aria-labelledby="county-title">
              <h2 id="county-title">{t("impact.county.title")}</h2>
              <SelectField
                name="countyFips"
                label={t("impact.county.label")}
                hint={t("impact.county.hint")}
                error={errors.countyFips}
                defaultValue={values.countyFips ?? ""}
              >
                <option value="">{t("impact.county.none")}</option>
                {oregonCounties.map((county) => (
                  <option key={county.fips} value={county.fips}>
                    {county.name}
                  </option>
                ))}
              </SelectField>
            </section>
          ) : null}

          <section aria-labelledby="consent-title">
            <h2 id="consent-title">{t("myTrainings.register.consent.title")}</h2>
            <div className={errors.consent ? "field field-invalid consent" : "field consent"}>
              <p id="consent-what">
                {t("myTrainings.register.consent.what")}{" "}
                <Link to="/privacy">{t("myTrainings.register.consent.privacy")}</Link>
              </p>
              {errors.consent ? (
                <p className="field-error" id="field-consent-error">
                  {errors.consent}
                </p>
              ) : null}
              <div className="checkbox">
                <input
                  type="checkbox"
                  id="field-consent"
                  name="consent"
                  value="yes"
                  defaultChecked={values.consent === "yes"}
                  aria-invalid={errors.consent ? true : undefined}
                  aria-describedby={errors.consent ? "consent-what field-consent-error" : "consent-what"}
                  required
                />
                <label htmlFor="field-consent">
                  {t("myTrainings.register.consent.label")} {t("myTrainings.register.required")}
                </label>
              </div>
            </div>
          </section>

          <p className="what-next">{t(`myTrainings.register.next.${kind}`, { hours: data.holdHours })}</p>
          <SubmitButton>{t(`myTrainings.register.submit.${kind}`)}</SubmitButton>
        </Form>
      </>
    );

  return (
    <div className="page narrow register-page">
      <p className="breadcrumb">
        <Link to={`/trainings/${data.id}`}>{t("myTrainings.register.back")}</Link>
      </p>
      <h1>
        <span className="register-kind">{t(titleKeys[kind])}</span> {data.course}
      </h1>
      {data.welcome && !state ? <Notice>{t("myTrainings.register.welcome", { training: data.course })}</Notice> : null}
      <SessionSummary data={data} />
      {body}
    </div>
  );
}
