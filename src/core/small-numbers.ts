// The one small-number rule: a figure about fewer than five answers (or people) is not shown to anyone, so nobody in a
// small group can be picked out by their answers. Evaluation results, dashboards and the impact page all ask here.

/** The smallest group whose figures may be shown. */
export const SMALL_GROUP_MINIMUM = 5;

/** A figure that may be shown, or the fact that it may not. A hidden figure does not even say how many answered. */
export type Suppressible<T> = { shown: true; count: number; value: T } | { shown: false };

/** Whether a group of `count` is too small to show figures about. */
export function isTooSmallToShow(count: number): boolean {
  return count < SMALL_GROUP_MINIMUM;
}

/** The figure when the group is large enough; the value is computed only then, so a hidden figure is never built. */
export function suppressSmall<T>(count: number, value: () => T): Suppressible<T> {
  return isTooSmallToShow(count) ? { shown: false } : { shown: true, count, value: value() };
}

/**
 * A count as a dashboard or the impact page may show it: the number, or `null` for "fewer than five". Zero is shown:
 * it names nobody.
 */
export function shownCount(count: number): number | null {
  if (count === 0) return 0;
  return isTooSmallToShow(count) ? null : count;
}
