// The one small-number rule: a count under the threshold is never shown, because so few people could be recognised.

/** Counts below this are withheld from every aggregate the hub shows or serves (DESIGN C9; issue 12). */
export const SMALL_NUMBER_THRESHOLD = 5;

/** A count as it may be shown: the number itself, or `null` meaning "fewer than the threshold". Zero is shown: it names nobody. */
export function suppressSmall(count: number, threshold = SMALL_NUMBER_THRESHOLD): number | null {
  if (count === 0) return 0;
  return count < threshold ? null : count;
}
