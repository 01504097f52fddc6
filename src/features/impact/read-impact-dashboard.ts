// The admin impact dashboard's figures for one filter, read from the rollup in one round trip, small numbers withheld.
import { sql, type SQL } from "drizzle-orm";
import { queryRows, type Database } from "#db/client.ts";
import { dashboardFigures, type DashboardCounts, type DashboardFigures } from "#core/impact-figures.ts";
import type { DashboardFilter } from "./dashboard-filter.ts";
import { figuresOfView, type RollupStamp } from "./impact-rollup.ts";

function sessionConditions(filter: DashboardFilter, alias: SQL): SQL {
  const conditions: SQL[] = [sql`${alias}.status <> 'draft'`];
  if (filter.courseId) conditions.push(sql`${alias}.course_id = ${filter.courseId}`);
  if (filter.from) conditions.push(sql`${alias}.starts_at >= ${filter.from}::date`);
  if (filter.to) conditions.push(sql`${alias}.starts_at < ${filter.to}::date + 1`);
  if (filter.trainerId)
    conditions.push(
      sql`EXISTS (SELECT 1 FROM session_trainer st WHERE st.session_id = ${alias}.id AND st.user_id = ${filter.trainerId})`,
    );
  return sql.join(conditions, sql` AND `);
}

function factConditions(filter: DashboardFilter): SQL {
  const conditions: SQL[] = [sql`true`];
  if (filter.courseId) conditions.push(sql`f.course_id = ${filter.courseId}`);
  if (filter.from) conditions.push(sql`f.starts_at >= ${filter.from}::date`);
  if (filter.to) conditions.push(sql`f.starts_at < ${filter.to}::date + 1`);
  if (filter.organizationId) conditions.push(sql`f.organization_id = ${filter.organizationId}`);
  if (filter.countyFips) conditions.push(sql`f.county_fips = ${filter.countyFips}`);
  if (filter.trainerId)
    conditions.push(
      sql`f.session_id IN (SELECT st.session_id FROM session_trainer st WHERE st.user_id = ${filter.trainerId})`,
    );
  return sql.join(conditions, sql` AND `);
}

type Count = string | number | null;
type Row = Record<
  | "viewed"
  | "registered"
  | "confirmed"
  | "attended"
  | "completed"
  | "no_shows"
  | "waitlisted"
  | "capacity"
  | "median_minutes_to_seat"
  | "seated_from_waitlist"
  | "scholarships_awarded"
  | "scholarship_cents"
  | "ce_minutes",
  Count
> & { by_month: { month: string; completed: number }[] | null };

/** The raw counts behind the dashboard (what each means: core/impact-figures.ts), as of the rollup's last refresh. */
export async function readDashboardCounts(db: Database, filter: DashboardFilter): Promise<DashboardCounts> {
  // Views are anonymous page opens per session and day: partner and county filters cannot apply to them.
  const viewsApply = !filter.organizationId && !filter.countyFips;
  const [row] = await queryRows<Row>(
    db,
    sql`
    WITH f AS MATERIALIZED (
      SELECT seated, attended, completed, status, ce_minutes, minutes_to_seat, scholarship_cents, month
      FROM impact_fact f WHERE ${factConditions(filter)}
    )
    SELECT
      ${
        viewsApply
          ? sql`(SELECT coalesce(sum(v.views), 0) FROM session_view_daily v JOIN training_session ts ON ts.id = v.session_id WHERE ${sessionConditions(filter, sql`ts`)})`
          : sql`0`
      } AS viewed,
      (SELECT coalesce(sum(ts.capacity), 0) FROM training_session ts WHERE ts.status <> 'cancelled' AND ${sessionConditions(filter, sql`ts`)}) AS capacity,
      count(*) AS registered,
      count(*) FILTER (WHERE seated) AS confirmed,
      count(*) FILTER (WHERE seated AND attended) AS attended,
      count(*) FILTER (WHERE completed) AS completed,
      count(*) FILTER (WHERE status = 'no_show') AS no_shows,
      count(*) FILTER (WHERE status IN ('waitlisted', 'offered')) AS waitlisted,
      coalesce(sum(ce_minutes), 0) AS ce_minutes,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY minutes_to_seat) FILTER (WHERE minutes_to_seat IS NOT NULL) AS median_minutes_to_seat,
      count(minutes_to_seat) AS seated_from_waitlist,
      count(scholarship_cents) AS scholarships_awarded,
      coalesce(sum(scholarship_cents), 0) AS scholarship_cents,
      (SELECT json_agg(json_build_object('month', month, 'completed', n) ORDER BY month) FROM (
        SELECT month, count(*) AS n FROM f WHERE completed GROUP BY month
      ) m) AS by_month
    FROM f
  `,
  );
  if (!row) throw new Error("an aggregate query always answers one row");
  const n = (value: Count) => (value === null ? 0 : Number(value));
  return {
    viewed: n(row.viewed),
    registered: n(row.registered),
    confirmed: n(row.confirmed),
    attended: n(row.attended),
    completed: n(row.completed),
    noShows: n(row.no_shows),
    waitlisted: n(row.waitlisted),
    seated: n(row.confirmed),
    capacity: n(row.capacity),
    medianMinutesToSeat: row.median_minutes_to_seat === null ? null : Number(row.median_minutes_to_seat),
    seatedFromWaitlist: n(row.seated_from_waitlist),
    scholarshipsAwarded: n(row.scholarships_awarded),
    scholarshipCents: n(row.scholarship_cents),
    ceMinutes: n(row.ce_minutes),
    completionsByMonth: (row.by_month ?? []).map((entry) => ({
      month: entry.month,
      completed: Number(entry.completed),
    })),
  };
}

export type ImpactDashboard = { figures: DashboardFigures; stamp: RollupStamp };

/** The dashboard for one filter at `now`: the rollup is refreshed first if it is older than its interval. */
export async function readImpactDashboard(
  db: Database,
  request: { filter: DashboardFilter; now: Date },
): Promise<ImpactDashboard> {
  const filter = request.filter;
  const viewKey = `dashboard ${JSON.stringify(
    Object.keys(filter)
      .sort()
      .map((key) => [key, filter[key as keyof DashboardFilter]]),
  )}`;
  return figuresOfView(db, { viewKey, now: request.now }, async () =>
    dashboardFigures(await readDashboardCounts(db, filter)),
  );
}
