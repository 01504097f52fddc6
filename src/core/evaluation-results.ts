// Who may read which evaluation results, and the summary of a 1–5 rating from its counts. Every figure passes the
// small-number rule (small-numbers.ts) before anyone sees it.
import { isHubAdmin, type Viewer } from "./access.ts";

/** Counts of 1, 2, 3, 4 and 5, and their mean. */
export type RatingSummary = { distribution: [number, number, number, number, number]; mean: number };

export function ratingSummary(counts: ReadonlyMap<number, number>): RatingSummary {
  const distribution = [1, 2, 3, 4, 5].map((score) => counts.get(score) ?? 0) as RatingSummary["distribution"];
  const total = distribution.reduce((sum, n) => sum + n, 0);
  const mean = total ? distribution.reduce((sum, n, index) => sum + n * (index + 1), 0) / total : 0;
  return { distribution, mean };
}

/**
 * Hub admins read results for any course; a trainer only for sessions they teach (the feature looks up whether every
 * session asked for is theirs).
 */
export function mayReadEvaluationResults(viewer: Viewer | null, facts: { teachesEverySession: boolean }): boolean {
  if (!viewer) return false;
  return isHubAdmin(viewer) || facts.teachesEverySession;
}

/** Open-text answers are people's own words: admins read them; trainers only where the course shares them. */
export function mayReadOpenText(viewer: Viewer | null, facts: { courseSharesOpenText: boolean }): boolean {
  return isHubAdmin(viewer) || facts.courseSharesOpenText;
}
