// A person's journal to take away: JSON that keeps every field (tags, prompts, intentions with their steps and
// check-ins) and Markdown to read. Made for the owner only; never written to a log, an audit row or the outbox.
import { asc, inArray } from "drizzle-orm";
import type { JournalServices } from "./journal-keys.ts";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { listMyEntries, listMyIntentions } from "./read-journal.ts";

export const JOURNAL_EXPORT_FORMAT = "ips-hub-journal/1";

export type JournalExport = {
  format: typeof JOURNAL_EXPORT_FORMAT;
  exportedAt: string;
  entries: Array<{
    id: string;
    writtenOn: string;
    text: string;
    prompt: { id: string; en: string; es: string } | null;
    principles: string[];
    tasks: string[];
    tags: string[];
    createdAt: string;
    updatedAt: string;
  }>;
  intentions: Array<{
    id: string;
    towards: string;
    state: "active" | "let_go";
    principles: string[];
    tasks: string[];
    steps: Array<{ text: string; state: "open" | "done" | "let_go" }>;
    checkIn: string;
    createdAt: string;
  }>;
};

export async function exportJournal(services: JournalServices, viewer: Viewer | null): Promise<JournalExport> {
  const [entries, intentions] = await Promise.all([
    listMyEntries(services, viewer),
    listMyIntentions(services, viewer),
  ]);
  const promptIds = [...new Set(entries.flatMap((entry) => (entry.promptId ? [entry.promptId] : [])))];
  const prompts = promptIds.length
    ? await services.db
        .select({
          id: schema.reflectionPrompt.id,
          en: schema.reflectionPrompt.textEn,
          es: schema.reflectionPrompt.textEs,
        })
        .from(schema.reflectionPrompt)
        .where(inArray(schema.reflectionPrompt.id, promptIds))
        .orderBy(asc(schema.reflectionPrompt.id))
    : [];
  const promptById = new Map(prompts.map((prompt) => [prompt.id, prompt]));
  return {
    format: JOURNAL_EXPORT_FORMAT,
    exportedAt: services.now().toISOString(),
    entries: entries
      .slice()
      .reverse()
      .map((entry) => ({
        id: entry.id,
        writtenOn: entry.writtenOn,
        text: entry.text,
        prompt: entry.promptId ? (promptById.get(entry.promptId) ?? null) : null,
        principles: entry.principles,
        tasks: entry.tasks,
        tags: entry.tags,
        createdAt: entry.createdAt.toISOString(),
        updatedAt: entry.updatedAt.toISOString(),
      })),
    intentions: intentions.map((intention) => ({
      id: intention.id,
      towards: intention.towards,
      state: intention.state,
      principles: intention.principles,
      tasks: intention.tasks,
      steps: intention.steps.map(({ text, state }) => ({ text, state })),
      checkIn: intention.checkIn,
      createdAt: intention.createdAt.toISOString(),
    })),
  };
}

/** Names for tags and states in the reader's language, handed in by the caller (this layer does not translate). */
export type ExportWording = {
  title: string;
  entries: string;
  intentions: string;
  prompt: string;
  tags: string;
  steps: string;
  tagName(code: string): string;
  stepState(state: "open" | "done" | "let_go"): string;
  letGo: string;
};

/** The same journal as Markdown; the person's own words are kept as they wrote them. */
export function journalMarkdown(journal: JournalExport, wording: ExportWording, locale: "en" | "es"): string {
  const lines: string[] = [`# ${wording.title}`, ""];
  lines.push(`## ${wording.entries}`, "");
  for (const entry of journal.entries) {
    lines.push(`### ${entry.writtenOn}`, "");
    if (entry.prompt) lines.push(`> ${wording.prompt}: ${entry.prompt[locale] || entry.prompt.en}`, "");
    lines.push(entry.text, "");
    const tags = [...entry.principles, ...entry.tasks].map(wording.tagName).concat(entry.tags.map((tag) => `#${tag}`));
    if (tags.length) lines.push(`${wording.tags}: ${tags.join(", ")}`, "");
  }
  lines.push(`## ${wording.intentions}`, "");
  for (const intention of journal.intentions) {
    lines.push(`### ${intention.towards}${intention.state === "let_go" ? ` (${wording.letGo})` : ""}`, "");
    const tags = [...intention.principles, ...intention.tasks].map(wording.tagName);
    if (tags.length) lines.push(`${wording.tags}: ${tags.join(", ")}`, "");
    for (const step of intention.steps)
      lines.push(`- [${step.state === "done" ? "x" : " "}] ${step.text} (${wording.stepState(step.state)})`);
    lines.push("");
  }
  return lines.join("\n");
}
