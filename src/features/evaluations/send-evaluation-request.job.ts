// The job contract for inviting one person to answer one evaluation or self-assessment (send-evaluation-request.ts).
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";
import { evaluationKinds } from "#db/schema/evaluations.ts";

export const sendEvaluationRequestJob = defineJobContract({
  name: "evaluations.send-request",
  payload: z.object({ registrationId: z.string().min(1), kind: z.enum(evaluationKinds) }),
  attempts: 5,
  dedupeKey: (payload) => `evaluation:${payload.registrationId}:${payload.kind}`,
});
