// Writes a journal entry, new or edited: its words, prompt and tags sealed with the person's key; only its date in clear.
import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import { entryInput } from "./journal-input.ts";
import { ensureJournalKey, type JournalServices } from "./journal-keys.ts";
import { journalOwner, noSuchEntry, type EntryContent } from "./journal-content.ts";

export async function writeEntry(
  services: JournalServices,
  request: z.input<typeof entryInput> & { viewer: Viewer | null; id?: string | null },
): Promise<{ id: string }> {
  const userId = journalOwner(request.viewer);
  const input = parseInput(entryInput, request);
  if (input.promptId) {
    const [prompt] = await services.db
      .select({ id: schema.reflectionPrompt.id })
      .from(schema.reflectionPrompt)
      .where(eq(schema.reflectionPrompt.id, input.promptId));
    if (!prompt) throw invalid([{ path: "promptId", message: problem("journal.errors.prompt") }]);
  }
  const content: EntryContent = {
    text: input.text,
    promptId: input.promptId,
    principles: input.principles,
    tasks: input.tasks,
    tags: input.tags,
  };
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const key = await ensureJournalKey(tx, services.config, userId);
    if (!request.id) {
      const id = randomUUID();
      await tx.insert(schema.journalEntry).values({
        id,
        userId,
        writtenOn: input.writtenOn,
        sealed: key.sealJson("entry", id, content),
        createdAt: now,
        updatedAt: now,
      });
      return { id };
    }
    const id = request.id;
    const changed = await tx
      .update(schema.journalEntry)
      .set({ writtenOn: input.writtenOn, sealed: key.sealJson("entry", id, content), updatedAt: now })
      .where(
        and(
          eq(schema.journalEntry.id, id),
          eq(schema.journalEntry.userId, userId),
          isNull(schema.journalEntry.removedAt),
        ),
      )
      .returning({ id: schema.journalEntry.id });
    if (changed.length === 0) throw noSuchEntry();
    return { id };
  });
}
