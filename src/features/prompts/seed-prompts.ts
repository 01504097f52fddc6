// The prompts every hub starts with, written for this project in its own words: at least one for each principle and
// each task, in English and Spanish. Added when missing (by seed key), never overwriting a hub's edits.
import { schema, type Executor } from "#db/client.ts";
import type { IpsPrinciple, IpsTask } from "#core/journal.ts";

type SeedPrompt = { key: string; principle: IpsPrinciple | null; task: IpsTask | null; en: string; es: string };

export const seedPrompts: readonly SeedPrompt[] = [
  {
    key: "learning-1",
    principle: "learning",
    task: null,
    en: "Think of a moment this week when you wanted to fix something for someone. What might the two of you have learned if you had stayed curious instead?",
    es: "Piensa en un momento de esta semana en que quisiste arreglarle algo a alguien. ¿Qué podrían haber aprendido juntos si te hubieras quedado con la curiosidad?",
  },
  {
    key: "learning-2",
    principle: "learning",
    task: null,
    en: "What did someone teach you recently without meaning to?",
    es: "¿Qué te enseñó alguien hace poco sin proponérselo?",
  },
  {
    key: "relationship-1",
    principle: "relationship",
    task: null,
    en: "Pick one conversation from the last few days. Leaving aside what was said, what was happening between you?",
    es: "Elige una conversación de los últimos días. Dejando de lado lo que se dijo, ¿qué estaba pasando entre ustedes?",
  },
  {
    key: "hope-1",
    principle: "hope",
    task: null,
    en: "Where did worry about what could go wrong shape a choice you made? What would starting from what is possible have looked like?",
    es: "¿Dónde la preocupación por lo que podía salir mal marcó una decisión tuya? ¿Cómo se habría visto empezar por lo que es posible?",
  },
  {
    key: "connection-1",
    principle: null,
    task: "connection",
    en: "Recall a moment when you felt a disconnect with someone. What did you notice in yourself, and what did you do next?",
    es: "Recuerda un momento en que sentiste una desconexión con alguien. ¿Qué notaste en ti, y qué hiciste después?",
  },
  {
    key: "worldview-1",
    principle: null,
    task: "worldview",
    en: "What is one belief you hold about support that you learned from your own story? How might someone else have come to see it differently?",
    es: "¿Qué creencia tienes sobre el apoyo que aprendiste de tu propia historia? ¿Cómo podría otra persona haber llegado a verlo de otra manera?",
  },
  {
    key: "mutuality-1",
    principle: null,
    task: "mutuality",
    en: "In a recent relationship, where did power sit? Did you both say what you needed, and if not, what made it hard?",
    es: "En una relación reciente, ¿dónde estaba el poder? ¿Las dos personas dijeron lo que necesitaban? Si no, ¿qué lo hizo difícil?",
  },
  {
    key: "mutuality-2",
    principle: "relationship",
    task: "mutuality",
    en: "What did you need from a conversation this week that you did not say out loud?",
    es: "¿Qué necesitabas de una conversación esta semana que no dijiste en voz alta?",
  },
  {
    key: "moving-towards-1",
    principle: null,
    task: "moving-towards",
    en: "Instead of what you want to stop, write about what you would like to build. What is one small step towards it?",
    es: "En lugar de lo que quieres dejar de hacer, escribe sobre lo que te gustaría construir. ¿Cuál es un pequeño paso hacia eso?",
  },
  {
    key: "moving-towards-2",
    principle: "hope",
    task: "moving-towards",
    en: "Describe a relationship you are part of as you would like it to be a year from now.",
    es: "Describe una relación de la que formas parte tal como te gustaría que fuera dentro de un año.",
  },
];

export async function ensureSeedPrompts(db: Executor): Promise<void> {
  await db
    .insert(schema.reflectionPrompt)
    .values(
      seedPrompts.map((prompt, index) => ({
        seedKey: prompt.key,
        principle: prompt.principle,
        task: prompt.task,
        textEn: prompt.en,
        textEs: prompt.es,
        sortOrder: (index + 1) * 10,
      })),
    )
    .onConflictDoNothing({ target: schema.reflectionPrompt.seedKey });
}
