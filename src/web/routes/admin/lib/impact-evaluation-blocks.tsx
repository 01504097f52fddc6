// The dashboard's evaluation and self-assessment blocks (issue 12, items 1–4), kept apart from the registration figures:
// the evaluations feature adds its blocks to this list, each rendering its own section with the same small-number rule.
import type { ComponentType } from "react";
import type { DashboardFilter } from "#features/impact/dashboard-filter.ts";

export type EvaluationBlockProps = { filter: DashboardFilter };

/** Rendered in order after the registration figures; empty until evaluations exist in this hub's code. */
export const evaluationBlocks: ReadonlyArray<ComponentType<EvaluationBlockProps>> = [];
