// The scholarships queue: requests waiting for a hub admin (with the person's need statement, which only admins read),
// decided as a full or partial award or declined, with a message the person receives; recent decisions below.
import { Form, Link, data, redirect } from "react-router";
import type { Route } from "./+types/scholarships";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import { centsFromAmount } from "#core/decimal-input.ts";
import { listScholarships, type ScholarshipRow } from "#features/registration/list-scholarships.ts";
import { decideScholarship } from "#features/registration/decide-scholarship.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { flag } from "#web/search-params.ts";
import { inZone, money } from "#i18n/format.ts";
import { localizedField } from "#i18n/localized.ts";
import {
  ErrorSummary,
  Notice,
  SubmitButton,
  TextAreaField,
  TextField,
  useFormState,
  type FormState,
} from "../../components/forms.tsx";
import { Detail } from "../../components/detail.tsx";
import { useFormat, useLocale, useT } from "../../components/i18n.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { EmailText, PriceText, StatusPill } from "./lib/roster-parts.tsx";
import { MAX_DECISION_MESSAGE_LENGTH } from "#core/limits.ts";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "roster.scholarships.title");

const decisions = ["awarded_full", "awarded_partial", "declined"] as const;
type Decision = (typeof decisions)[number];

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  return { ...(await listScholarships(services.db, viewer)), saved: flag(new URL(request.url), "saved") };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await readForm(request));
  const scholarshipId = fields.scholarshipId ?? "";
  const values = { decision: fields.decision ?? "", award: fields.award ?? "", message: fields.message ?? "" };
  const kept = { form: scholarshipId, values };
  const prefix = `${scholarshipId}-`;
  // The form's own wording of a missing choice or an amount that is not money; the rules live in decideScholarship.
  const decision = (decisions as readonly string[]).includes(values.decision) ? (values.decision as Decision) : null;
  const awardCents = decision === "awarded_partial" && values.award.trim() ? centsFromAmount(values.award) : null;
  const errors: Record<string, string> = {};
  if (!decision) errors[`${prefix}decision`] = t("roster.scholarships.errors.decision");
  if (decision === "awarded_partial" && values.award.trim() && awardCents === null)
    errors[`${prefix}award`] = t("roster.scholarships.errors.amount");
  if (Object.keys(errors).length) return data<FormState>({ ...kept, errors }, { status: 400 });
  const result = await attempt(
    () =>
      decideScholarship(
        ctx.services,
        { viewer: ctx.viewer, scholarshipId, decision: decision!, awardCents, message: values.message.trim() || null },
        actorOf(ctx),
      ),
    t,
    kept,
    { fieldPrefix: prefix },
  );
  if (!result.ok) {
    // The use case names the award "awardCents"; the form calls it "award".
    const state = result.response.data;
    if (state.errors?.[`${prefix}awardCents`]) state.errors[`${prefix}award`] = state.errors[`${prefix}awardCents`]!;
    return result.response;
  }
  throw redirect("/admin/scholarships?saved=1");
}

const decisionKeys: Record<ScholarshipRow["status"], MessageKey> = {
  requested: "roster.scholarship.requested",
  awarded_full: "roster.scholarship.awarded_full",
  awarded_partial: "roster.scholarship.awarded_partial",
  declined: "roster.scholarship.declined",
};

