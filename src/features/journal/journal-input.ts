// What a person writes in their journal — an entry, an intention, a step — as the pages and the API send it.
import { z } from "zod";
import {
  checkInRhythms,
  ipsPrinciples,
  ipsTasks,
  MAX_ENTRY_TEXT_LENGTH,
  MAX_FREE_TAG_LENGTH,
  MAX_FREE_TAGS,
  MAX_INTENTION_LENGTH,
  MAX_STEP_LENGTH,
  MAX_STEPS,
} from "#core/journal.ts";
import { MAX_ID_LENGTH } from "#core/limits.ts";
import { problem } from "#features/validation/parse-input.ts";

const principles = z
  .array(z.enum(ipsPrinciples, problem("journal.errors.tag")))
  .max(ipsPrinciples.length)
  .default([]);
const tasks = z
  .array(z.enum(ipsTasks, problem("journal.errors.tag")))
  .max(ipsTasks.length)
  .default([]);

export const entryInput = z.object({
  text: z
    .string()
    .trim()
    .min(1, problem("journal.errors.textMissing"))
    .max(MAX_ENTRY_TEXT_LENGTH, problem("journal.errors.textTooLong")),
  writtenOn: z.iso.date(problem("journal.errors.date")),
  promptId: z
    .string()
    .trim()
    .max(MAX_ID_LENGTH)
    .nullish()
    .transform((value) => value || null),
  principles,
  tasks,
  tags: z
    .array(z.string().trim().min(1).max(MAX_FREE_TAG_LENGTH, problem("journal.errors.freeTag")))
    .max(MAX_FREE_TAGS, problem("journal.errors.freeTags"))
    .default([]),
});
export type EntryInput = z.output<typeof entryInput>;

export const stepText = z
  .string()
  .trim()
  .min(1, problem("journal.errors.stepMissing"))
  .max(MAX_STEP_LENGTH, problem("journal.errors.stepTooLong"));

export const intentionInput = z.object({
  towards: z
    .string()
    .trim()
    .min(1, problem("journal.errors.towardsMissing"))
    .max(MAX_INTENTION_LENGTH, problem("journal.errors.towardsTooLong")),
  steps: z.array(stepText).max(MAX_STEPS, problem("journal.errors.steps")).default([]),
  principles,
  tasks,
  checkIn: z.enum(checkInRhythms, problem("journal.errors.checkIn")).default("off"),
});
export type IntentionInput = z.output<typeof intentionInput>;

export const stepStates = ["open", "done", "let_go"] as const;
export type StepState = (typeof stepStates)[number];
