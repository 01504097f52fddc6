// The daily retention purge (decision 0040): forgets each category's data once the period an admin set (or its
// default) has passed, one set-based statement per category in one transaction, and audits the counts, never contents.
// Running it again the same day finds nothing more: every statement only touches data that is still there.
import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "#db/client.ts";
import {
  FALLBACK_LOOKBACK_MONTHS,
  retentionBounds,
  retentionPeriods,
  type RetentionCategory,
} from "#core/retention.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { readHubSettings } from "#features/hub/hub-settings.ts";
import { purgeExpiredDataExports } from "./purge-data-exports.ts";
import type { purgeRetainedDataJob } from "./purge-retained-data.job.ts";

const retentionActor: AuditActor = { userId: null, label: "retention" };

/** What one run forgot: rows changed or deleted per category, and expired "download my data" archives. */
export type PurgeCounts = Record<RetentionCategory | "data_exports", number>;

async function counted(db: Executor, statement: ReturnType<typeof sql>): Promise<number> {
  const [row] = await queryRows<{ purged: number | string }>(
    db,
    sql`WITH purged AS (${statement}) SELECT count(*)::int AS purged FROM purged`,
  );
  return Number(row?.purged ?? 0);
}

/** Purges everything due at `now` under the saved periods; answers the counts (also written to the audit trail). */
export async function purgeRetainedData(db: Executor, now: Date): Promise<PurgeCounts> {
  return db.transaction(async (tx) => {
    const periods = retentionPeriods((await readHubSettings(tx)).retention);
    const at = sql`${now.toISOString()}::timestamptz`;
    const months = (category: RetentionCategory) => sql`make_interval(months => ${periods[category]}::int)`;
    const days = (category: RetentionCategory) => sql`make_interval(days => ${periods[category]}::int)`;
    // A question is sensitive when the course says so; its answers go once its period has passed since the session
    // ended, the other answers stay. Its period is its own `retentionMonths` when that is whole months within the
    // bounds, otherwise the category's: the same rule as core/retention.ts questionRetentionMonths.
    const { min, max } = retentionBounds.months;
    const questionMonths = sql`CASE
        WHEN jsonb_typeof(q->'retentionMonths') = 'number'
          AND (q->>'retentionMonths')::numeric BETWEEN ${min}::int AND ${max}::int
          AND (q->>'retentionMonths')::numeric = trunc((q->>'retentionMonths')::numeric)
        THEN (q->>'retentionMonths')::numeric::int
        ELSE ${periods.sensitive_answers}::int END`;
    const dueIds = sql`SELECT q->>'id' FROM jsonb_array_elements(c.questions) q
        WHERE (q->>'sensitive')::boolean AND s.ends_at + make_interval(months => ${questionMonths}) <= ${at}`;

    const counts: PurgeCounts = {
      sensitive_answers: await counted(
        tx,
        sql`UPDATE registration r
            SET answers = (SELECT coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb)
                           FROM jsonb_each(r.answers) e WHERE e.key NOT IN (${dueIds}))
            FROM training_session s JOIN course c ON c.id = s.course_id
            WHERE r.session_id = s.id
              -- No question keeps answers for less than the lower bound: newer sessions are not read at all.
              AND s.ends_at + make_interval(months => ${min}::int) <= ${at}
              AND EXISTS (SELECT 1 FROM jsonb_each(r.answers) e WHERE e.key IN (${dueIds}))
            RETURNING r.id`,
      ),
      accommodations: await counted(
        tx,
        sql`UPDATE registration r SET accommodations = NULL
            FROM training_session s
            WHERE r.session_id = s.id AND r.accommodations IS NOT NULL
              AND s.ends_at + ${months("accommodations")} <= ${at}
            RETURNING r.id`,
      ),
      // The request and its decision stay (the award is a money record); only the person's own words go.
      need_statements: await counted(
        tx,
        sql`UPDATE scholarship_request sr SET need_statement = ''
            FROM registration r JOIN training_session s ON s.id = r.session_id
            WHERE sr.registration_id = r.id AND sr.need_statement <> ''
              AND s.ends_at + ${months("need_statements")} <= ${at}
            RETURNING sr.id`,
      ),
      // The hours stay on the CE ledger; the file, its type and its name go.
      evidence_files: await counted(
        tx,
        sql`UPDATE outside_hours oh SET evidence = NULL, evidence_type = NULL, evidence_name = NULL
            WHERE (oh.evidence IS NOT NULL OR oh.evidence_name IS NOT NULL)
              AND (oh.completed_on + make_interval(months => coalesce(
                    (SELECT max((ct.rules->>'lookbackMonths')::int) FROM certification cert
                     JOIN certification_type ct ON ct.key = cert.type_key WHERE cert.user_id = oh.user_id),
                    ${FALLBACK_LOOKBACK_MONTHS}::int) + ${periods.evidence_files}::int))::timestamp AT TIME ZONE 'UTC'
                  <= ${at}
            RETURNING oh.id`,
      ),
      // Mail still waiting to go is never dropped.
      mail_log: await counted(
        tx,
        sql`DELETE FROM outbox_message WHERE status <> 'queued' AND created_at + ${days("mail_log")} <= ${at}
            RETURNING id`,
      ),
      // A message still being retried stays, whatever its age; its tries go with it (cascade).
      webhook_log: await counted(
        tx,
        sql`DELETE FROM webhook_message WHERE status <> 'pending' AND created_at + ${days("webhook_log")} <= ${at}
            RETURNING id`,
      ),
      job_log: await counted(
        tx,
        sql`DELETE FROM job WHERE status IN ('done', 'failed') AND finished_at IS NOT NULL
              AND finished_at + ${days("job_log")} <= ${at}
            RETURNING id`,
      ),
      data_exports: await purgeExpiredDataExports(tx, now),
    };

    // A run that forgot nothing leaves no row: the trail says what was purged, not that the clock ticked.
    if (Object.values(counts).some((count) => count > 0)) {
      await recordAudit(tx, retentionActor, {
        action: "retention.purged",
        targetType: "hub",
        summary: { counts, periods },
      });
    }
    return counts;
  });
}

/** The worker's handler for `purgeRetainedDataJob`, run once a day. */
export const purgeRetainedDataHandler: JobHandler<typeof purgeRetainedDataJob> = async (services) => {
  const counts = await purgeRetainedData(services.db, services.now());
  services.logger.info({ counts }, "retention purge done");
};
