// /admin/inhouse: the hub's review queue of in-house training reports — each submitted report with its details, to
// approve (recorded as a completed session), send back with a request for changes, or decline; the last two say why.
// Below the queue, the decided reports (newest decision first, paged) with who decided and when; each opens read-only.
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/inhouse";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { actorOf, attempt, formFields, orNotFound, readForm } from "#web/form-state.server.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import { localizedField } from "#i18n/localized.ts";
import {
  listDecidedInhouseReports,
  listInhouseReports,
  readInhouseReport,
  type InhouseReportDetail,
  type InhouseReportSummary,
} from "#features/inhouse/list-inhouse-reports.ts";
import { reviewInhouseReport } from "#features/inhouse/review-inhouse-report.ts";
import { InhouseReviewInput } from "#features/inhouse/inhouse-input.ts";
import { parseInput } from "#features/validation/parse-input.ts";
import { ErrorSummary, Notice, TextAreaField, useFormState, type FormState } from "../../components/forms.tsx";
import { useFormat, useLocale, useT } from "../../components/i18n.tsx";
import { InhouseMessages, InhouseReportDetails } from "../../components/inhouse-report.tsx";
import { Pagination } from "../../components/pagination.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { inhouseStatusKeys } from "../trainer/lib/inhouse-form.ts";
import { AdminPage } from "./lib/admin-nav.tsx";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "inhouse.admin.title");

type ReviewState = FormState & { reportId?: string };

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const url = new URL(request.url);
  const wanted = url.searchParams.get("report");
  // One report read on its own, read-only (a decided one from the list below the queue); an unknown id is "not found".
  if (wanted)
    return { open: await orNotFound(readInhouseReport(services.db, viewer, wanted)), reports: [], saved: null };
  const waiting = await listInhouseReports(services.db, viewer, { scope: "all", statuses: ["submitted"] });
  const reports = await Promise.all(waiting.map((report) => readInhouseReport(services.db, viewer, report.id)));
  const decided = await listDecidedInhouseReports(services.db, viewer, {
    page: Number(url.searchParams.get("page") ?? "1"),
  });
  return { open: null, reports, decided, saved: url.searchParams.get("saved") };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const reportId = fields.reportId ?? "";
  const values = { message: fields.message ?? "" };
  const result = await attempt<Awaited<ReturnType<typeof reviewInhouseReport>>, ReviewState>(
    async () =>
      reviewInhouseReport(
        ctx.services,
        {
          viewer: ctx.viewer,
          reportId,
          // An unknown action or an over-long message is a field error, not a failure.
          input: parseInput(InhouseReviewInput, { action: fields.intent ?? "", message: values.message }),
        },
        actorOf(ctx),
      ),
    translator(ctx.locale),
    { values, reportId },
  );
  if (!result.ok) return result.response;
  throw redirect(`/admin/inhouse?saved=${result.value.status}`);
}

function Report({ report, state }: { report: InhouseReportDetail; state: ReviewState | undefined }) {
  const t = useT();
  const locale = useLocale();
  const mine = state?.reportId === report.id;
  const error = mine ? state?.errors?.message : undefined;
  const headingId = `report-${report.id}`;
  return (
    <li className="card">
      <h3 id={headingId}>{report.course ? localizedField(report.course, "title", locale) : report.fields.courseId}</h3>
      <InhouseReportDetails report={report} />
      <Form method="post" noValidate aria-labelledby={headingId}>
        {mine && state?.formError ? <ErrorSummary formError={state.formError} /> : null}
        <input type="hidden" name="reportId" value={report.id} />
        <TextAreaField
          id={`message-${report.id}`}
          name="message"
          label={t("inhouse.admin.message")}
          hint={t("inhouse.admin.messageHint")}
          error={error}
          defaultValue={mine ? (state?.values?.message ?? "") : ""}
          rows={3}
        />
        <div className="card-actions">
          <button type="submit" name="intent" value="approve" className="primary">
            {t("inhouse.admin.approve")}
          </button>
          <button type="submit" name="intent" value="request_changes" className="secondary">
            {t("inhouse.admin.requestChanges")}
          </button>
          <button type="submit" name="intent" value="decline" className="danger">
            {t("inhouse.admin.decline")}
          </button>
        </div>
      </Form>
    </li>
  );
}

