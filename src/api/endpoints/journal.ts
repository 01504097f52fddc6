// /me/journal: the caller's own journal through their own token. There is no way to name another person's journal:
// an id that is not the caller's answers 404, whatever the caller's role (decision 0025).
import { defineEndpoint } from "../endpoint.ts";
import { API_BASE_PATH } from "../endpoint-table.ts";
import {
  listMyEntries,
  listMyIntentions as readMyIntentions,
  readMyEntry,
  type JournalEntry as Entry,
} from "#features/journal/read-journal.ts";
import { writeEntry } from "#features/journal/write-entry.ts";
import { removeEntry } from "#features/journal/remove-entry.ts";
import { setIntention } from "#features/journal/manage-intentions.ts";
import { exportJournal } from "#features/journal/export-journal.ts";
import {
  IdResult,
  IntentionList,
  IntentionRequest,
  JournalEntry,
  JournalEntryIdParams,
  JournalEntryList,
  JournalEntryRequest,
  JournalExport,
} from "../journal-schemas.ts";

const PRIVATE =
  "Only the token's owner reaches their journal; hub admins cannot read anyone else's through this or any endpoint. ";

function entryBody(entry: Entry) {
  return { ...entry, createdAt: entry.createdAt.toISOString(), updatedAt: entry.updatedAt.toISOString() };
}

export const listMyJournalEntries = defineEndpoint({
  operationId: "listMyJournalEntries",
  tag: "Your journal",
  summary: "List your journal entries",
  description: PRIVATE + "Entries are opened with your journal's key for this answer; at rest they are sealed.",
  response: { status: 200, description: "Your entries, newest first.", schema: JournalEntryList },
  async handle({ services, viewer }) {
    const entries = await listMyEntries(services, viewer);
    return { body: { entries: entries.map(entryBody) } };
  },
});

export const createMyJournalEntry = defineEndpoint({
  operationId: "createMyJournalEntry",
  tag: "Your journal",
  summary: "Write a journal entry",
  description: PRIVATE + "The text, prompt and tags are sealed with your journal's key; the date is kept in clear.",
  request: { body: JournalEntryRequest },
  response: { status: 201, description: "The entry is saved.", schema: IdResult },
  problems: { invalid: "Some fields need attention; `errors` names each (`text`, `writtenOn`, `promptId`, `tags`)." },
  async handle({ services, viewer, body }) {
    const { id } = await writeEntry(services, { viewer, ...body });
    return { body: { id }, headers: { Location: `${API_BASE_PATH}/me/journal/entries/${id}` } };
  },
});

export const showMyJournalEntry = defineEndpoint({
  operationId: "showMyJournalEntry",
  tag: "Your journal",
  summary: "Read one of your journal entries",
  description: PRIVATE,
  request: { params: JournalEntryIdParams },
  response: { status: 200, description: "The entry.", schema: JournalEntry },
  problems: { "not-found": "You have no entry with this id (another person's entry answers the same)." },
  async handle({ services, viewer, params }) {
    return { body: entryBody(await readMyEntry(services, viewer, params.id)) };
  },
});

export const deleteMyJournalEntry = defineEndpoint({
  operationId: "deleteMyJournalEntry",
  tag: "Your journal",
  summary: "Remove one of your journal entries",
  description:
    PRIVATE +
    "The entry is hidden at once and erased for good after ten minutes; until then it can be brought back on the journal page.",
  request: { params: JournalEntryIdParams },
  response: { status: 204, description: "The entry is removed." },
  problems: { "not-found": "You have no entry with this id." },
  async handle({ services, viewer, params }) {
    await removeEntry(services, { viewer, id: params.id });
    return { body: undefined };
  },
});

export const listMyIntentions = defineEndpoint({
  operationId: "listMyIntentions",
  tag: "Your journal",
  summary: "List your intentions",
  description: PRIVATE + "Each “moving towards” intention with its steps.",
  response: { status: 200, description: "Your intentions.", schema: IntentionList },
  async handle({ services, viewer }) {
    const intentions = await readMyIntentions(services, viewer);
    return {
      body: {
        intentions: intentions.map((intention) => ({
          id: intention.id,
          towards: intention.towards,
          state: intention.state,
          principles: intention.principles,
          tasks: intention.tasks,
          steps: intention.steps,
          checkIn: intention.checkIn,
          nextCheckInAt: intention.nextCheckInAt?.toISOString() ?? null,
          createdAt: intention.createdAt.toISOString(),
        })),
      },
    };
  },
});

export const createMyIntention = defineEndpoint({
  operationId: "createMyIntention",
  tag: "Your journal",
  summary: "Set an intention",
  description: PRIVATE + "What you want to move towards and its small steps are sealed with your journal's key.",
  request: { body: IntentionRequest },
  response: { status: 201, description: "The intention is set.", schema: IdResult },
  problems: { invalid: "Some fields need attention; `errors` names each (`towards`, `steps`, `checkIn`)." },
  async handle({ services, viewer, body }) {
    return { body: await setIntention(services, { viewer, ...body }) };
  },
});

export const exportMyJournal = defineEndpoint({
  operationId: "exportMyJournal",
  tag: "Your journal",
  summary: "Export your journal",
  description:
    PRIVATE + "Everything you wrote, as JSON, with tags, prompts and intentions. Nothing of it is kept or logged.",
  response: { status: 200, description: "Your journal.", schema: JournalExport },
  async handle({ services, viewer }) {
    return { body: await exportJournal(services, viewer) };
  },
});
