// The admin impact dashboard: the registration funnel, completions by month, seats, waiting, no-shows, scholarships and
// CE hours, evaluation ratings and pre/post change, filtered by course, partner, county, trainer and period; every chart
// with a summary, a table and a CSV. Also: who sees each block of the public page, and the funder report for a period.
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/impact";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import { blockVisibilities, impactBlocks } from "#core/impact-blocks.ts";
import { readImpactEvaluationsView } from "#features/impact/read-impact-evaluations.ts";
import { readImpactBlockVisibility, setImpactBlockVisibility } from "#features/impact/impact-block-visibility.ts";
import { localizedField } from "#i18n/localized.ts";
import { monthAndYear, money } from "#i18n/format.ts";
import { oregonCounties } from "#core/oregon-counties.ts";
import { filterFromParams } from "#features/impact/dashboard-filter.ts";
import { readImpactDashboard } from "#features/impact/read-impact-dashboard.ts";
import { listDashboardChoices } from "#features/impact/list-dashboard-choices.ts";
import { IMPACT_REFRESH_MINUTES, MAX_NARRATIVE_LENGTH } from "#core/impact-figures.ts";
import { ErrorSummary, Notice, useFormState } from "../../components/forms.tsx";
import { useFormat, useLocale, useT } from "../../components/i18n.tsx";
import { BarChart, ChartFigure, MonthLine, RowsTable, useCountText } from "../../components/impact-charts.tsx";
import impactStyles from "../../styles/impact.css?url";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { evaluationBlocks } from "./lib/impact-evaluation-blocks.tsx";

export const handle: RouteHandle = { access: "admin" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: impactStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "impact.admin.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const url = new URL(request.url);
  const filter = filterFromParams(url.searchParams);
  const [dashboard, choices, evaluations, visibility] = await Promise.all([
    readImpactDashboard(services.db, { filter, now: services.now() }),
    listDashboardChoices(services.db),
    // Admins read written answers too (decision 0026), still only for groups of five or more.
    readImpactEvaluationsView(services.db, { filter, openText: "all", now: services.now() }),
    readImpactBlockVisibility(services.db),
  ]);
  const params = url.searchParams;
  return {
    ...dashboard,
    choices,
    filter,
    evaluations: evaluations.figures,
    visibility,
    query: url.search,
    blocksSaved: params.get("blocks") === "saved",
    report: {
      from: params.get("reportFrom") ?? filter.from ?? "",
      to: params.get("reportTo") ?? filter.to ?? "",
      invalid: params.get("report") === "invalid",
    },
  };
}

/** The one form this page posts itself: who sees each block of the public impact page. */
export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const input = Object.fromEntries(impactBlocks.map((block) => [block, fields[`block-${block}`] ?? ""]));
  const result = await attempt(
    () =>
      setImpactBlockVisibility(ctx.services.db, { viewer: ctx.viewer, input, now: ctx.services.now() }, actorOf(ctx)),
    translator(ctx.locale),
    { form: "blocks" },
  );
  if (!result.ok) return result.response;
  throw redirect("/admin/impact?blocks=saved#blocks-title");
}