const savedKeys: Record<string, MessageKey> = {
  approved: "inhouse.admin.approved",
  changes_requested: "inhouse.admin.changesRequested",
  declined: "inhouse.admin.declined",
};

/** "Approved by Ana Admin, 3 Dec 2026, 10:00" — or without a name once the deciding account is gone. */
function Decision({ report }: { report: InhouseReportSummary }) {
  const t = useT();
  const format = useFormat();
  if (!report.decidedAt) return null;
  const decision = t(inhouseStatusKeys[report.status]);
  const time = format.dateTime(report.decidedAt);
  return report.decidedBy
    ? t("inhouse.admin.decidedBy", { decision, name: report.decidedBy.name, time })
    : t("inhouse.admin.decidedAt", { decision, time });
}

function OpenReport({ report }: { report: InhouseReportDetail }) {
  const t = useT();
  const locale = useLocale();
  const title = report.course ? localizedField(report.course, "title", locale) : report.fields.courseId;
  return (
    <AdminPage title={title} back={{ to: "/admin/inhouse", label: t("inhouse.admin.back") }}>
      <p className="pill-row">
        <span className="pill">{t(inhouseStatusKeys[report.status])}</span>
      </p>
      {report.decidedAt ? (
        <p>
          <Decision report={report} />
        </p>
      ) : null}
      {report.sessionId ? (
        <p>
          <Link to={`/admin/sessions/${encodeURIComponent(report.sessionId)}`}>{t("inhouse.admin.session")}</Link>
        </p>
      ) : null}
      <section className="card" aria-labelledby="report-details">
        <h2 id="report-details">{t("inhouse.admin.details")}</h2>
        <InhouseReportDetails report={report} />
      </section>
      <InhouseMessages messages={report.messages} headingId="report-messages" />
    </AdminPage>
  );
}

export default function InhouseQueue({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { state } = useFormState<ReviewState>(actionData);
  if (loaderData.open) return <OpenReport report={loaderData.open} />;
  const saved = loaderData.saved ? savedKeys[loaderData.saved] : undefined;
  const decided = loaderData.decided;
  return (
    <AdminPage title={t("inhouse.admin.title")}>
      <p className="lede">{t("inhouse.admin.lede")}</p>
      {saved && !state ? <Notice>{t(saved)}</Notice> : null}
      {state?.formError && !loaderData.reports.some((report) => report.id === state.reportId) ? (
        <ErrorSummary formError={state.formError} />
      ) : null}
      {loaderData.reports.length === 0 ? (
        <p>{t("inhouse.admin.none")}</p>
      ) : (
        <ul className="plain-list">
          {loaderData.reports.map((report) => (
            <Report key={report.id} report={report} state={state} />
          ))}
        </ul>
      )}
      {decided ? (
        <section aria-labelledby="inhouse-decided">
          <h2 id="inhouse-decided">{t("inhouse.admin.decidedTitle")}</h2>
          {decided.reports.length === 0 ? (
            <p>{t("inhouse.admin.noneDecided")}</p>
          ) : (
            <ul className="plain-list">
              {decided.reports.map((report) => (
                <li key={report.id} className="card">
                  <p>
                    <Link to={`/admin/inhouse?report=${encodeURIComponent(report.id)}`}>
                      {report.course ? localizedField(report.course, "title", locale) : report.id}
                    </Link>
                  </p>
                  <p className="muted">
                    {t("inhouse.admin.by", { name: report.reporter.name, organization: report.organization.name })}
                    {report.firstMeeting ? ` · ${report.firstMeeting}` : ""} ·{" "}
                    {t("inhouse.attendeeCount", { count: report.attendees })}
                  </p>
                  <p>
                    <Decision report={report} />
                  </p>
                </li>
              ))}
            </ul>
          )}
          <Pagination
            page={decided.page}
            pageCount={decided.pageCount}
            query={{}}
            label={t("inhouse.admin.decidedPages")}
          />
        </section>
      ) : null}
    </AdminPage>
  );
}
