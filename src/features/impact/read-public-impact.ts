// The public impact page's figures: people trained by year and form, partners, active trainers, CE hours, counties
// reached, evaluation ratings and pre/post change (never written answers) — every count of people or answers under 5
// withheld. Testimonials are read live (list-testimonials.ts), so a withdrawn one goes at once.
import { sql } from "drizzle-orm";
import { queryRows, type Database } from "#db/client.ts";
import { figuresOfView } from "./impact-rollup.ts";
import { shownCount } from "#core/small-numbers.ts";
import { oregonCounties } from "#core/oregon-counties.ts";
import type { Viewer } from "#core/access.ts";
import type { Locale } from "#core/locale.ts";
import { impactBlocks, shownBlocks, type ImpactBlock } from "#core/impact-blocks.ts";
import { readImpactEvaluations } from "./read-impact-evaluations.ts";
import { readImpactBlockVisibility } from "./impact-block-visibility.ts";
import { shownTestimonials } from "./list-testimonials.ts";

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
  // Hub-wide, and without written answers: the public page shows ratings and change only.
  const { evaluation, selfAssessment } = await readImpactEvaluations(db, {}, "none");
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
    evaluation: evaluation.shown
      ? { ...evaluation, value: { questions: evaluation.value.questions.filter((q) => q.kind !== "text") } }
      : evaluation,
    selfAssessment,
  };
}
export type PublicImpactFigures = Awaited<ReturnType<typeof computePublicImpact>>;

/** The public impact page's figures, computed once per rollup refresh. */
export async function readPublicImpact(db: Database, now: Date) {
  return figuresOfView(db, { viewKey: "public", now }, () => computePublicImpact(db, now));
}
export type PublicImpact = Awaited<ReturnType<typeof readPublicImpact>>;

/**
 * The public impact page as one viewer may see it: only the blocks the hub shows them (core/impact-blocks.ts), so a
 * hidden or staff-only block's figures never leave the server; testimonials approved in the page's language, read live.
 */
export async function readShownImpact(db: Database, request: { viewer: Viewer | null; locale: Locale; now: Date }) {
  const [{ figures, stamp }, visibility] = await Promise.all([
    readPublicImpact(db, request.now),
    readImpactBlockVisibility(db),
  ]);
  const shown = shownBlocks(visibility, request.viewer);
  const only = <T>(block: ImpactBlock, value: T): T | null => (shown.has(block) ? value : null);
  return {
    stamp,
    /** The blocks this viewer sees, in page order; a figure of a block not listed is null and means "not shown". */
    blocks: impactBlocks.filter((block) => shown.has(block)),
    figures: {
      trained: only("trained", figures.trained),
      partners: only("partners", figures.partners),
      trainers: only("trainers", figures.trainers),
      ceMinutes: only("ceHours", figures.ceMinutes),
      counties: only("counties", figures.counties),
      evaluation: only("evaluations", figures.evaluation),
      selfAssessment: only("learning", figures.selfAssessment),
    },
    testimonials: shown.has("testimonials") ? await shownTestimonials(db, request.locale) : null,
  };
}
export type ShownImpact = Awaited<ReturnType<typeof readShownImpact>>;
