// "What keeps me active": a trainer's own standing, what comes next, the hub's requirements, and their reminder choice.
import { eq } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import type { Standing } from "#core/trainer-standing.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { readRequirementSet, type StoredRequirementSet } from "./requirement-set.ts";
import { standingsOf } from "./trainer-standings.ts";

export type MyStanding = { standing: Standing; rules: StoredRequirementSet; remindersOff: boolean };

export async function readMyStanding(
  services: Pick<Services, "db" | "now">,
  viewer: Viewer | null,
): Promise<MyStanding> {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  const now = services.now();
  const standing = (await standingsOf(services.db, [viewer.userId], now)).get(viewer.userId)!;
  const rules = await readRequirementSet(services.db);
  const [profile] = await services.db
    .select({ remindersOff: schema.trainerProfile.remindersOff })
    .from(schema.trainerProfile)
    .where(eq(schema.trainerProfile.userId, viewer.userId));
  return { standing, rules, remindersOff: profile?.remindersOff ?? false };
}
