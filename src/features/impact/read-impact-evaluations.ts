// Evaluation results and pre/post change for the impact pages: the dashboard's filter turned into the evaluations'
// filter, the same small-number rule (core/small-numbers.ts). Answers carry no person, so the partner and county filters
// cannot narrow them: `partial` says when those filters were set and left out.
import type { Database, Executor } from "#db/client.ts";
import {
  evaluationAggregates,
  selfAssessmentChange,
  type EvaluationAggregates,
  type OpenTextReach,
  type SelfAssessmentSummary,
} from "#features/evaluations/evaluation-results.ts";
import type { DashboardFilter } from "./dashboard-filter.ts";
import { figuresOfView, type RollupStamp } from "./impact-rollup.ts";

export type ImpactEvaluations = {
  evaluation: EvaluationAggregates;
  selfAssessment: SelfAssessmentSummary;
  /** True when a partner or county filter was set: evaluation answers are anonymous and cannot be narrowed by them. */
  partial: boolean;
};

const DAY = 24 * 3600 * 1000;

/** The evaluation filter for a dashboard filter: course, trainer and the period of session start dates (inclusive days). */
export function evaluationScope(filter: DashboardFilter) {
  const period =
    filter.from || filter.to
      ? {
          from: filter.from ? new Date(`${filter.from}T00:00:00Z`) : new Date(0),
          to: filter.to
            ? new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + DAY)
            : new Date("9999-12-31T00:00:00Z"),
        }
      : undefined;
  return { courseId: filter.courseId, trainerId: filter.trainerId, period };
}

/**
 * The evaluation figures for a filter. The caller has decided who reads them: admins read open text ("all"); the public
 * page reads none.
 */
export async function readImpactEvaluations(
  db: Executor,
  filter: DashboardFilter,
  openText: OpenTextReach,
): Promise<ImpactEvaluations> {
  const scope = evaluationScope(filter);
  const [evaluation, selfAssessment] = await Promise.all([
    evaluationAggregates(db, scope, openText),
    selfAssessmentChange(db, scope),
  ]);
  return { evaluation, selfAssessment, partial: Boolean(filter.organizationId || filter.countyFips) };
}

/**
 * The dashboard's evaluation figures for a filter, computed once per rollup refresh and kept with it, so the page's
 * "counted at … next count by …" holds for them too and a busy dashboard does not recount 20,000 answers per view.
 */
export async function readImpactEvaluationsView(
  db: Database,
  request: { filter: DashboardFilter; openText: OpenTextReach; now: Date },
): Promise<{ figures: ImpactEvaluations; stamp: RollupStamp }> {
  const filter = request.filter;
  const viewKey = `evaluations ${request.openText} ${JSON.stringify(
    Object.keys(filter)
      .sort()
      .map((key) => [key, filter[key as keyof DashboardFilter]]),
  )}`;
  return figuresOfView(db, { viewKey, now: request.now }, () => readImpactEvaluations(db, filter, request.openText));
}
