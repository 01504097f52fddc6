// /trainer/inhouse: an organizational trainer reports a training they ran for their partner organization, keeps it as a
// draft or sends it to the hub, reads the hub's messages, and corrects a report sent back. Thin over the use cases.
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/inhouse";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { translator } from "#i18n/translate.ts";
import { localizedField } from "#i18n/localized.ts";
import { inhouseFormats, inhouseLanguages, type InhouseStatus } from "#core/inhouse-trainings.ts";
import { isSupportedTimeZone, timeZoneChoices } from "#core/time-zones.ts";
import { listInhouseReports, readInhouseReport } from "#features/inhouse/list-inhouse-reports.ts";
import { reportingOrganizations } from "#features/inhouse/reporting-organizations.ts";
import { saveInhouseReport } from "#features/inhouse/save-inhouse-report.ts";
import { listSessionChoices } from "#features/catalog/list-session-choices.ts";
import {
  ErrorSummary,
  Notice,
  SelectField,
  TextAreaField,
  TextField,
  useFormState,
  type FormState,
} from "../../components/forms.tsx";
import { useLocale, useT } from "../../components/i18n.tsx";
import { InhouseMessages, InhouseReportDetails } from "../../components/inhouse-report.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import {
  groupInhouseErrors,
  inhouseFormValues,
  inhouseInputOf,
  inhouseStatusKeys,
  inhouseValuesOf,
} from "./lib/inhouse-form.ts";
import { TrainerNav } from "./lib/trainer-nav.tsx";

export const handle: RouteHandle = { access: "trainer" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "inhouse.trainer.title");

const editable: readonly InhouseStatus[] = ["draft", "changes_requested"];

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer, timeZone } = appContext(context);
  const url = new URL(request.url);
  const organizations = await reportingOrganizations(services.db, viewer);
  const reports = await listInhouseReports(services.db, viewer, { scope: "mine" });
  const wanted = url.searchParams.get("report");
  // The report being read or corrected: only one of the viewer's own, so the id in the address reveals nothing else.
  const open =
    wanted && reports.some((report) => report.id === wanted)
      ? await readInhouseReport(services.db, viewer, wanted)
      : null;
  const { courses } = await listSessionChoices(services.db);
  return {
    organizations,
    reports,
    open,
    editing: open ? editable.includes(open.status) : true,
    values: open
      ? inhouseValuesOf(open.organization.id, open.fields)
      : {
          ...inhouseFormValues({}),
          organizationId: organizations[0]?.id ?? "",
          timeZone: isSupportedTimeZone(timeZone) ? timeZone : "America/Los_Angeles",
          format: "in_person",
          language: "en",
        },
    courses: courses.map((course) => ({ id: course.id, titleEn: course.titleEn, titleEs: course.titleEs })),
    zones: timeZoneChoices(),
    saved: url.searchParams.get("saved"),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const values = inhouseFormValues(fields);
  const reportId = fields.reportId || null;
  const submit = fields.intent === "submit";
  const result = await attempt<Awaited<ReturnType<typeof saveInhouseReport>>, FormState>(
    async () =>
      saveInhouseReport(
        ctx.services,
        { viewer: ctx.viewer, reportId, input: inhouseInputOf(values), submit },
        actorOf(ctx),
      ),
    translator(ctx.locale),
    { values },
  );
  if (!result.ok) return result.response;
  throw redirect(
    `/trainer/inhouse?report=${encodeURIComponent(result.value.id)}&saved=${submit ? "submitted" : "draft"}`,
  );
}

