// The public impact page: people trained by year and form, partners, active trainers, CE hours and Oregon's counties
// reached — every figure counted from the hub's data, every count of people under 5 withheld. No sign-in.
import type { Route } from "./+types/impact";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import type { MessageKey } from "#i18n/translate.ts";
import { readPublicImpact } from "#features/impact/read-public-impact.ts";
import { IMPACT_REFRESH_MINUTES } from "#core/impact-figures.ts";
import { useFormat, useT } from "../../components/i18n.tsx";
import { ChartFigure, CountyMap, RowsTable, useCountText, BarChart } from "../../components/impact-charts.tsx";
import { oregonCountyShapes } from "../../components/oregon-map.server.ts";
import impactStyles from "../../styles/impact.css?url";
import { pageTitle } from "./lib/page-meta.ts";

/** Visitors share a copy at most this old; the "next count" the page states allows for it. */
const SHARED_SECONDS = 60;

export const handle: RouteHandle = { access: "public", sharedCacheSeconds: SHARED_SECONDS };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: impactStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "impact.public.title");

export async function loader({ context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const { figures, stamp } = await readPublicImpact(services.db, services.now());
  return {
    figures,
    refreshedAt: stamp.refreshedAt,
    // A shared copy of this page can be up to SHARED_SECONDS older than the figures it shows are fresh.
    nextCountBy: new Date(stamp.nextRefreshAt.getTime() + SHARED_SECONDS * 1000),
    shapes: oregonCountyShapes(),
  };
}

const formKeys: Record<string, MessageKey> = {
  overview: "impact.form.overview",
  core: "impact.form.core",
  advanced: "impact.form.advanced",
  co_reflection: "impact.form.co_reflection",
  training_of_trainers: "impact.form.training_of_trainers",
  other: "impact.form.other",
};

export default function ImpactPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const countText = useCountText();
  const { figures } = loaderData;
  const years = [...new Set(figures.trained.map((row) => row.year))];
  const shownPeople = figures.trained.reduce((sum, row) => sum + (row.people ?? 0), 0);
  const trainedRows = figures.trained.map((row) => ({
    key: `${row.year}-${row.form}`,
    label: `${row.year} · ${t(formKeys[row.form] ?? "impact.form.other")}`,
    value: row.people,
  }));
  const reached = figures.counties.filter((county) => county.reached);
  return (
    <div className="page">
      <h1>{t("impact.public.title")}</h1>
      <p className="lede">{t("impact.public.lede")}</p>
      <ul className="impact-numbers" role="list">
        <li className="card">
          <strong>{format.number(figures.partners)}</strong> {t("impact.public.partners")}
        </li>
        <li className="card">
          <strong>{countText(figures.trainers)}</strong> {t("impact.public.trainers")}
        </li>
        <li className="card">
          <strong>{format.number(Math.round(figures.ceMinutes / 60))}</strong> {t("impact.public.ceHours")}
        </li>
      </ul>
      {figures.trained.length === 0 ? (
        <p>{t("impact.public.empty")}</p>
      ) : (
        <ChartFigure
          id="trained"
          title={t("impact.public.trained.title")}
          summary={t("impact.public.trained.summary", { people: shownPeople, years: years.length })}
          csvHref="/impact.csv?figures=trained"
          table={
            <RowsTable
              caption={t("impact.public.trained.title")}
              labelHeading={`${t("impact.public.trained.year")} · ${t("impact.public.trained.form")}`}
              valueHeading={t("impact.public.trained.people")}
              rows={trainedRows}
            />
          }
        >
          <BarChart id="trained" rows={trainedRows} />
        </ChartFigure>
      )}
      <ChartFigure
        id="counties"
        title={t("impact.public.counties.title")}
        summary={t("impact.public.counties.summary", { count: reached.length })}
        csvHref="/impact.csv?figures=counties"
        table={
          <RowsTable
            caption={t("impact.public.counties.title")}
            labelHeading={t("impact.public.counties.county")}
            valueHeading={t("impact.public.counties.people")}
            rows={figures.counties.map((county) => ({ key: county.fips, label: county.name, value: county.people }))}
          />
        }
      >
        <CountyMap id="counties" shapes={loaderData.shapes} counties={figures.counties} />
      </ChartFigure>
      <p className="muted">{t("impact.withheldNote")}</p>
      <p className="muted">
        {t("impact.asOf", {
          time: format.dateTime(loaderData.refreshedAt),
          minutes: IMPACT_REFRESH_MINUTES,
          next: format.dateTime(loaderData.nextCountBy),
        })}
      </p>
    </div>
  );
}
