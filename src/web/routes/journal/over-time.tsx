// The calm view over time: how often each principle and task came up, month by month — counts, never grades. A text
// summary, a table (the accessible source of truth) and a small server-drawn chart of what was written each month.
import { scaleBand, scaleLinear } from "d3-scale";
import type { Route } from "./+types/over-time";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { utcToZoned } from "#core/local-time.ts";
import type { OverTime } from "#core/journal.ts";
import { myJournalOverTime } from "#features/journal/read-journal.ts";
import { monthAndYear } from "#i18n/format.ts";
import { useFormat, useLocale, useT } from "../../components/i18n.tsx";
import { ipsTagKey } from "../../components/ips-tags.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { JournalPage } from "./lib/journal-nav.tsx";
import journalStyles from "../../styles/journal.css?url";

export const handle: RouteHandle = { access: "signed-in" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: journalStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "journal.overTime.title");

const MONTHS = 6;

export async function loader({ context }: Route.LoaderArgs) {
  const { services, viewer, timeZone } = appContext(context);
  const today = utcToZoned(services.now(), timeZone).date;
  return { view: await myJournalOverTime(services, viewer, today, MONTHS) };
}

function MonthChart({ view, monthName }: { view: OverTime; monthName: (month: string) => string }) {
  const t = useT();
  const width = 640;
  const height = 200;
  const margin = { top: 12, right: 8, bottom: 28, left: 28 };
  const totals = view.entriesPerMonth.map((n, i) => n + view.intentionsPerMonth[i]!);
  const x = scaleBand<string>()
    .domain(view.months)
    .range([margin.left, width - margin.right])
    .padding(0.3);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...totals)])
    .nice()
    .range([height - margin.bottom, margin.top]);
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="journal-chart"
      role="img"
      aria-labelledby="chart-title"
      focusable="false"
    >
      <title id="chart-title">{t("journal.overTime.chart")}</title>
      {y.ticks(4).map((tick) => (
        <g key={tick} aria-hidden="true">
          <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} className="chart-grid" />
          <text x={margin.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" className="chart-label">
            {tick}
          </text>
        </g>
      ))}
      {view.months.map((month, i) => {
        const entriesTop = y(view.entriesPerMonth[i]!);
        const allTop = y(totals[i]!);
        const base = y(0);
        return (
          <g key={month} aria-hidden="true">
            <rect
              x={x(month)}
              width={x.bandwidth()}
              y={entriesTop}
              height={base - entriesTop}
              className="chart-entries"
            />
            <rect
              x={x(month)}
              width={x.bandwidth()}
              y={allTop}
              height={entriesTop - allTop}
              className="chart-intentions"
            />
            <text x={x(month)! + x.bandwidth() / 2} y={height - 8} textAnchor="middle" className="chart-label">
              {monthName(month)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export default function OverTimePage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { view } = loaderData;
  const locale = useLocale();
  const monthName = (month: string) =>
    format.date(`${month}-15T12:00:00Z`, { dateStyle: undefined, month: "short", timeZone: "UTC" });
  const monthLong = (month: string) => monthAndYear(locale, new Date(`${month}-15T12:00:00Z`));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const most = Math.max(0, ...view.rows.map((row) => row.total));
  const top = most > 0 ? view.rows.filter((row) => row.total === most).map((row) => t(ipsTagKey(row.tag))) : [];
  return (
    <JournalPage title={t("journal.overTime.title")}>
      <p className="lede">{t("journal.overTime.lede")}</p>
      <p>
        {t("journal.overTime.summary", {
          months: view.months.length,
          entries: sum(view.entriesPerMonth),
          intentions: sum(view.intentionsPerMonth),
        })}{" "}
        {top.length ? t("journal.overTime.top", { tags: top.join(", ") }) : t("journal.overTime.none")}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="over-time-caption">
        <table className="journal-table">
          <caption id="over-time-caption">{t("journal.overTime.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("journal.overTime.tag")}</th>
              {view.months.map((month) => (
                <th scope="col" key={month}>
                  <abbr title={monthLong(month)}>{monthName(month)}</abbr>
                </th>
              ))}
              <th scope="col">{t("journal.overTime.total")}</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.tag}>
                <th scope="row">{t(ipsTagKey(row.tag))}</th>
                {row.counts.map((count, i) => (
                  <td key={view.months[i]}>{count}</td>
                ))}
                <td>{row.total}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t("journal.overTime.entries")}</th>
              {view.entriesPerMonth.map((count, i) => (
                <td key={view.months[i]}>{count}</td>
              ))}
              <td>{sum(view.entriesPerMonth)}</td>
            </tr>
            <tr>
              <th scope="row">{t("journal.overTime.intentions")}</th>
              {view.intentionsPerMonth.map((count, i) => (
                <td key={view.months[i]}>{count}</td>
              ))}
              <td>{sum(view.intentionsPerMonth)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <MonthChart view={view} monthName={monthName} />
    </JournalPage>
  );
}
