// The evaluation results the API answers with: totals only, each figure either shown (with how many it counts) or
// withheld under the small-number rule (core/small-numbers.ts), never a single person's answer.
import { z } from "zod";
import { MAX_ID_LENGTH } from "#core/limits.ts";
import { SMALL_GROUP_MINIMUM } from "#core/small-numbers.ts";
import { selfAssessmentItems } from "#core/self-assessment.ts";

const id = z.string().trim().min(1).max(MAX_ID_LENGTH);

export const EvaluationResultsQuery = z.object({
  courseId: id.optional().meta({ description: "Only this course's sessions." }),
  sessionId: id.optional().meta({ description: "Only this session. A trainer may ask only for sessions they teach." }),
  from: z.iso
    .datetime({ offset: true, error: "Use an RFC 3339 time, like 2026-01-01T00:00:00Z" })
    .optional()
    .meta({ description: "Only sessions whose first meeting starts at or after this time." }),
  to: z.iso
    .datetime({ offset: true, error: "Use an RFC 3339 time, like 2027-01-01T00:00:00Z" })
    .optional()
    .meta({ description: "Only sessions whose first meeting starts before this time." }),
});

const withheld = z
  .object({ shown: z.literal(false) })
  .meta({ description: `Fewer than ${SMALL_GROUP_MINIMUM} answers: withheld, so nobody can be picked out.` });

function suppressible<Value extends z.ZodType>(value: Value) {
  return z.union([z.object({ shown: z.literal(true), count: z.number().int(), value }), withheld]);
}

const Localized = z.object({ en: z.string(), es: z.string() });

const QuestionResult = z.union([
  z.object({
    questionId: z.string(),
    kind: z.literal("rating"),
    label: Localized,
    low: Localized,
    high: Localized,
    result: suppressible(
      z.object({
        distribution: z.array(z.number().int()).length(5).meta({ description: "How many chose 1, 2, 3, 4 and 5." }),
        mean: z.number(),
      }),
    ),
  }),
  z.object({
    questionId: z.string(),
    kind: z.literal("choice"),
    label: Localized,
    options: z.array(z.object({ id: z.string(), label: Localized })),
    result: suppressible(z.object({ counts: z.record(z.string(), z.number().int()) })),
  }),
  z.object({
    questionId: z.string(),
    kind: z.literal("text"),
    label: Localized,
    result: suppressible(z.object({ answers: z.array(z.string()) }))
      .nullable()
      .meta({
        description: "Null when the caller may not read written answers (the course keeps them for hub staff).",
      }),
  }),
]);

const mean = z.number();

export const EvaluationResults = z.object({
  evaluation: suppressible(z.object({ questions: z.array(QuestionResult) })),
  selfAssessment: z.object({
    answered: z.object({
      pre: suppressible(z.number().int()),
      post: suppressible(z.number().int()),
      follow_up: suppressible(z.number().int()),
    }),
    items: z.array(
      z.object({
        item: z.enum(selfAssessmentItems),
        change: suppressible(z.object({ meanBefore: mean, meanAfter: mean, meanChange: mean })).meta({
          description:
            "Before the training → at the end, over the people who answered both (paired by a pseudonymous code).",
        }),
        retrospective: suppressible(z.object({ meanRetro: mean, meanChange: mean })).meta({
          description: '"Thinking back to before the training", asked at the end → at the end.',
        }),
        followUp: suppressible(z.object({ meanChange: mean })).meta({
          description: "At the end → the follow-up 90 days later.",
        }),
      }),
    ),
  }),
});