function Select(props: { name: string; label: string; value?: string; options: { id: string; label: string }[] }) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={`filter-${props.name}`}>{props.label}</label>
      <select id={`filter-${props.name}`} name={props.name} defaultValue={props.value ?? ""}>
        <option value="">{t("impact.admin.any")}</option>
        {props.options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export default function ImpactDashboardPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state } = useFormState(actionData);
  const locale = useLocale();
  const format = useFormat();
  const countText = useCountText();
  const { figures, filter, choices } = loaderData;
  const csv = (which: string) => {
    const params = new URLSearchParams(loaderData.query);
    params.set("figures", which);
    return `/admin/impact.csv?${params.toString()}`;
  };
  const stage = (name: (typeof figures.funnel)[number]["stage"]) =>
    figures.funnel.find((row) => row.stage === name)?.count ?? null;
  const funnelRows = figures.funnel.map((row) => ({
    key: row.stage,
    label: t(`impact.admin.stage.${row.stage}`),
    value: row.count,
  }));
  const monthLabel = (month: string) => monthAndYear(locale, new Date(`${month}-15T12:00:00Z`));
  const months = figures.completionsByMonth.map((row) => ({
    month: row.month,
    label: monthLabel(row.month),
    value: row.completed,
  }));
  const best = months.reduce<(typeof months)[number] | null>(
    (top, row) => (row.value !== null && (top === null || row.value > (top.value ?? 0)) ? row : top),
    null,
  );
  const percent = (value: number | null) =>
    value === null ? t("impact.notAvailable") : t("impact.percent", { value: format.number(value) });
  const figureRows: { key: string; label: string; value: string }[] = [
    { key: "completionRate", label: t("impact.admin.completionRate"), value: percent(figures.completionRate) },
    { key: "fillRate", label: t("impact.admin.fillRate"), value: percent(figures.fillRate) },
    { key: "capacity", label: t("impact.admin.capacity"), value: format.number(figures.capacity) },
    { key: "waitlisted", label: t("impact.admin.waitlisted"), value: countText(figures.waitlisted) },
    {
      key: "seatedFromWaitlist",
      label: t("impact.admin.seatedFromWaitlist"),
      value: countText(figures.seatedFromWaitlist),
    },
    {
      key: "medianHoursToSeat",
      label: t("impact.admin.medianHoursToSeat"),
      value:
        figures.medianHoursToSeat === null
          ? t("impact.notAvailable")
          : t("impact.admin.hours", { hours: format.number(figures.medianHoursToSeat) }),
    },
    { key: "noShows", label: t("impact.admin.noShows"), value: countText(figures.noShows) },
    { key: "noShowRate", label: t("impact.admin.noShowRate"), value: percent(figures.noShowRate) },
    { key: "scholarships", label: t("impact.admin.scholarships"), value: countText(figures.scholarshipsAwarded) },
    {
      key: "scholarshipTotal",
      label: t("impact.admin.scholarshipTotal"),
      value:
        figures.scholarshipCents === null ? t("impact.notAvailable") : money(locale, "USD", figures.scholarshipCents),
    },
    { key: "ceHours", label: t("impact.admin.ceHours"), value: format.number(Math.round(figures.ceMinutes / 60)) },
  ];
  return (
    <AdminPage title={t("impact.admin.title")}>
      <p className="lede">{t("impact.admin.lede")}</p>
      <Form method="get" className="card" aria-labelledby="filters-title">
        <h2 id="filters-title">{t("impact.admin.filters")}</h2>
        <div className="impact-filters">
          <Select
            name="courseId"
            label={t("impact.admin.course")}
            value={filter.courseId}
            options={choices.courses.map((course) => ({
              id: course.id,
              label: localizedField(course, "title", locale),
            }))}
          />
          <Select
            name="organizationId"
            label={t("impact.admin.partner")}
            value={filter.organizationId}
            options={choices.organizations.map((org) => ({ id: org.id, label: org.name }))}
          />
          <Select
            name="countyFips"
            label={t("impact.admin.county")}
            value={filter.countyFips}
            options={oregonCounties.map((county) => ({ id: county.fips, label: county.name }))}
          />
          <Select
            name="trainerId"
            label={t("impact.admin.trainer")}
            value={filter.trainerId}
            options={choices.trainers.map((trainer) => ({ id: trainer.id, label: trainer.name }))}
          />
          <div className="field">
            <label htmlFor="filter-from">{t("impact.admin.from")}</label>
            <input id="filter-from" type="date" name="from" defaultValue={filter.from} />
          </div>
          <div className="field">
            <label htmlFor="filter-to">{t("impact.admin.to")}</label>
            <input id="filter-to" type="date" name="to" defaultValue={filter.to} />
          </div>
        </div>
        <p className="impact-apply">
          <button type="submit" className="button">
            {t("impact.admin.apply")}
          </button>
          <Link to="/admin/impact">{t("impact.admin.clear")}</Link>
        </p>
      </Form>

      <ChartFigure
        id="funnel"
        title={t("impact.admin.funnel.title")}
        summary={t("impact.admin.funnel.summary", {
          registered: countText(stage("registered")),
          confirmed: countText(stage("confirmed")),
          attended: countText(stage("attended")),
          completed: countText(stage("completed")),
        })}
        csvHref={csv("funnel")}
        table={
          <RowsTable
            caption={t("impact.admin.funnel.title")}
            labelHeading={t("impact.admin.stage")}
            valueHeading={t("impact.admin.people")}
            rows={funnelRows}
          />
        }
      >
        <BarChart id="funnel" rows={funnelRows} />
        <p className="muted">{t("impact.admin.funnel.viewsNote")}</p>
      </ChartFigure>

      <ChartFigure
        id="months"
        title={t("impact.admin.months.title")}
        summary={t("impact.admin.months.summary", {
          months: months.length,
          best: best ? best.label : "",
          most: best ? countText(best.value) : "",
        })}
        csvHref={csv("months")}
        table={
          <RowsTable
            caption={t("impact.admin.months.title")}
            labelHeading={t("impact.admin.month")}
            valueHeading={t("impact.admin.completed")}
            rows={months.map((row) => ({ key: row.month, label: row.label, value: row.value }))}
          />
        }
      >
        {months.length > 0 ? <MonthLine id="months" points={months} /> : null}
      </ChartFigure>

      <section className="card impact-chart" aria-labelledby="figures-title">
        <h2 id="figures-title">{t("impact.admin.figures.title")}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("impact.admin.figure")}</th>
                <th scope="col">{t("impact.admin.value")}</th>
              </tr>
            </thead>
            <tbody>
              {figureRows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>{row.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          <a href={csv("figures")} download>
            {t("impact.csv")}
          </a>
        </p>
        <p>
          <Link to="/admin/impact/exports">{t("impact.exports.open")}</Link>
        </p>
      </section>

      {evaluationBlocks.map((Block, index) => (
        <Block key={index} filter={filter} evaluations={loaderData.evaluations} />
      ))}

      <section className="card" aria-labelledby="report-title">
        <h2 id="report-title">{t("impact.report.title")}</h2>
        <p>{t("impact.report.lede")}</p>
        {loaderData.report.invalid ? <ErrorSummary formError={t("impact.report.errors.invalid")} /> : null}
        <Form method="post" action="/admin/impact/report" reloadDocument>
          <div className="impact-filters">
            <div className="field">
              <label htmlFor="report-from">{t("impact.report.from")}</label>
              <input id="report-from" type="date" name="from" required defaultValue={loaderData.report.from} />
            </div>
            <div className="field">
              <label htmlFor="report-to">{t("impact.report.to")}</label>
              <input id="report-to" type="date" name="to" required defaultValue={loaderData.report.to} />
            </div>
          </div>
          <div className="field">
            <label htmlFor="report-narrative">{t("impact.report.narrative")}</label>
            <p className="field-hint" id="report-narrative-hint">
              {t("impact.report.narrativeHint")}
            </p>
            <textarea
              id="report-narrative"
              name="narrative"
              rows={5}
              maxLength={MAX_NARRATIVE_LENGTH}
              aria-describedby="report-narrative-hint"
            />
          </div>
          <p className="card-actions">
            <button type="submit" name="format" value="pdf" className="button">
              {t("impact.report.pdf")}
            </button>
            <button type="submit" name="format" value="csv">
              {t("impact.report.csv")}
            </button>
          </p>
        </Form>
      </section>

      <section className="card" aria-labelledby="blocks-title">
        <h2 id="blocks-title">{t("impact.blocks.title")}</h2>
        <p>
          {t("impact.blocks.lede")} <Link to="/impact">{t("impact.blocks.see")}</Link> ·{" "}
          <Link to="/admin/testimonials">{t("impact.testimonials.admin.title")}</Link>
        </p>
        {loaderData.blocksSaved && !state ? <Notice>{t("impact.blocks.saved")}</Notice> : null}
        {state?.form === "blocks" ? <ErrorSummary formError={state.formError} errors={state.errors} /> : null}
        <Form method="post">
          {impactBlocks.map((block) => (
            <fieldset key={block} className="field">
              <legend>{t(`impact.blocks.name.${block}` as MessageKey)}</legend>
              <div className="impact-choices">
                {blockVisibilities.map((choice) => (
                  <label key={choice}>
                    <input
                      type="radio"
                      name={`block-${block}`}
                      value={choice}
                      defaultChecked={loaderData.visibility[block] === choice}
                    />{" "}
                    {t(`impact.blocks.visibility.${choice}` as MessageKey)}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <button type="submit" className="button">
            {t("impact.blocks.save")}
          </button>
        </Form>
      </section>

      <p className="muted">{t("impact.withheldNote")}</p>
      <p className="muted">
        {t("impact.asOf", {
          time: format.dateTime(loaderData.stamp.refreshedAt),
          minutes: IMPACT_REFRESH_MINUTES,
          next: format.dateTime(loaderData.stamp.nextRefreshAt),
        })}{" "}
        {t("impact.admin.apiNote", { path: "/api/v1/impact/dashboard" })}
      </p>
    </AdminPage>
  );
}
