// The public impact page: people trained by year and form, partners, active trainers, CE hours and Oregon's counties
// reached, evaluation ratings, pre/post change and testimonials — every figure counted from the hub's data, every count
// of people under 5 withheld. No sign-in. Each block shows only as the hub chose (public, staff only, hidden).
import type { Route } from "./+types/impact";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import type { MessageKey } from "#i18n/translate.ts";
import { readShownImpact } from "#features/impact/read-public-impact.ts";
import { IMPACT_REFRESH_MINUTES } from "#core/impact-figures.ts";
import type { ImpactBlock } from "#core/impact-blocks.ts";
import { useFormat, useT } from "../../components/i18n.tsx";
import { ChartFigure, CountyMap, RowsTable, useCountText, BarChart } from "../../components/impact-charts.tsx";
import { EvaluationResultsBlock, LearningChangeBlock } from "../../components/impact-evaluations.tsx";
import { oregonCountyShapes } from "../../components/oregon-map.server.ts";
import impactStyles from "../../styles/impact.css?url";
import { pageTitle } from "./lib/page-meta.ts";

/** Visitors share a copy at most this old; the "next count" the page states allows for it. */
const SHARED_SECONDS = 60;

// A kept copy is dropped as soon as a block's visibility or a testimonial changes (a withdrawal shows at once).
export const handle: RouteHandle = {
  access: "public",
  sharedCacheSeconds: SHARED_SECONDS,
  sharedCacheStamp: "impactShown",
};

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: impactStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "impact.public.title");

export async function loader({ context }: Route.LoaderArgs) {
  const { services, viewer, locale } = appContext(context);
  const { figures, stamp, testimonials, blocks } = await readShownImpact(services.db, {
    viewer,
    locale,
    now: services.now(),
  });
  return {
    figures,
    blocks,
    testimonials,
    refreshedAt: stamp.refreshedAt,
    // A shared copy of this page can be up to SHARED_SECONDS older than the figures it shows are fresh.
    nextCountBy: new Date(stamp.nextRefreshAt.getTime() + SHARED_SECONDS * 1000),
    shapes: figures.counties ? oregonCountyShapes() : null,
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
  const { figures, testimonials } = loaderData;
  const shows = (block: ImpactBlock) => loaderData.blocks.includes(block);
  const trained = figures.trained;
  const years = [...new Set((trained ?? []).map((row) => row.year))];
  const shownPeople = (trained ?? []).reduce((sum, row) => sum + (row.people ?? 0), 0);
  const trainedRows = (trained ?? []).map((row) => ({
    key: `${row.year}-${row.form}`,
    label: `${row.year} · ${t(formKeys[row.form] ?? "impact.form.other")}`,
    value: row.people,
  }));
  const numbers = [
    figures.partners === null
      ? null
      : { key: "partners", value: format.number(figures.partners), label: t("impact.public.partners") },
    shows("trainers")
      ? { key: "trainers", value: countText(figures.trainers), label: t("impact.public.trainers") }
      : null,
    figures.ceMinutes === null
      ? null
      : { key: "ceHours", value: format.number(Math.round(figures.ceMinutes / 60)), label: t("impact.public.ceHours") },
  ].filter((entry) => entry !== null);
  return (
    <div className="page">
      <h1>{t("impact.public.title")}</h1>
      <p className="lede">{t("impact.public.lede")}</p>
      {numbers.length > 0 ? (
        <ul className="impact-numbers" role="list">
          {numbers.map((entry) => (
            <li key={entry.key} className="card">
              <strong>{entry.value}</strong> {entry.label}
            </li>
          ))}
        </ul>
      ) : null}
      {trained === null ? null : trained.length === 0 ? (
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
      {figures.counties && loaderData.shapes ? (
        <ChartFigure
          id="counties"
          title={t("impact.public.counties.title")}
          summary={t("impact.public.counties.summary", {
            count: figures.counties.filter((county) => county.reached).length,
          })}
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
      ) : null}
      {figures.evaluation ? <EvaluationResultsBlock id="evaluations" evaluation={figures.evaluation} /> : null}
      {figures.selfAssessment ? <LearningChangeBlock id="learning" selfAssessment={figures.selfAssessment} /> : null}
      {testimonials && testimonials.length > 0 ? (
        <section className="card impact-chart" aria-labelledby="testimonials-title">
          <h2 id="testimonials-title">{t("impact.public.testimonials.title")}</h2>
          <ul className="impact-testimonials" role="list">
            {testimonials.map((item) => (
              <li key={item.id}>
                <figure>
                  <blockquote>
                    <p>{item.body}</p>
                  </blockquote>
                  <figcaption>{item.shownName ?? t("impact.testimonials.anonymous")}</figcaption>
                </figure>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
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
