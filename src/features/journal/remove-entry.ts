// Removing a journal entry, with a short undo: the entry is hidden at once, can be brought back for a few minutes,
// and is then erased by the journal's upkeep job.
import { and, eq, gt, isNotNull, isNull, lte } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { UNDO_WINDOW_MINUTES } from "#core/journal.ts";
import type { Viewer } from "#core/access.ts";
import type { Services } from "#platform/services.ts";
import { journalOwner, noSuchEntry } from "./journal-content.ts";

const windowStart = (now: Date) => new Date(now.getTime() - UNDO_WINDOW_MINUTES * 60_000);

export async function removeEntry(
  services: Pick<Services, "db" | "now">,
  request: { viewer: Viewer | null; id: string },
): Promise<void> {
  const userId = journalOwner(request.viewer);
  const removed = await services.db
    .update(schema.journalEntry)
    .set({ removedAt: services.now() })
    .where(
      and(
        eq(schema.journalEntry.id, request.id),
        eq(schema.journalEntry.userId, userId),
        isNull(schema.journalEntry.removedAt),
      ),
    )
    .returning({ id: schema.journalEntry.id });
  if (removed.length === 0) throw noSuchEntry();
}

/** Brings a removed entry back while the undo window is open. */
export async function restoreEntry(
  services: Pick<Services, "db" | "now">,
  request: { viewer: Viewer | null; id: string },
): Promise<void> {
  const userId = journalOwner(request.viewer);
  const restored = await services.db
    .update(schema.journalEntry)
    .set({ removedAt: null })
    .where(
      and(
        eq(schema.journalEntry.id, request.id),
        eq(schema.journalEntry.userId, userId),
        gt(schema.journalEntry.removedAt, windowStart(services.now())),
      ),
    )
    .returning({ id: schema.journalEntry.id });
  if (restored.length === 0) throw noSuchEntry();
}

/** Erases entries whose undo window has closed; answers how many. */
export async function eraseRemovedEntries(db: Executor, now: Date): Promise<number> {
  const erased = await db
    .delete(schema.journalEntry)
    .where(and(isNotNull(schema.journalEntry.removedAt), lte(schema.journalEntry.removedAt, windowStart(now))))
    .returning({ id: schema.journalEntry.id });
  return erased.length;
}
