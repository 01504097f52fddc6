// GET /prompts: the hub's library of reflection prompts, for circle meetings and journal entries.
import { z } from "zod";
import { ipsPrinciples, ipsTasks } from "#core/journal.ts";
import { listPrompts } from "#features/prompts/list-prompts.ts";
import { defineEndpoint } from "../endpoint.ts";

const ReflectionPrompt = z
  .object({
    id: z.string(),
    principle: z.enum(ipsPrinciples).nullable().meta({ description: "The IPS principle it is tagged with, if any." }),
    task: z.enum(ipsTasks).nullable().meta({ description: "The IPS task it is tagged with, if any." }),
    en: z.string(),
    es: z.string(),
  })
  .meta({ id: "ReflectionPrompt" });

export const listReflectionPrompts = defineEndpoint({
  operationId: "listReflectionPrompts",
  tag: "Circles",
  summary: "The prompt library",
  description:
    "The prompts the hub offers, in the library's order, each tagged by an IPS principle and/or task, in English and Spanish. " +
    "A facilitator chooses one of these for a circle meeting; a journal entry can start from one.",
  response: {
    status: 200,
    description: "The prompts offered now.",
    schema: z.object({ prompts: z.array(ReflectionPrompt) }).meta({ id: "ReflectionPromptList" }),
  },
  async handle({ services }) {
    const prompts = await listPrompts(services.db, { locale: "en" });
    return {
      body: {
        prompts: prompts.map(({ id, principle, task, textEn, textEs }) => ({
          id,
          principle,
          task,
          en: textEn,
          es: textEs,
        })),
      },
    };
  },
});
