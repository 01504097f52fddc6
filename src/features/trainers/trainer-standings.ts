// Standing for many trainers at once (lists, staffing checks, reminders): the hub's requirement set, the gathered facts,
// and core's computation at `now`.
import type { Executor } from "#db/client.ts";
import { trainerStanding, type Standing } from "#core/trainer-standing.ts";
import { readRequirementSet, type StoredRequirementSet } from "./requirement-set.ts";
import { standingFactsFor } from "./standing-facts.ts";

export async function standingsOf(
  db: Executor,
  userIds: readonly string[],
  now: Date,
  /** The requirement set when the caller has read it already. */
  known?: StoredRequirementSet,
): Promise<Map<string, Standing>> {
  const rules = known ?? (await readRequirementSet(db));
  const facts = await standingFactsFor(db, userIds);
  return new Map([...facts].map(([userId, f]) => [userId, trainerStanding(rules, f, now)]));
}
