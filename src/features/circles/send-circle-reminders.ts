// Reminds each member who chose a reminder, that many minutes before a meeting they have not said no to, once.
import { and, eq, gt, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { createHash } from "node:crypto";
import { schema } from "#db/client.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import type { Services } from "#platform/services.ts";
import type { circleRemindersJob } from "./circle-reminders.job.ts";
import { notifyCircleMembers } from "./notify-circle-members.ts";

/** The longest reminder a member can choose (a day) bounds how far ahead the job looks. */
const LOOKAHEAD_MS = 24 * 3_600_000;

/** A stable outbox id per meeting and person, so a retried job does not send twice. */
function mailId(meetingId: string, userId: string): string {
  const hex = createHash("sha256").update(`circle-reminder:${meetingId}:${userId}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export async function sendCircleReminders(services: Pick<Services, "db" | "now" | "config">): Promise<number> {
  const now = services.now();
  const m = schema.circleMeeting;
  const cm = schema.circleMember;
  // Members with a reminder whose meeting starts within their chosen lead time, who did not answer "not going" and
  // have not been reminded yet: one query for all circles.
  const due = await services.db
    .select({
      meetingId: m.id,
      circleId: schema.circle.id,
      name: schema.circle.name,
      timeZone: schema.circle.timeZone,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      userId: cm.userId,
    })
    .from(m)
    .innerJoin(schema.circle, eq(schema.circle.id, m.circleId))
    .innerJoin(cm, and(eq(cm.circleId, m.circleId), eq(cm.status, "active"), isNotNull(cm.reminderMinutes)))
    .leftJoin(schema.circleRsvp, and(eq(schema.circleRsvp.meetingId, m.id), eq(schema.circleRsvp.userId, cm.userId)))
    .leftJoin(
      schema.circleReminderSent,
      and(eq(schema.circleReminderSent.meetingId, m.id), eq(schema.circleReminderSent.userId, cm.userId)),
    )
    .where(
      and(
        eq(m.status, "scheduled"),
        // An archived circle sends nothing (its dates ahead are cancelled when archived; this holds regardless).
        isNull(schema.circle.archivedAt),
        gt(m.startsAt, now),
        lte(m.startsAt, new Date(now.getTime() + LOOKAHEAD_MS)),
        gt(cm.reminderMinutes, 0),
        lte(m.startsAt, sql`${now.toISOString()}::timestamptz + make_interval(mins => ${cm.reminderMinutes})`),
        sql`${schema.circleRsvp.answer} is distinct from 'not_going'`,
        sql`${schema.circleReminderSent.meetingId} is null`,
      ),
    );
  let sent = 0;
  for (const row of due) {
    const done = await services.db.transaction(async (tx) => {
      const marked = await tx
        .insert(schema.circleReminderSent)
        .values({ meetingId: row.meetingId, userId: row.userId, sentAt: now })
        .onConflictDoNothing()
        .returning({ meetingId: schema.circleReminderSent.meetingId });
      if (!marked.length) return false;
      await notifyCircleMembers(tx, {
        circle: { id: row.circleId, name: row.name, timeZone: row.timeZone },
        meeting: row,
        notice: "reminder",
        publicUrl: services.config.publicUrl,
        userIds: [row.userId],
        mailId: (userId) => mailId(row.meetingId, userId),
      });
      return true;
    });
    if (done) sent += 1;
  }
  return sent;
}

/** The worker's handler for `circleRemindersJob`. */
export const circleRemindersHandler: JobHandler<typeof circleRemindersJob> = async (services) => {
  await sendCircleReminders(services);
};
