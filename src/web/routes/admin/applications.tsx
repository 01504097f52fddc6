// The applications queue: every request still waiting for a hub admin's decision, oldest first, with the answers, and
// approve or decline with a message the person receives.
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/applications";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { listApplications } from "#features/registration/list-applications.ts";
import { approveApplication } from "#features/registration/approve-application.ts";
import { denyApplication } from "#features/registration/deny-application.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { oneOf } from "#web/search-params.ts";
import { inZone } from "#i18n/format.ts";
import { localizedField } from "#i18n/localized.ts";
import { ErrorSummary, Notice, TextAreaField, useFormState, type FormState } from "../../components/forms.tsx";
import { Detail } from "../../components/detail.tsx";
import { useFormat, useLocale, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { AnswerList, EmailText } from "./lib/roster-parts.tsx";
import { MAX_DECISION_MESSAGE_LENGTH } from "#core/limits.ts";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "roster.applications.title");

const doneKinds = ["approved", "denied"] as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const url = new URL(request.url);
  return {
    applications: await listApplications(services.db, viewer),
    done: oneOf(doneKinds, url.searchParams.get("done")),
    outcome: oneOf(["confirmed", "waitlisted"] as const, url.searchParams.get("status")),
    place: Number(url.searchParams.get("place")) || null,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await readForm(request));
  const registrationId = fields.registrationId ?? "";
  const message = fields.message?.trim() || null;
  const request_ = { viewer: ctx.viewer, registrationId, message };
  const kept = { form: registrationId, values: { message: fields.message ?? "" } };
  const options = { fieldPrefix: `${registrationId}-` };
  if (fields.intent === "deny") {
    const result = await attempt(() => denyApplication(ctx.services, request_, actorOf(ctx)), t, kept, options);
    if (!result.ok) return result.response;
    throw redirect("/admin/applications?done=denied");
  }
  const result = await attempt(() => approveApplication(ctx.services, request_, actorOf(ctx)), t, kept, options);
  if (!result.ok) return result.response;
  const place = result.value.waitlistPosition ? `&place=${result.value.waitlistPosition}` : "";
  throw redirect(`/admin/applications?done=approved&status=${result.value.status}${place}`);
}

export default function Applications({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const { state } = useFormState<FormState>(actionData);
  const { applications, done } = loaderData;
  const stray = state && !applications.some((application) => application.id === state.form) ? state : undefined;
  return (
    <AdminPage title={t("roster.applications.title")}>
      <p className="lede">{t("roster.applications.lede")}</p>
      {done && !state ? (
        <Notice>
          {done === "denied"
            ? t("roster.done.denied")
            : loaderData.outcome === "waitlisted"
              ? t("roster.done.approvedWaiting", { place: loaderData.place ?? 0 })
              : t("roster.done.approvedSeat")}
        </Notice>
      ) : null}
      {stray ? <ErrorSummary formError={stray.formError} /> : null}
      {applications.length === 0 ? (
        <p className="card empty-state">{t("roster.applications.empty")}</p>
      ) : (
        <ol className="queue-list">
          {applications.map((application) => {
            const mine = state?.form === application.id ? state : undefined;
            const course = localizedField(application, "courseTitle", locale);
            return (
              <li key={application.id} className="card queue-item" id={`application-${application.id}`}>
                <h2 className="queue-title">
                  {application.name}
                  {application.pronouns ? <span className="muted"> ({application.pronouns})</span> : null}
                </h2>
                <p className="muted break-anywhere">
                  <EmailText email={application.email} />
                </p>
                <dl className="details compact">
                  <Detail term={t("roster.applications.session")}>
                    <Link to={`/admin/sessions/${application.sessionId}/roster#applications`}>{course}</Link>
                    <span className="block">
                      {format.dateTime(application.sessionStartsAt, inZone(application.sessionTimeZone))}
                    </span>
                  </Detail>
                  <Detail term={t("roster.applications.requested")}>{format.dateTime(application.requestedAt)}</Detail>
                  {application.organizationName ? (
                    <Detail term={t("roster.column.organization")}>{application.organizationName}</Detail>
                  ) : null}
                  {application.scholarshipRequested ? (
                    <Detail term={t("roster.applications.scholarship")}>
                      <Link to="/admin/scholarships">{t("roster.scholarship.requested")}</Link>
                    </Detail>
                  ) : null}
                </dl>
                <h3>{t("roster.column.answers")}</h3>
                <AnswerList questions={application.questions} answers={application.answers} />
                {application.accommodations ? (
                  <>
                    <h3>{t("roster.column.accommodations")}</h3>
                    <p className="pre-line">{application.accommodations}</p>
                  </>
                ) : null}
                {mine ? <ErrorSummary errors={mine.errors} formError={mine.formError} /> : null}
                <Form method="post" className="decide-form" noValidate>
                  <input type="hidden" name="registrationId" value={application.id} />
                  <TextAreaField
                    id={`field-${application.id}-message`}
                    name="message"
                    label={t("roster.decide.message")}
                    hint={t("roster.decide.messageHint")}
                    error={mine?.errors?.[`${application.id}-message`]}
                    defaultValue={mine?.values?.message ?? ""}
                    rows={3}
                    maxLength={MAX_DECISION_MESSAGE_LENGTH}
                  />
                  <div className="actions">
                    <button type="submit" name="intent" value="approve" className="primary">
                      {t("roster.decide.approve")}
                      <span className="visually-hidden"> · {application.name}</span>
                    </button>
                    <button type="submit" name="intent" value="deny" className="danger">
                      {t("roster.decide.deny")}
                      <span className="visually-hidden"> · {application.name}</span>
                    </button>
                  </div>
                  <p className="field-hint">{t("roster.applications.next")}</p>
                </Form>
              </li>
            );
          })}
        </ol>
      )}
    </AdminPage>
  );
}
