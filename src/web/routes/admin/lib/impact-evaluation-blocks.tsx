// The dashboard's evaluation and self-assessment blocks (issue 12, items 1–4), kept apart from the registration figures:
// each renders its own section from figures the loader read (features/impact/read-impact-evaluations.ts), with the same
// small-number rule.
import type { ComponentType } from "react";
import type { DashboardFilter } from "#features/impact/dashboard-filter.ts";
import type { ImpactEvaluations } from "#features/impact/read-impact-evaluations.ts";
import { EvaluationResultsBlock, LearningChangeBlock } from "../../../components/impact-evaluations.tsx";

export type EvaluationBlockProps = { filter: DashboardFilter; evaluations: ImpactEvaluations };

function EvaluationsOfFilter({ evaluations }: EvaluationBlockProps) {
  return <EvaluationResultsBlock id="evaluations" evaluation={evaluations.evaluation} partial={evaluations.partial} />;
}

function LearningOfFilter({ evaluations }: EvaluationBlockProps) {
  return (
    <LearningChangeBlock id="learning" selfAssessment={evaluations.selfAssessment} partial={evaluations.partial} />
  );
}

/** Rendered in order after the registration figures. */
export const evaluationBlocks: ReadonlyArray<ComponentType<EvaluationBlockProps>> = [
  EvaluationsOfFilter,
  LearningOfFilter,
];
