// The public impact page's figures: people trained by year and form, partners, active trainers, CE hours, counties
// reached — every count of people under 5 withheld. Testimonials are read live (src/features/impact/testimonials.ts).
import { sql } from "drizzle-orm";
import { queryRows, type Database } from "#db/client.ts";
import { figuresOfView } from "./impact-rollup.ts";
import { shownCount } from "#core/small-numbers.ts";
import { oregonCounties } from "#core/oregon-counties.ts";

type Row = {
  trained: { year: number; form: string; people: number }[] | null;
  partners: string | number;
  trainers: string | number;
  ce_minutes: string | number;
  counties: { fips: string; people: number }[] | null;
};

/** The figures as of the rollup made at `now` or before (trainers are "active" when they trained in the year before). */
async function computePublicImpact(db: Database, now: Date) {
  const yearAgo = new Date(now.getTime() - 365 * 24 * 3600 * 1000);
  const [row] = await queryRows<Row>(
    db,
    sql`
    WITH done AS MATERIALIZED (
      SELECT user_id, substr(month, 1, 4)::int AS year, form, county_fips, ce_minutes FROM impact_fact WHERE completed
    )
    SELECT
      (SELECT json_agg(json_build_object('year', year, 'form', form, 'people', people) ORDER BY year, form) FROM (
        SELECT year, form, count(DISTINCT user_id COLLATE "C") AS people FROM done GROUP BY 1, 2
      ) t) AS trained,
      (SELECT count(*) FROM organization) AS partners,
      (SELECT count(DISTINCT st.user_id) FROM session_trainer st JOIN training_session ts ON ts.id = st.session_id
        WHERE ts.status IN ('published', 'completed') AND ts.starts_at >= ${yearAgo.toISOString()}::timestamptz AND ts.starts_at <= ${now.toISOString()}::timestamptz) AS trainers,
      (SELECT coalesce(sum(ce_minutes), 0) FROM done) AS ce_minutes,
      (SELECT json_agg(json_build_object('fips', county_fips, 'people', people)) FROM (
        SELECT county_fips, count(DISTINCT user_id COLLATE "C") AS people FROM done WHERE county_fips IS NOT NULL GROUP BY county_fips
      ) k) AS counties
  `,
  );
  if (!row) throw new Error("an aggregate query always answers one row");
  const peopleIn = new Map((row.counties ?? []).map((county) => [county.fips, Number(county.people)]));
  const trained = (row.trained ?? []).map((entry) => ({
    year: Number(entry.year),
    form: entry.form,
    people: shownCount(Number(entry.people)),
  }));
  return {
    trained,
    partners: Number(row.partners),
    trainers: shownCount(Number(row.trainers)),
    ceMinutes: Number(row.ce_minutes),
    counties: oregonCounties.map((county) => {
      const people = peopleIn.get(county.fips) ?? 0;
      return { fips: county.fips, name: county.name, reached: people > 0, people: shownCount(people) };
    }),
  };
}
export type PublicImpactFigures = Awaited<ReturnType<typeof computePublicImpact>>;

/** The public impact page's figures, computed once per rollup refresh. */
export async function readPublicImpact(db: Database, now: Date) {
  return figuresOfView(db, { viewKey: "public", now }, () => computePublicImpact(db, now));
}
export type PublicImpact = Awaited<ReturnType<typeof readPublicImpact>>;
