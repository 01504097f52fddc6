// The scheduled job that reminds confirmed participants two days before a session's first meeting, once per session.
import { and, eq, gt, isNull, lte } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import type { Services } from "#platform/services.ts";
import { notify } from "./notices.ts";
import type { remindSessionsJob } from "./remind-sessions.job.ts";

export const REMINDER_LEAD_HOURS = 48;

/**
 * Finds published sessions whose first meeting starts within the next two days and that have not had their reminder,
 * and for each one, in one transaction, marks it reminded and queues a notice per confirmed person. The mark is a
 * conditional update, so when two workers race, the second finds it taken and sends nothing. Answers the sessions reminded.
 */
export async function remindSessions(services: Pick<Services, "db" | "now">): Promise<string[]> {
  const now = services.now();
  const horizon = new Date(now.getTime() + REMINDER_LEAD_HOURS * 3_600_000);
  const s = schema.trainingSession;
  const due = and(eq(s.status, "published"), isNull(s.reminderSentAt), gt(s.startsAt, now), lte(s.startsAt, horizon));
  const candidates = await services.db.select({ id: s.id }).from(s).where(due);
  const reminded: string[] = [];
  for (const { id } of candidates) {
    const done = await services.db.transaction(async (tx) => {
      const marked = await tx
        .update(s)
        .set({ reminderSentAt: now })
        .where(and(eq(s.id, id), due))
        .returning({ id: s.id });
      if (marked.length === 0) return false;
      const confirmed = await tx
        .select({ id: schema.registration.id })
        .from(schema.registration)
        .where(and(eq(schema.registration.sessionId, id), eq(schema.registration.status, "confirmed")));
      await notify(
        tx,
        confirmed.map((row) => row.id),
        "reminder",
      );
      return true;
    });
    if (done) reminded.push(id);
  }
  return reminded;
}

/** The worker's handler for `remindSessionsJob`. */
export const remindSessionsHandler: JobHandler<typeof remindSessionsJob> = async (services) => {
  await remindSessions(services);
};
