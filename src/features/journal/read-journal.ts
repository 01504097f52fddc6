// A person's own journal, opened with their key: entries, intentions, the calm view over months, and what the server
// itself can see about it (that rows exist, their dates and sizes). Every query is by the signed-in person's id.
import { and, asc, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { journalOverTime, monthOf, monthsEnding, UNDO_WINDOW_MINUTES, type OverTime } from "#core/journal.ts";
import type { Services } from "#platform/services.ts";
import { readJournalKey, type JournalServices } from "./journal-keys.ts";
import {
  journalOwner,
  noSuchEntry,
  openEntry,
  openIntention,
  type EntryContent,
  type IntentionContent,
} from "./journal-content.ts";
import { checkInRhythmOf } from "./check-in-rhythm.ts";
import type { CheckInRhythm } from "#core/journal.ts";

export type JournalEntry = EntryContent & { id: string; writtenOn: string; createdAt: Date; updatedAt: Date };
export type JournalIntention = IntentionContent & {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  checkIn: CheckInRhythm;
  nextCheckInAt: Date | null;
};

/** What the server can see without the person's key: the same facts an admin with database access could read. */
export type JournalFootprint = {
  entries: number;
  intentions: number;
  firstWrittenOn: string | null;
  lastWrittenOn: string | null;
  sealedBytes: number;
};

type ReadServices = Pick<JournalServices, "db" | "config">;

export async function listMyEntries(services: ReadServices, viewer: Viewer | null): Promise<JournalEntry[]> {
  const userId = journalOwner(viewer);
  const key = await readJournalKey(services.db, services.config, userId);
  if (!key) return [];
  const rows = await services.db
    .select()
    .from(schema.journalEntry)
    .where(and(eq(schema.journalEntry.userId, userId), isNull(schema.journalEntry.removedAt)))
    .orderBy(desc(schema.journalEntry.writtenOn), desc(schema.journalEntry.createdAt));
  return rows.map((row) => ({
    id: row.id,
    writtenOn: row.writtenOn,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    ...openEntry(key, row.id, row.sealed),
  }));
}

export async function readMyEntry(services: ReadServices, viewer: Viewer | null, id: string): Promise<JournalEntry> {
  const userId = journalOwner(viewer);
  const [row] = await services.db
    .select()
    .from(schema.journalEntry)
    .where(
      and(
        eq(schema.journalEntry.id, id),
        eq(schema.journalEntry.userId, userId),
        isNull(schema.journalEntry.removedAt),
      ),
    );
  const key = row ? await readJournalKey(services.db, services.config, userId) : null;
  if (!row || !key) throw noSuchEntry();
  return {
    id: row.id,
    writtenOn: row.writtenOn,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    ...openEntry(key, row.id, row.sealed),
  };
}

export async function listMyIntentions(services: ReadServices, viewer: Viewer | null): Promise<JournalIntention[]> {
  const userId = journalOwner(viewer);
  const key = await readJournalKey(services.db, services.config, userId);
  if (!key) return [];
  const rows = await services.db
    .select()
    .from(schema.journalIntention)
    .where(eq(schema.journalIntention.userId, userId))
    .orderBy(asc(schema.journalIntention.createdAt));
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    checkIn: checkInRhythmOf(row.checkInDays),
    nextCheckInAt: row.nextCheckInAt,
    ...openIntention(key, row.id, row.sealed),
  }));
}

/** An entry removed a moment ago that can still be brought back (for the "Undo" notice). */
export async function recentlyRemovedEntry(
  services: Pick<Services, "db" | "now">,
  viewer: Viewer | null,
  id: string,
): Promise<boolean> {
  const userId = journalOwner(viewer);
  const [row] = await services.db
    .select({ id: schema.journalEntry.id })
    .from(schema.journalEntry)
    .where(
      and(
        eq(schema.journalEntry.id, id),
        eq(schema.journalEntry.userId, userId),
        gt(schema.journalEntry.removedAt, new Date(services.now().getTime() - UNDO_WINDOW_MINUTES * 60_000)),
      ),
    );
  return Boolean(row);
}

export async function journalFootprint(
  services: Pick<Services, "db">,
  viewer: Viewer | null,
): Promise<JournalFootprint> {
  const userId = journalOwner(viewer);
  const [[entries], [intentions]] = await Promise.all([
    services.db
      .select({
        count: sql<number>`count(*)::int`,
        first: sql<string | null>`min(${schema.journalEntry.writtenOn})::text`,
        last: sql<string | null>`max(${schema.journalEntry.writtenOn})::text`,
        bytes: sql<number>`coalesce(sum(octet_length(${schema.journalEntry.sealed})), 0)::int`,
      })
      .from(schema.journalEntry)
      .where(eq(schema.journalEntry.userId, userId)),
    services.db
      .select({
        count: sql<number>`count(*)::int`,
        bytes: sql<number>`coalesce(sum(octet_length(${schema.journalIntention.sealed})), 0)::int`,
      })
      .from(schema.journalIntention)
      .where(eq(schema.journalIntention.userId, userId)),
  ]);
  return {
    entries: entries?.count ?? 0,
    intentions: intentions?.count ?? 0,
    firstWrittenOn: entries?.first ?? null,
    lastWrittenOn: entries?.last ?? null,
    sealedBytes: (entries?.bytes ?? 0) + (intentions?.bytes ?? 0),
  };
}

/** Entries by the month they are dated, intentions by the month they were set, over the months ending `today`. */
export async function myJournalOverTime(
  services: ReadServices,
  viewer: Viewer | null,
  today: string,
  months = 6,
): Promise<OverTime> {
  const [entries, intentions] = await Promise.all([
    listMyEntries(services, viewer),
    listMyIntentions(services, viewer),
  ]);
  return journalOverTime(
    [
      ...entries.map((entry) => ({ kind: "entry" as const, month: monthOf(entry.writtenOn), ...entry })),
      ...intentions.map((intention) => ({
        kind: "intention" as const,
        month: monthOf(intention.createdAt),
        ...intention,
      })),
    ],
    monthsEnding(today, months),
  );
}