export default function InhouseReports({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { state, errors: rawErrors } = useFormState(actionData);
  const errors = groupInhouseErrors(rawErrors, (line, message) => t("inhouse.form.atLine", { line, message }));
  const values = { ...loaderData.values, ...(state?.values ?? {}) };
  const { open, organizations } = loaderData;
  return (
    <div className="page">
      <TrainerNav inhouseReports />
      <h1>{t("inhouse.trainer.title")}</h1>
      <p className="lede">{t("inhouse.trainer.lede")}</p>
      {loaderData.saved && !state ? (
        <Notice>
          {t(loaderData.saved === "submitted" ? "inhouse.trainer.submitted" : "inhouse.trainer.savedDraft")}
        </Notice>
      ) : null}

      <h2>{t("inhouse.trainer.reports")}</h2>
      {loaderData.reports.length === 0 ? (
        <p>{t("inhouse.trainer.noReports")}</p>
      ) : (
        <ul className="plain-list">
          {loaderData.reports.map((report) => (
            <li key={report.id} className="card">
              <p>
                <strong>{report.course ? localizedField(report.course, "title", locale) : report.id}</strong>
              </p>
              <p className="muted">
                {report.organization.name} · {t(inhouseStatusKeys[report.status])}
                {report.firstMeeting ? ` · ${report.firstMeeting}` : ""} ·{" "}
                {t("inhouse.attendeeCount", { count: report.attendees })}
              </p>
              <p>
                <Link to={`/trainer/inhouse?report=${encodeURIComponent(report.id)}`}>
                  {editable.includes(report.status) ? t("inhouse.trainer.edit") : t("inhouse.trainer.view")}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}

      <h2>
        {open
          ? t("inhouse.trainer.reportTitle", { status: t(inhouseStatusKeys[open.status]) })
          : t("inhouse.trainer.new")}
      </h2>
      {open && !loaderData.editing ? (
        <div className="card">
          <InhouseReportDetails report={open} />
        </div>
      ) : null}
      {open ? <InhouseMessages messages={open.messages} headingId="inhouse-messages" /> : null}
      {organizations.length === 0 ? (
        <p>{t("inhouse.trainer.notOrganizational")}</p>
      ) : !loaderData.editing ? (
        <p>{t("inhouse.trainer.notEditable")}</p>
      ) : (
        <Form method="post" className="card" noValidate>
          <ErrorSummary errors={errors} formError={state?.formError} />
          {open ? <input type="hidden" name="reportId" value={open.id} /> : null}
          <SelectField
            name="organizationId"
            label={t("inhouse.form.organization")}
            error={errors.organizationId}
            defaultValue={values.organizationId}
          >
            {organizations.map((organization) => (
              <option key={organization.id} value={organization.id}>
                {organization.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="courseId"
            label={t("inhouse.form.course")}
            error={errors.courseId}
            defaultValue={values.courseId}
          >
            <option value="">{t("inhouse.form.chooseCourse")}</option>
            {loaderData.courses.map((course) => (
              <option key={course.id} value={course.id}>
                {localizedField(course, "title", locale)}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="timeZone"
            label={t("inhouse.form.timeZone")}
            error={errors.timeZone}
            defaultValue={values.timeZone}
          >
            {[...loaderData.zones.common, ...loaderData.zones.other].map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="format"
            label={t("inhouse.form.format")}
            error={errors.format}
            defaultValue={values.format}
          >
            {inhouseFormats.map((value) => (
              <option key={value} value={value}>
                {t(`inhouse.format.${value}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="language"
            label={t("inhouse.form.language")}
            error={errors.language}
            defaultValue={values.language}
          >
            {inhouseLanguages.map((value) => (
              <option key={value} value={value}>
                {value === "es" ? "Español" : "English"}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            name="meetings"
            label={t("inhouse.form.meetings")}
            hint={t("inhouse.form.meetingsHint")}
            error={errors.meetings}
            defaultValue={values.meetings}
            rows={4}
            spellCheck={false}
          />
          <TextAreaField
            name="attendees"
            label={t("inhouse.form.attendees")}
            hint={t("inhouse.form.attendeesHint")}
            error={errors.attendees}
            defaultValue={values.attendees}
            rows={8}
            spellCheck={false}
          />
          <TextField
            name="respondents"
            label={t("inhouse.form.respondents")}
            error={errors.respondents}
            defaultValue={values.respondents}
            inputMode="numeric"
          />
          <TextAreaField
            name="summary"
            label={t("inhouse.form.summary")}
            error={errors.summary}
            defaultValue={values.summary}
            rows={5}
          />
          <div className="card-actions">
            <button type="submit" name="intent" value="submit" className="primary">
              {t("inhouse.trainer.submit")}
            </button>
            <button type="submit" name="intent" value="save" className="secondary">
              {t("inhouse.trainer.saveDraft")}
            </button>
          </div>
        </Form>
      )}
      {open ? (
        <p>
          <Link to="/trainer/inhouse">{t("inhouse.trainer.startNew")}</Link>
        </p>
      ) : null}
    </div>
  );
}
