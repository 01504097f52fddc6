// The public feed of every published session still to come (no join details: those are for confirmed people only).
import { and, asc, eq, gt } from "drizzle-orm";
import type { Locale } from "#core/locale.ts";
import { schema, type Executor } from "#db/client.ts";
import { buildCalendar, loadCalendarSessions } from "./session-calendar.ts";

/** Enough for a year of a busy hub; a calendar program re-reads the feed every few hours. */
const FEED_LIMIT = 500;

export async function readTrainingsFeed(
  db: Executor,
  input: { locale: Locale; publicUrl: string; hubName: string; now: Date },
): Promise<string> {
  const s = schema.trainingSession;
  const rows = await db
    .select({ id: s.id })
    .from(s)
    .where(and(eq(s.status, "published"), gt(s.endsAt, input.now)))
    .orderBy(asc(s.startsAt))
    .limit(FEED_LIMIT);
  const sessions = await loadCalendarSessions(
    db,
    rows.map((row) => row.id),
  );
  return buildCalendar({
    entries: sessions.map((session) => ({ session, withJoin: false })),
    locale: input.locale,
    publicUrl: input.publicUrl,
    now: input.now,
    method: "PUBLISH",
    name: input.hubName,
  });
}
