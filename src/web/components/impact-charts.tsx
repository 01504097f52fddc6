// Charts rendered as SVG on the server (d3-scale, d3-shape), each with its text summary, a table of the same figures
// and a CSV link, so the figures never live only in a picture. Counts withheld by the small-number rule are null.
import type { ReactNode } from "react";
import { scaleBand, scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { useFormat, useT } from "./i18n.tsx";

export type ChartRow = { key: string; label: string; value: number | null };

/** A chart's frame: heading, summary, picture, then the table and the CSV link. */
export function ChartFigure(props: {
  id: string;
  title: string;
  summary: string;
  csvHref?: string;
  table: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <section className="card impact-chart" aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <p id={`${props.id}-summary`}>{props.summary}</p>
      {props.children}
      <details className="impact-table">
        <summary>{t("impact.showTable")}</summary>
        {props.table}
      </details>
      {props.csvHref ? (
        <p>
          <a href={props.csvHref} download>
            {t("impact.csv")}
          </a>
        </p>
      ) : null}
    </section>
  );
}

/** A count as shown: the number, or "fewer than 5". */
export function useCountText() {
  const t = useT();
  const format = useFormat();
  return (value: number | null) => (value === null ? t("impact.withheld") : format.number(value));
}

/** A two-column table of a chart's rows. */
export function RowsTable(props: { caption: string; labelHeading: string; valueHeading: string; rows: ChartRow[] }) {
  const countText = useCountText();
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.labelHeading}</th>
            <th scope="col">{props.valueHeading}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{countText(row.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const WIDTH = 400;

/** Horizontal bars, one per row, the label above its bar so it fits a phone; a withheld count shows as a hatched stub. */
export function BarChart(props: { id: string; rows: ChartRow[] }) {
  const countText = useCountText();
  const rowHeight = 46;
  const height = props.rows.length * rowHeight;
  const max = Math.max(1, ...props.rows.map((row) => row.value ?? 0));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, WIDTH - 90]);
  const y = scaleBand<string>()
    .domain(props.rows.map((row) => row.key))
    .range([0, height])
    .paddingInner(0);
  return (
    <svg
      className="impact-svg"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-summary`}
    >
      {props.rows.map((row) => {
        const top = y(row.key) ?? 0;
        const width = row.value === null ? 6 : Math.max(2, x(row.value));
        return (
          <g key={row.key}>
            <text x={0} y={top + 16} className="impact-label">
              {row.label}
            </text>
            <rect
              x={0}
              y={top + 22}
              width={width}
              height={16}
              className={row.value === null ? "impact-bar impact-bar-withheld" : "impact-bar"}
            />
            <text x={width + 6} y={top + 35} className="impact-value">
              {countText(row.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A line over months (withheld months break the line rather than pretending to a value). */
export function MonthLine(props: { id: string; points: { month: string; label: string; value: number | null }[] }) {
  const height = 180;
  const margin = { top: 12, right: 12, bottom: 28, left: 40 };
  const max = Math.max(1, ...props.points.map((point) => point.value ?? 0));
  const x = scaleBand<string>()
    .domain(props.points.map((point) => point.month))
    .range([margin.left, WIDTH - margin.right])
    .padding(0.5);
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const path = line<{ month: string; value: number | null }>()
    .defined((point) => point.value !== null)
    .x((point) => (x(point.month) ?? 0) + x.bandwidth() / 2)
    .y((point) => y(point.value ?? 0))(props.points);
  const first = props.points[0];
  const last = props.points.at(-1);
  return (
    <svg
      className="impact-svg"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-summary`}
    >
      <line x1={margin.left} x2={WIDTH - margin.right} y1={y(0)} y2={y(0)} className="impact-axis" />
      {y.ticks(4).map((tick) => (
        <text key={tick} x={margin.left - 6} y={y(tick) + 4} textAnchor="end" className="impact-tick">
          {tick}
        </text>
      ))}
      {path ? <path d={path} className="impact-line" /> : null}
      {props.points.map((point) =>
        point.value === null ? null : (
          <circle
            key={point.month}
            cx={(x(point.month) ?? 0) + x.bandwidth() / 2}
            cy={y(point.value)}
            r={3}
            className="impact-dot"
          />
        ),
      )}
      {first ? (
        <text x={margin.left} y={height - 8} className="impact-tick">
          {first.label}
        </text>
      ) : null}
      {last && last !== first ? (
        <text x={WIDTH - margin.right} y={height - 8} textAnchor="end" className="impact-tick">
          {last.label}
        </text>
      ) : null}
    </svg>
  );
}

/** The county map's drawing size (its paths are projected to fit it, in oregon-map.server.ts). */
export const MAP_WIDTH = 400;
export const MAP_HEIGHT = 300;

export type CountyFigure = { fips: string; name: string; reached: boolean; people: number | null };

/** Oregon's counties, each a path with its name and count as a <title>; shade by people trained (never a withheld count). */
export function CountyMap(props: { id: string; shapes: { fips: string; d: string }[]; counties: CountyFigure[] }) {
  const t = useT();
  const countText = useCountText();
  const byFips = new Map(props.counties.map((county) => [county.fips, county]));
  return (
    <>
      <svg
        className="impact-svg impact-map"
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="group"
        aria-labelledby={`${props.id}-title ${props.id}-summary`}
      >
        {props.shapes.map((shape) => {
          const county = byFips.get(shape.fips);
          const shade = !county?.reached ? "none" : county.people === null ? "few" : "many";
          const people = county?.reached ? countText(county.people) : t("impact.public.counties.notReached");
          return (
            <path
              key={shape.fips}
              d={shape.d}
              className={`impact-county impact-county-${shade}`}
              data-fips={shape.fips}
            >
              <title>{t("impact.public.counties.titleCount", { county: county?.name ?? shape.fips, people })}</title>
            </path>
          );
        })}
      </svg>
      <ul className="impact-legend" role="list">
        <li>
          <span className="impact-swatch impact-county-many" aria-hidden="true" />
          {t("impact.public.counties.legendMany")}
        </li>
        <li>
          <span className="impact-swatch impact-county-few" aria-hidden="true" />
          {t("impact.public.counties.legendFew")}
        </li>
        <li>
          <span className="impact-swatch impact-county-none" aria-hidden="true" />
          {t("impact.public.counties.legendNone")}
        </li>
      </ul>
    </>
  );
}
