// The journal API's shapes: the owner's own entries and intentions, opened for them alone, and the export.
import { z } from "zod";
import "zod-openapi";
import { checkInRhythms, ipsPrinciples, ipsTasks } from "#core/journal.ts";
import { MAX_ID_LENGTH } from "#core/limits.ts";
import { entryInput, intentionInput, stepStates } from "#features/journal/journal-input.ts";

const timestamp = z.iso
  .datetime({ offset: true })
  .meta({ description: "A moment in time, in UTC (RFC 3339).", examples: ["2026-03-14T17:00:00.000Z"] });
const ENTRY_ID = "9d1c6a2e-4b7f-4e0a-8c3d-2f5e6a7b8c9d";

const Principles = z
  .array(z.enum(ipsPrinciples))
  .meta({ description: "IPS principles the text touches: `learning`, `relationship`, `hope`.", examples: [["hope"]] });
const Tasks = z.array(z.enum(ipsTasks)).meta({
  description: "IPS tasks the text touches: `connection`, `worldview`, `mutuality`, `moving-towards`.",
  examples: [["mutuality"]],
});

export const JournalEntryIdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(MAX_ID_LENGTH)
    .meta({ description: "The entry's id.", examples: [ENTRY_ID] }),
});

const entryFields = entryInput.shape;
export const JournalEntryRequest = entryInput
  .extend({
    text: entryFields.text.meta({
      description: "The entry, in safe Markdown (raw HTML is shown as text). Sealed at rest; only you can read it.",
      examples: ["Today I noticed I wanted to fix things for R. instead of asking what they needed."],
    }),
    writtenOn: entryFields.writtenOn.meta({
      description: "The entry's date. Stored in clear, so the server can order entries and count them by month.",
      examples: ["2026-03-14"],
    }),
    promptId: entryFields.promptId.meta({ description: "A prompt from the hub's library the entry starts from." }),
    principles: entryFields.principles.meta({ description: "IPS principles the entry touches." }),
    tasks: entryFields.tasks.meta({ description: "IPS tasks the entry touches." }),
    tags: entryFields.tags.meta({ description: "Your own tags.", examples: [["boundaries", "first call"]] }),
  })
  .meta({ id: "JournalEntryRequest", description: "A journal entry to write." });

export const JournalEntry = z
  .object({
    id: z.string().meta({ examples: [ENTRY_ID] }),
    writtenOn: z.string().meta({ description: "The entry's date.", examples: ["2026-03-14"] }),
    text: z.string().meta({ description: "The entry, as written (Markdown)." }),
    promptId: z.string().nullable().meta({ description: "The prompt it starts from, if any." }),
    principles: Principles,
    tasks: Tasks,
    tags: z.array(z.string()).meta({ description: "Your own tags." }),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "JournalEntry", description: "One of your journal entries." });

export const JournalEntryList = z
  .object({ entries: z.array(JournalEntry) })
  .meta({ id: "JournalEntryList", description: "Your journal entries, newest first." });

const intentionFields = intentionInput.shape;
export const IntentionRequest = intentionInput
  .extend({
    towards: intentionFields.towards.meta({
      description: "What you want to move towards, in your words. Sealed at rest.",
      examples: ["Saying what I need in team meetings"],
    }),
    steps: intentionFields.steps.meta({
      description: "Small steps, each a short text.",
      examples: [["Name one need at Tuesday's meeting"]],
    }),
    principles: intentionFields.principles.meta({ description: "IPS principles the intention touches." }),
    tasks: intentionFields.tasks.meta({ description: "IPS tasks the intention touches." }),
    checkIn: intentionFields.checkIn.meta({
      description:
        "Gentle check-in notes by email (`off` by default). The rhythm is stored in clear; a note never includes what you wrote.",
    }),
  })
  .meta({ id: "IntentionRequest", description: "A “moving towards” intention to set." });

export const Intention = z
  .object({
    id: z.string(),
    towards: z.string(),
    state: z.enum(["active", "let_go"]).meta({ description: "`let_go` when you chose to let it go." }),
    principles: Principles,
    tasks: Tasks,
    steps: z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        state: z.enum(stepStates).meta({ description: "`open`, `done`, or `let_go` — none is a failure." }),
      }),
    ),
    checkIn: z.enum(checkInRhythms),
    nextCheckInAt: timestamp.nullable(),
    createdAt: timestamp,
  })
  .meta({ id: "Intention", description: "One of your “moving towards” intentions with its steps." });

export const IntentionList = z
  .object({ intentions: z.array(Intention) })
  .meta({ id: "IntentionList", description: "Your intentions, oldest first." });

export const IdResult = z.object({ id: z.string() }).meta({ id: "CreatedJournalItem" });

export const JournalExport = z
  .object({
    format: z.literal("ips-hub-journal/1"),
    exportedAt: timestamp,
    entries: z.array(z.looseObject({ id: z.string() })),
    intentions: z.array(z.looseObject({ id: z.string() })),
  })
  .meta({
    id: "JournalExport",
    description:
      "Your whole journal: every entry with its prompt (both languages), principles, tasks and tags; every intention with its steps and check-in choice.",
  });