export default function Scholarships({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const { state } = useFormState<FormState>(actionData);
  const { requested, decided } = loaderData;
  const stray = state && !requested.some((row) => row.id === state.form) ? state : undefined;
  const course = (row: ScholarshipRow) => localizedField(row, "courseTitle", locale);
  return (
    <AdminPage title={t("roster.scholarships.title")}>
      <p className="lede">{t("roster.scholarships.lede")}</p>
      {loaderData.saved && !state ? <Notice>{t("roster.scholarships.saved")}</Notice> : null}
      {stray ? <ErrorSummary formError={stray.formError} /> : null}
      <h2>{t("roster.scholarships.waiting", { count: requested.length })}</h2>
      {requested.length === 0 ? (
        <p className="card empty-state">{t("roster.scholarships.empty")}</p>
      ) : (
        <ol className="queue-list">
          {requested.map((row) => {
            const mine = state?.form === row.id ? state : undefined;
            const errors = mine?.errors ?? {};
            const choice = mine?.values?.decision ?? "";
            return (
              <li key={row.id} className="card queue-item" id={`scholarship-${row.id}`}>
                <h3 className="queue-title">{row.name}</h3>
                <p className="muted break-anywhere">
                  <EmailText email={row.email} />
                </p>
                <dl className="details compact">
                  <Detail term={t("roster.applications.session")}>
                    <Link to={`/admin/sessions/${row.sessionId}/roster`}>{course(row)}</Link>
                    <span className="block">{format.dateTime(row.sessionStartsAt, inZone(row.sessionTimeZone))}</span>
                  </Detail>
                  <Detail term={t("roster.column.price")}>
                    <PriceText tier={row.priceTier} amountCents={row.amountCents} currency={row.currency} />
                  </Detail>
                  <Detail term={t("roster.column.status")}>
                    <StatusPill status={row.registrationStatus} />
                  </Detail>
                  <Detail term={t("roster.scholarships.requested")}>{format.dateTime(row.createdAt)}</Detail>
                </dl>
                <h4>{t("roster.scholarships.need")}</h4>
                <blockquote className="need-statement pre-line">{row.needStatement}</blockquote>
                {mine ? <ErrorSummary errors={errors} formError={mine.formError} /> : null}
                <Form method="post" className="decide-form" noValidate>
                  <input type="hidden" name="scholarshipId" value={row.id} />
                  <fieldset
                    id={`field-${row.id}-decision`}
                    className={errors[`${row.id}-decision`] ? "field field-invalid" : "field"}
                    tabIndex={-1}
                    aria-describedby={errors[`${row.id}-decision`] ? `field-${row.id}-decision-error` : undefined}
                  >
                    <legend>{t("roster.scholarships.decision")}</legend>
                    {errors[`${row.id}-decision`] ? (
                      <p className="field-error" id={`field-${row.id}-decision-error`}>
                        {errors[`${row.id}-decision`]}
                      </p>
                    ) : null}
                    {decisions.map((decision) => (
                      <div className="checkbox" key={decision}>
                        <input
                          type="radio"
                          id={`field-${row.id}-${decision}`}
                          name="decision"
                          value={decision}
                          defaultChecked={choice === decision}
                        />
                        <label htmlFor={`field-${row.id}-${decision}`}>
                          {decision === "awarded_full" && row.priceTier !== "free"
                            ? t("roster.scholarships.fullOf", { amount: money(locale, row.currency, row.amountCents) })
                            : t(`roster.scholarships.choice.${decision}` as MessageKey)}
                        </label>
                      </div>
                    ))}
                  </fieldset>
                  <TextField
                    id={`field-${row.id}-award`}
                    name="award"
                    label={t("roster.scholarships.award", { currency: row.currency })}
                    hint={t("roster.scholarships.awardHint", { amount: money(locale, row.currency, row.amountCents) })}
                    error={errors[`${row.id}-award`]}
                    defaultValue={mine?.values?.award ?? ""}
                    inputMode="decimal"
                    autoComplete="off"
                  />
                  <TextAreaField
                    id={`field-${row.id}-message`}
                    name="message"
                    label={t("roster.scholarships.message")}
                    hint={t("roster.scholarships.messageHint")}
                    error={errors[`${row.id}-message`]}
                    defaultValue={mine?.values?.message ?? ""}
                    rows={3}
                    maxLength={MAX_DECISION_MESSAGE_LENGTH}
                  />
                  <SubmitButton>{t("roster.scholarships.submit")}</SubmitButton>
                </Form>
              </li>
            );
          })}
        </ol>
      )}

      <h2>{t("roster.scholarships.decidedTitle")}</h2>
      {decided.length === 0 ? (
        <p className="muted">{t("roster.scholarships.decidedEmpty")}</p>
      ) : (
        <ResponsiveTable
          rows={decided}
          rowKey={(row) => row.id}
          columns={[
            {
              label: t("roster.column.person"),
              rowHeader: true,
              cell: (row) => (
                <>
                  {row.name}
                  <span className="block muted break-anywhere">
                    <EmailText email={row.email} />
                  </span>
                </>
              ),
            },
            {
              label: t("roster.applications.session"),
              cell: (row) => (
                <>
                  {course(row)}
                  <span className="block muted">
                    {format.date(row.sessionStartsAt, { timeZone: row.sessionTimeZone, dateStyle: "medium" })}
                  </span>
                </>
              ),
            },
            {
              label: t("roster.scholarships.decision"),
              cell: (row) => (
                <>
                  <span className={row.status === "declined" ? "pill status-expired" : "pill status-active"}>
                    {t(decisionKeys[row.status])}
                  </span>
                  {row.awardCents !== null ? (
                    <span className="block">{money(locale, row.currency, row.awardCents)}</span>
                  ) : null}
                </>
              ),
            },
            {
              label: t("roster.scholarships.message"),
              cell: (row) =>
                row.message ? <span className="pre-line">{row.message}</span> : <span className="muted">—</span>,
            },
            {
              label: t("roster.scholarships.decidedAt"),
              cell: (row) => (
                <>
                  {row.decidedAt ? format.dateTime(row.decidedAt) : "—"}
                  {row.decidedByName ? (
                    <span className="block muted">{t("roster.scholarships.by", { name: row.decidedByName })}</span>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      )}
    </AdminPage>
  );
}
