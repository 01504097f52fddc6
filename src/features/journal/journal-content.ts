// The shapes sealed inside journal rows, and opening a person's rows into them. Only this folder sees them open.
import { z } from "zod";
import { ipsPrinciples, ipsTasks } from "#core/journal.ts";
import { AppError } from "#platform/app-error.ts";
import type { Viewer } from "#core/access.ts";
import type { JournalKey } from "./journal-keys.ts";
import { stepStates } from "./journal-input.ts";

const entryContent = z.object({
  text: z.string(),
  promptId: z.string().nullable(),
  principles: z.array(z.enum(ipsPrinciples)),
  tasks: z.array(z.enum(ipsTasks)),
  tags: z.array(z.string()),
});
export type EntryContent = z.infer<typeof entryContent>;

const intentionContent = z.object({
  towards: z.string(),
  principles: z.array(z.enum(ipsPrinciples)),
  tasks: z.array(z.enum(ipsTasks)),
  steps: z.array(z.object({ id: z.string(), text: z.string(), state: z.enum(stepStates) })),
  state: z.enum(["active", "let_go"]),
});
export type IntentionContent = z.infer<typeof intentionContent>;

export function openEntry(key: JournalKey, id: string, sealed: string): EntryContent {
  return entryContent.parse(key.openJson("entry", id, sealed));
}

export function openIntention(key: JournalKey, id: string, sealed: string): IntentionContent {
  return intentionContent.parse(key.openJson("intention", id, sealed));
}

/** Only the person signed in: a journal belongs to one person and nobody else, whatever their role. */
export function journalOwner(viewer: Viewer | null): string {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  return viewer.userId;
}

export function noSuchEntry(): AppError {
  return new AppError("not_found", { key: "journal.errors.noEntry" });
}

export function noSuchIntention(): AppError {
  return new AppError("not_found", { key: "journal.errors.noIntention" });
}
