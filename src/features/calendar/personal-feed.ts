// A person's secret calendar feed of their own sessions: made or replaced with a new address, read by that address.
import { randomBytes } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { isLocale } from "#core/locale.ts";
import { schema, type Executor } from "#db/client.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { hashToken } from "#features/tokens/personal-access-tokens.ts";
import { addCircleEvents, memberCircleMeetings } from "#features/circles/circle-calendar.ts";
import { buildCalendar, loadCalendarSessions, type CalendarEntry } from "./session-calendar.ts";

const PREFIX = "ipc_";

/** The feed's address; the token is shown once, only its hash is kept. */
export function personalFeedUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/calendar/${token}.ics`;
}

/**
 * Makes a new secret address for the person's feed. An older address stops working at once, so a link that was
 * shared by mistake can be taken back by making a new one.
 */
export async function rotatePersonalFeed(
  db: Executor,
  input: { userId: string; publicUrl: string },
  actor: AuditActor,
): Promise<{ token: string; url: string }> {
  const token = PREFIX + randomBytes(24).toString("base64url");
  const tokenHash = hashToken(token);
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ userId: schema.calendarFeed.userId })
      .from(schema.calendarFeed)
      .where(eq(schema.calendarFeed.userId, input.userId));
    await tx
      .insert(schema.calendarFeed)
      .values({ userId: input.userId, tokenHash })
      .onConflictDoUpdate({ target: schema.calendarFeed.userId, set: { tokenHash, createdAt: new Date() } });
    await recordAudit(tx, actor, {
      action: before ? "calendar_feed.rotate" : "calendar_feed.create",
      targetType: "user",
      targetId: input.userId,
    });
  });
  return { token, url: personalFeedUrl(input.publicUrl, token) };
}

/** Turns the feed off: its address stops working. */
export async function stopPersonalFeed(db: Executor, input: { userId: string }, actor: AuditActor): Promise<void> {
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(schema.calendarFeed)
      .where(eq(schema.calendarFeed.userId, input.userId))
      .returning({ userId: schema.calendarFeed.userId });
    if (removed.length)
      await recordAudit(tx, actor, { action: "calendar_feed.stop", targetType: "user", targetId: input.userId });
  });
}

/** Whether the person has a feed address, and since when (the address itself cannot be shown again). */
export async function personalFeedStatus(db: Executor, userId: string): Promise<{ createdAt: Date } | null> {
  const [row] = await db
    .select({ createdAt: schema.calendarFeed.createdAt })
    .from(schema.calendarFeed)
    .where(eq(schema.calendarFeed.userId, userId));
  return row ?? null;
}

/**
 * The feed behind a secret address, or null for an unknown one: the sessions the person is confirmed for or offered a
 * seat in, and those they train. Join details go with confirmed seats and trainers' sessions only.
 */
export async function readPersonalFeed(
  db: Executor,
  input: { token: string; publicUrl: string; hubName: string; now: Date },
): Promise<string | null> {
  if (!input.token.startsWith(PREFIX) || input.token.length > 100) return null;
  const [owner] = await db
    .select({ userId: schema.user.id, locale: schema.user.locale })
    .from(schema.calendarFeed)
    .innerJoin(schema.user, eq(schema.user.id, schema.calendarFeed.userId))
    .where(eq(schema.calendarFeed.tokenHash, hashToken(input.token)));
  if (!owner) return null;
  const locale = isLocale(owner.locale) ? owner.locale : "en";

  const registrations = await db
    .select({ sessionId: schema.registration.sessionId, status: schema.registration.status })
    .from(schema.registration)
    .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.registration.sessionId))
    .where(
      and(
        eq(schema.registration.userId, owner.userId),
        inArray(schema.registration.status, ["confirmed", "offered"]),
        inArray(schema.trainingSession.status, ["published", "completed", "cancelled"]),
      ),
    );
  const training = await db
    .select({ sessionId: schema.sessionTrainer.sessionId })
    .from(schema.sessionTrainer)
    .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.sessionTrainer.sessionId))
    .where(
      and(
        eq(schema.sessionTrainer.userId, owner.userId),
        inArray(schema.trainingSession.status, ["published", "completed", "cancelled"]),
      ),
    );

  const plan = new Map<string, { withJoin: boolean; tentative: boolean }>();
  for (const row of registrations)
    plan.set(row.sessionId, { withJoin: row.status === "confirmed", tentative: row.status === "offered" });
  for (const row of training) plan.set(row.sessionId, { withJoin: true, tentative: false });

  const sessions = await loadCalendarSessions(db, [...plan.keys()]);
  const entries: CalendarEntry[] = sessions
    .sort((a, b) => a.meetings[0]!.startsAt.getTime() - b.meetings[0]!.startsAt.getTime())
    .map((session) => ({ session, ...plan.get(session.id)! }));
  // Co-reflection meetings of the person's circles, from a month back (circles feature).
  const circleMeetings = await memberCircleMeetings(db, owner.userId, new Date(input.now.getTime() - 31 * 86_400_000));
  return buildCalendar({
    entries,
    locale,
    publicUrl: input.publicUrl,
    now: input.now,
    method: "PUBLISH",
    name: input.hubName,
    addEvents: (calendar) =>
      addCircleEvents(calendar, circleMeetings, { locale, publicUrl: input.publicUrl, now: input.now }),
  });
}
