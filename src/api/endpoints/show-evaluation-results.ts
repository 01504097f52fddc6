// GET /evaluations/results: evaluation results and pre/post self-assessment change, as totals with the small-number rule.
import { evaluationResults, selfAssessmentResults } from "#features/evaluations/evaluation-results.ts";
import { defineEndpoint } from "../endpoint.ts";
import { EvaluationResults, EvaluationResultsQuery } from "../evaluation-schemas.ts";

export const showEvaluationResults = defineEndpoint({
  operationId: "showEvaluationResults",
  tag: "Evaluations",
  summary: "Show evaluation results",
  description:
    "What participants answered after trainings, and how their self-assessment on the IPS principles and tasks changed, " +
    "as totals only. Every figure about fewer than 5 answers is withheld (`shown: false`) without saying how many there " +
    "were. Hub admins may ask about any course; trainers about the sessions they teach (all of them when no session is " +
    "named). Written answers are included for admins, and for trainers only where the course shares them.",
  request: { query: EvaluationResultsQuery },
  response: { status: 200, description: "The results.", schema: EvaluationResults },
  problems: { forbidden: "The caller is a trainer and does not teach the session asked about." },
  async handle({ services, viewer, query }) {
    const filter = {
      courseId: query.courseId,
      sessionIds: query.sessionId ? [query.sessionId] : undefined,
      period:
        query.from || query.to
          ? {
              from: query.from ? new Date(query.from) : new Date(0),
              to: query.to ? new Date(query.to) : new Date("9999-12-31T00:00:00Z"),
            }
          : undefined,
    };
    const [evaluation, selfAssessment] = await Promise.all([
      evaluationResults(services.db, viewer, filter),
      selfAssessmentResults(services.db, viewer, filter),
    ]);
    return { body: { evaluation, selfAssessment } };
  },
});
