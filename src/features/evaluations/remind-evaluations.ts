// The scheduled evaluation round: "before" self-assessments for confirmed people whose training starts within a week,
// and one calm reminder three days after an invitation nobody answered — never after an answer or an opt-out.
import { and, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import { schema } from "#db/client.ts";
import { PRE_LEAD_DAYS } from "#core/self-assessment.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import { enqueueMany } from "#platform/jobs/queue.ts";
import type { Services } from "#platform/services.ts";
import type { remindEvaluationsJob } from "./remind-evaluations.job.ts";
import { sendEvaluationRequestJob } from "./send-evaluation-request.job.ts";
import { queueEvaluationMail, recipientOf } from "./send-evaluation-request.ts";

const DAY_MS = 86_400_000;
export const REMINDER_AFTER_DAYS = 3;

/** Answers how many "before" invitations were queued and how many reminders went. */
export async function remindEvaluations(
  services: Pick<Services, "db" | "now" | "config">,
): Promise<{ preQueued: number; reminded: number }> {
  const now = services.now();
  const r = schema.registration;
  const s = schema.trainingSession;
  const pre = await services.db
    .select({ registrationId: r.id })
    .from(r)
    .innerJoin(s, eq(s.id, r.sessionId))
    .where(
      and(
        eq(r.status, "confirmed"),
        eq(s.status, "published"),
        gt(s.startsAt, now),
        lte(s.startsAt, new Date(now.getTime() + PRE_LEAD_DAYS * DAY_MS)),
        sql`not exists (select 1 from evaluation_request q where q.registration_id = ${r.id} and q.kind = 'pre')`,
      ),
    );
  await enqueueMany(
    services.db,
    sendEvaluationRequestJob,
    pre.map((row) => ({ registrationId: row.registrationId, kind: "pre" as const })),
  );

  const q = schema.evaluationRequest;
  const due = and(
    isNull(q.remindedAt),
    isNull(q.optedOutAt),
    lte(q.sentAt, new Date(now.getTime() - REMINDER_AFTER_DAYS * DAY_MS)),
    sql`not exists (select 1 from evaluation_receipt e where e.registration_id = ${q.registrationId} and e.kind = ${q.kind})`,
    sql`not exists (select 1 from evaluation_request o where o.registration_id = ${q.registrationId} and o.opted_out_at is not null)`,
    // A "before" question is only worth a reminder while the training has not started.
    sql`(${q.kind} <> 'pre' or exists (select 1 from registration g join training_session t on t.id = g.session_id
          where g.id = ${q.registrationId} and t.starts_at > ${now}))`,
  );
  const candidates = await services.db
    .select({ id: q.id, registrationId: q.registrationId, kind: q.kind })
    .from(q)
    .where(due);
  let reminded = 0;
  for (const candidate of candidates) {
    const sent = await services.db.transaction(async (tx) => {
      // The conditional mark: a second worker finds it taken and sends nothing.
      const marked = await tx
        .update(q)
        .set({ remindedAt: now })
        .where(and(inArray(q.id, [candidate.id]), isNull(q.remindedAt)))
        .returning({ id: q.id });
      if (marked.length === 0) return false;
      const recipient = await recipientOf(tx, candidate.registrationId);
      if (!recipient) return false;
      await queueEvaluationMail(tx, services, {
        requestId: candidate.id,
        kind: candidate.kind,
        reminder: true,
        recipient,
      });
      return true;
    });
    if (sent) reminded += 1;
  }
  return { preQueued: pre.length, reminded };
}

/** The worker's handler for `remindEvaluationsJob`. */
export const remindEvaluationsHandler: JobHandler<typeof remindEvaluationsJob> = async (services) => {
  await remindEvaluations(services);
};
