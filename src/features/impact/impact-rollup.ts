// The impact rollup: rebuilt from the live tables when older than its interval, so no figure shown is older than the
// next refresh the page states. Reading through `freshRollup` is the only way the figures are read.
import { sql } from "drizzle-orm";
import { queryRows, type Database } from "#db/client.ts";
import { IMPACT_REFRESH_MINUTES } from "#core/impact-figures.ts";

export { IMPACT_REFRESH_MINUTES };

export type RollupStamp = { refreshedAt: Date; nextRefreshAt: Date };

const stamp = (refreshedAt: Date): RollupStamp => ({
  refreshedAt,
  nextRefreshAt: new Date(refreshedAt.getTime() + IMPACT_REFRESH_MINUTES * 60_000),
});

async function lastRefresh(db: Database): Promise<Date | null> {
  const [row] = await queryRows<{ refreshed_at: Date | string }>(
    db,
    sql`SELECT refreshed_at FROM impact_rollup_state WHERE id = 1`,
  );
  return row ? new Date(row.refreshed_at) : null;
}

/**
 * Makes sure the rollup is no older than its interval at `now`, rebuilding it if needed (one rebuild at a time: others
 * wait for it and then read what it made), and says when it was made and when it will be made again.
 */
export async function freshRollup(db: Database, now: Date): Promise<RollupStamp> {
  const seen = await lastRefresh(db);
  if (seen && stamp(seen).nextRefreshAt > now) return stamp(seen);
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('ips-hub:impact-rollup'))`);
    const [row] = await queryRows<{ refreshed_at: Date | string }>(
      tx,
      sql`SELECT refreshed_at FROM impact_rollup_state WHERE id = 1`,
    );
    if (row && stamp(new Date(row.refreshed_at)).nextRefreshAt > now) return stamp(new Date(row.refreshed_at));
    await tx.execute(sql`DELETE FROM impact_fact`);
    await tx.execute(sql`DELETE FROM impact_figure_copy`);
    // What each column means is defined once in core/impact-figures.ts; this is where those definitions meet the tables.
    await tx.execute(sql`
      INSERT INTO impact_fact (registration_id, user_id, session_id, course_id, form, organization_id, county_fips,
        starts_at, month, status, seated, attended, completed, ce_minutes, minutes_to_seat, scholarship_cents)
      SELECT r.id, r.user_id, r.session_id, ts.course_id, co.form, r.organization_id, pc.county_fips,
        ts.starts_at, to_char(ts.starts_at AT TIME ZONE ts.time_zone, 'YYYY-MM'), r.status,
        (r.status IN ('confirmed', 'no_show') OR c.registration_id IS NOT NULL),
        (att.registration_id IS NOT NULL),
        coalesce(c.completed, false),
        CASE WHEN c.completed THEN c.ce_minutes ELSE 0 END,
        (extract(epoch FROM w.seated_at - r.requested_at) / 60)::int,
        sr.award_cents
      FROM registration r
      JOIN training_session ts ON ts.id = r.session_id
      JOIN course co ON co.id = ts.course_id
      LEFT JOIN completion c ON c.registration_id = r.id
      LEFT JOIN person_county pc ON pc.user_id = r.user_id
      LEFT JOIN (SELECT DISTINCT registration_id FROM attendance WHERE minutes_present > 0) att ON att.registration_id = r.id
      LEFT JOIN (
        SELECT registration_id, min(created_at) AS seated_at FROM registration_event
        WHERE from_status = 'offered' AND to_status = 'confirmed' GROUP BY registration_id
      ) w ON w.registration_id = r.id
      LEFT JOIN scholarship_request sr ON sr.registration_id = r.id AND sr.status IN ('awarded_full', 'awarded_partial')
      WHERE r.status <> 'transferred' AND ts.status <> 'draft'
    `);
    await tx.execute(sql`
      INSERT INTO impact_rollup_state (id, refreshed_at) VALUES (1, ${now.toISOString()}::timestamptz)
      ON CONFLICT (id) DO UPDATE SET refreshed_at = excluded.refreshed_at
    `);
    return stamp(now);
  });
}

/**
 * The figures of one view as of the rollup's last refresh: computed once per refresh and kept with the rollup (a view's
 * figures depend only on the rollup, so a kept copy is exactly as fresh as the rollup it was computed from).
 */
export async function figuresOfView<T>(
  db: Database,
  request: { viewKey: string; now: Date },
  compute: () => Promise<T>,
): Promise<{ figures: T; stamp: RollupStamp }> {
  const stamp = await freshRollup(db, request.now);
  // Keyed by the refresh it came from: a copy made from an older rollup is never read, and the next rebuild removes it.
  const key = `${stamp.refreshedAt.toISOString()} ${request.viewKey}`;
  const [kept] = await queryRows<{ figures: T }>(
    db,
    sql`SELECT figures FROM impact_figure_copy WHERE view_key = ${key}`,
  );
  if (kept) return { figures: kept.figures, stamp };
  const figures = await compute();
  await db.execute(sql`
    INSERT INTO impact_figure_copy (view_key, figures) VALUES (${key}, ${JSON.stringify(figures)}::jsonb)
    ON CONFLICT (view_key) DO NOTHING
  `);
  return { figures, stamp };
}
