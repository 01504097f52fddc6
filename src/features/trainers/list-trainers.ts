// Trainers as others see them: the public list (only those who consented, profile only) and the admin/API list
// (everyone holding the trainer role, with their computed standing).
import { and, asc, eq, inArray } from "drizzle-orm";
import { schema } from "#db/client.ts";
import { isHubAdmin, type Viewer } from "#core/access.ts";
import type { Standing } from "#core/trainer-standing.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { standingsOf } from "./trainer-standings.ts";

export type PublicTrainer = {
  userId: string;
  name: string;
  pronouns: string | null;
  bioEn: string;
  bioEs: string;
  languages: string[];
  regions: string[];
};

/** Trainers who chose to be shown, with what they chose to show; optionally only those of some sessions. */
export async function listPublicTrainers(
  services: Pick<Services, "db">,
  options: { userIds?: readonly string[] } = {},
): Promise<PublicTrainer[]> {
  if (options.userIds && options.userIds.length === 0) return [];
  const p = schema.trainerProfile;
  return services.db
    .select({
      userId: p.userId,
      name: schema.user.name,
      pronouns: p.pronouns,
      bioEn: p.bioEn,
      bioEs: p.bioEs,
      languages: p.languages,
      regions: p.regions,
    })
    .from(p)
    .innerJoin(schema.user, eq(schema.user.id, p.userId))
    .where(and(eq(p.isPublic, true), options.userIds ? inArray(p.userId, [...options.userIds]) : undefined))
    .orderBy(asc(schema.user.name));
}

export type TrainerWithStanding = { userId: string; name: string; email: string; standing: Standing };

/** Every person holding the trainer role, with standing at now (admins only: standing is not public). */
export async function listTrainersWithStanding(
  services: Pick<Services, "db" | "now">,
  viewer: Viewer | null,
): Promise<TrainerWithStanding[]> {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  if (!isHubAdmin(viewer)) throw new AppError("forbidden", { detail: "Hub admins only" });
  const people = await services.db
    .selectDistinct({ userId: schema.user.id, name: schema.user.name, email: schema.user.email })
    .from(schema.roleGrant)
    .innerJoin(schema.user, eq(schema.user.id, schema.roleGrant.userId))
    .where(eq(schema.roleGrant.role, "trainer"))
    .orderBy(asc(schema.user.name), asc(schema.user.id));
  const standings = await standingsOf(
    services.db,
    people.map((p) => p.userId),
    services.now(),
  );
  return people.map((person) => ({ ...person, standing: standings.get(person.userId)! }));
}

/** One trainer's standing: the trainer themself, or an admin. */
export async function readTrainerStanding(
  services: Pick<Services, "db" | "now">,
  viewer: Viewer | null,
  userId: string,
): Promise<TrainerWithStanding> {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  // Another trainer's standing is not there for a trainer at all (as with others' registrations): not found, not forbidden.
  if (viewer.userId !== userId && !isHubAdmin(viewer)) throw new AppError("not_found", { detail: "No such trainer" });
  const [person] = await services.db
    .select({ userId: schema.user.id, name: schema.user.name, email: schema.user.email })
    .from(schema.roleGrant)
    .innerJoin(schema.user, eq(schema.user.id, schema.roleGrant.userId))
    .where(and(eq(schema.roleGrant.role, "trainer"), eq(schema.user.id, userId)))
    .limit(1);
  if (!person) throw new AppError("not_found", { detail: "No such trainer" });
  const standing = (await standingsOf(services.db, [userId], services.now())).get(userId)!;
  return { ...person, standing };
}
