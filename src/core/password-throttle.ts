// How the hub slows password guessing: one count of wrong passwords per account, however the guess arrives (the
// sign-in page, an API token request, a password change). A few mistakes cost nothing; after that each further try
// must wait, and the wait grows to a short cap instead of locking the account — so nobody can lock another person
// out for long by typing wrong passwords at their address. A right password clears the count.

/** Wrong passwords are forgotten a day after the last one. */
export const FAILURE_MEMORY_MS = 24 * 60 * 60 * 1000;
/** The first wait after the free mistakes, doubled with each further one. */
export const FIRST_WAIT_SECONDS = 15;
/** The longest wait between two tries: the "short lock". */
export const MAX_WAIT_SECONDS = 5 * 60;

export type FailureRecord = { failures: number; lastFailureAt: Date; waitUntil: Date | null };

/** Seconds to wait before another try, or null when the person may try now. */
export function secondsToWait(record: FailureRecord | null, now: Date): number | null {
  if (!record?.waitUntil || record.waitUntil.getTime() <= now.getTime()) return null;
  return Math.max(1, Math.ceil((record.waitUntil.getTime() - now.getTime()) / 1000));
}

/**
 * The record after one more try that is counted as wrong until it proves right. `freeFailures` tries cost nothing;
 * the next waits FIRST_WAIT_SECONDS, then twice as long each time, up to MAX_WAIT_SECONDS.
 */
export function afterFailure(record: FailureRecord | null, now: Date, freeFailures: number): FailureRecord {
  const remembered = record && now.getTime() - record.lastFailureAt.getTime() < FAILURE_MEMORY_MS;
  const failures = (remembered ? record.failures : 0) + 1;
  const over = failures - freeFailures;
  if (over <= 0) return { failures, lastFailureAt: now, waitUntil: null };
  const wait = Math.min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** Math.min(over - 1, 20));
  return { failures, lastFailureAt: now, waitUntil: new Date(now.getTime() + wait * 1000) };
}
