// A partner admin registers named staff for one session as a group: the group gets its seats together, or waits in line
// as one entry. First the session (and the organization, for someone who looks after several), then the people.
import { Form, data, redirect } from "react-router";
import type { Route } from "./+types/register";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { MAX_GROUP_SEATS } from "#core/seats.ts";
import { listManagedOrganizations } from "#features/access/list-managed-organizations.ts";
import { listOpenSessions, type OpenSession } from "#features/registration/list-open-sessions.ts";
import { registerGroup } from "#features/registration/register-group.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { inZone } from "#i18n/format.ts";
import { localizedField } from "#i18n/localized.ts";
import {
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextField,
  useFormState,
  type FormState,
} from "../../components/forms.tsx";
import { useFormat, useLocale, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { readRegistrationForm } from "../admin/lib/registration-form.server.ts";
import { ConsentField, PriceFields, QuestionFields } from "../admin/lib/roster-parts.tsx";
import { PartnerNav } from "./lib/partner-nav.tsx";

export const handle: RouteHandle = { access: "partner-admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "roster.staff.pageTitle");

/** Rows for names and emails shown at first; "Add another row" adds one at a time, up to a group's limit. */
export const FIRST_ROWS = 3;

type GroupState = FormState & { rows?: number };

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const url = new URL(request.url);
  const [organizations, sessions] = await Promise.all([
    listManagedOrganizations(services.db, viewer!),
    listOpenSessions(services.db, services.now()),
  ]);
  const wantedOrganization = url.searchParams.get("organization");
  const organization =
    organizations.find((o) => o.id === wantedOrganization) ??
    (organizations.length === 1 ? organizations[0] : undefined);
  const session = sessions.find((s) => s.id === url.searchParams.get("session")) ?? null;
  return {
    organizations: organizations.map(({ id, name }) => ({ id, name })),
    organizationId: organization?.id ?? null,
    sessions,
    session,
    asked: url.searchParams.has("session"),
  };
}

function memberRows(fields: Record<string, string>, count: number) {
  return Array.from({ length: count }, (_, index) => ({
    name: (fields[`members.${index}.name`] ?? "").trim(),
    email: (fields[`members.${index}.email`] ?? "").trim(),
  }));
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const form = await readForm(request);
  const fields = formFields(form);
  const rows = Math.min(MAX_GROUP_SEATS, Math.max(1, Number(fields.rows) || FIRST_ROWS));
  const sessionId = fields.sessionId ?? "";
  const session = (await listOpenSessions(ctx.services.db, ctx.services.now())).find((s) => s.id === sessionId);
  if (!session) return data<GroupState>({ formError: t("roster.staff.errors.session") }, { status: 409 });
  const read = readRegistrationForm(form, session.questions);
  const typed: Record<string, string> = { ...read.values };
  for (const [name, value] of Object.entries(fields)) if (name.startsWith("members.")) typed[name] = value;
  if (fields.intent === "add-row")
    return { values: typed, rows: Math.min(MAX_GROUP_SEATS, rows + 1) } satisfies GroupState;

  // Rows left empty are not people; a row with only one of the two is, and the rules say what is missing.
  const filled = memberRows(fields, rows)
    .map((member, row) => ({ ...member, row }))
    .filter((member) => member.name || member.email);
  const members = filled.map(({ name, email }) => ({ name, email }));
  if (members.length === 0)
    return data<GroupState>(
      { values: typed, rows, errors: { "members.0.name": t("roster.staff.errors.nobody") } },
      { status: 400 },
    );
  const result = await attempt<Awaited<ReturnType<typeof registerGroup>>, GroupState>(
    () =>
      registerGroup(
        ctx.services,
        {
          viewer: ctx.viewer,
          sessionId,
          organizationId: fields.organizationId ?? "",
          members,
          ...read.fields,
          locale: ctx.locale,
        },
        actorOf(ctx),
      ),
    t,
    { values: typed, rows },
  );
  if (!result.ok) {
    // The rules count only the filled rows; their messages go back to the rows as the form shows them.
    const state = result.response.data;
    if (state.errors) {
      state.errors = Object.fromEntries(
        Object.entries(state.errors).map(([path, message]) => [
          path.replace(/^members\.(\d+)\./, (_, index: string) => `members.${filled[Number(index)]?.row ?? index}.`),
          message,
        ]),
      );
    }
    return result.response;
  }
  const outcome = new URLSearchParams({ group: result.value.status, seats: String(members.length) });
  if (result.value.waitlistPosition) outcome.set("place", String(result.value.waitlistPosition));
  throw redirect(`/partner/registrations?${outcome.toString()}`);
}

export default function RegisterGroup({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const { state } = useFormState<GroupState>(actionData);
  const { organizations, sessions, session, organizationId } = loaderData;
  const title = (s: OpenSession) => localizedField(s, "courseTitle", locale);
  const when = (s: OpenSession) => format.dateTime(s.startsAt, inZone(s.timeZone));
  const values = state?.values ?? {};
  const errors = state?.errors ?? {};
  const rows = state?.rows ?? FIRST_ROWS;

  return (
    <div className="page">
      <PartnerNav />
      <div className="narrow">
        <h1>{t("roster.staff.title")}</h1>
        <p className="lede">{t("roster.staff.lede")}</p>
        {organizations.length === 0 ? (
          <p className="card empty-state">{t("roster.staff.noOrganization")}</p>
        ) : sessions.length === 0 ? (
          <p className="card empty-state">{t("roster.staff.noSessions")}</p>
        ) : (
          <>
            <Form method="get" className="stack" aria-labelledby="choose-title">
              <h2 id="choose-title">{t("roster.staff.chooseTitle")}</h2>
              {loaderData.asked && !session ? <ErrorSummary formError={t("roster.staff.errors.session")} /> : null}
              {organizations.length > 1 ? (
                <SelectField
                  name="organization"
                  label={t("roster.staff.organization")}
                  defaultValue={organizationId ?? ""}
                >
                  {organizations.map((organization) => (
                    <option key={organization.id} value={organization.id}>
                      {organization.name}
                    </option>
                  ))}
                </SelectField>
              ) : (
                <input type="hidden" name="organization" value={organizations[0]!.id} />
              )}
              <SelectField name="session" label={t("roster.staff.session")} defaultValue={session?.id ?? ""}>
                {sessions.map((s) => (
                  <option key={s.id} value={s.id}>
                    {`${title(s)} — ${when(s)}`}
                  </option>
                ))}
              </SelectField>
              <button type="submit" className={session ? "secondary" : "primary"}>
                {t("roster.staff.choose")}
              </button>
            </Form>

            {session && organizationId ? (
              <section aria-labelledby="people-title">
                <h2 id="people-title">
                  {t("roster.staff.peopleTitle", { course: title(session), when: when(session) })}
                </h2>
                <p>
                  {t("roster.staff.explain", {
                    organization: organizations.find((o) => o.id === organizationId)?.name ?? "",
                  })}{" "}
                  {session.requiresApproval ? t("roster.staff.explainApplication") : null}
                </p>
                <ErrorSummary errors={errors} formError={state?.formError} />
                <Form
                  method="post"
                  action={`/partner/register?${new URLSearchParams({ session: session.id, organization: organizationId }).toString()}`}
                  className="stack"
                  noValidate
                >
                  {/* Enter in a field registers the group: the first submit button is the one a form uses for that. */}
                  <button
                    type="submit"
                    name="intent"
                    value="register"
                    className="visually-hidden"
                    tabIndex={-1}
                    aria-hidden="true"
                  >
                    {t("roster.staff.submit")}
                  </button>
                  <input type="hidden" name="sessionId" value={session.id} />
                  <input type="hidden" name="organizationId" value={organizationId} />
                  <input type="hidden" name="rows" value={rows} />
                  <fieldset className="field member-rows" id="field-members">
                    <legend>{t("roster.staff.people")}</legend>
                    <p className="field-hint">{t("roster.staff.peopleHint", { max: MAX_GROUP_SEATS })}</p>
                    {Array.from({ length: rows }, (_, index) => (
                      <div
                        className="member-row"
                        key={index}
                        role="group"
                        aria-label={t("roster.staff.person", { number: index + 1 })}
                      >
                        <TextField
                          name={`members.${index}.name`}
                          label={t("roster.staff.name", { number: index + 1 })}
                          error={errors[`members.${index}.name`]}
                          defaultValue={values[`members.${index}.name`] ?? ""}
                          autoComplete="off"
                        />
                        <TextField
                          name={`members.${index}.email`}
                          type="email"
                          label={t("roster.staff.email", { number: index + 1 })}
                          error={errors[`members.${index}.email`]}
                          defaultValue={values[`members.${index}.email`] ?? ""}
                          autoComplete="off"
                          spellCheck={false}
                        />
                      </div>
                    ))}
                    {rows < MAX_GROUP_SEATS ? (
                      <button type="submit" name="intent" value="add-row" className="secondary" formNoValidate>
                        {t("roster.staff.addRow")}
                      </button>
                    ) : null}
                  </fieldset>
                  {/* One set of answers goes with the whole group: private questions are each person's own to answer, unless required. */}
                  <QuestionFields
                    questions={session.questions.filter((question) => !question.sensitive || question.required)}
                    values={values}
                    errors={errors}
                  />
                  <PriceFields
                    tiers={session.priceTiers}
                    currency={session.currency}
                    values={values}
                    errors={errors}
                    preferred={
                      session.priceTiers.some(
                        (tier) => tier.kind === "sponsored" && tier.organizationId === organizationId,
                      )
                        ? "sponsored"
                        : undefined
                    }
                  />
                  <ConsentField
                    label={t("roster.staff.consent")}
                    hint={t("roster.staff.consentHint")}
                    error={errors.consent}
                    checked={values.consent === "on"}
                  />
                  <p className="muted">{t("roster.staff.next")}</p>
                  <SubmitButton>{t("roster.staff.submit")}</SubmitButton>
                </Form>
              </section>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}
