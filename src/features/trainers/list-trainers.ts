// Trainers as others see them: the public list (only those who consented, profile only) and the admin/API list
// (everyone holding the trainer role, with their computed standing).
import { and, asc, eq, inArray } from "drizzle-orm";
import { schema } from "#db/client.ts";
import { isHubAdmin, type Viewer } from "#core/access.ts";
import type { Standing, StandingStatus } from "#core/trainer-standing.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { readRequirementSet } from "./requirement-set.ts";
import { standingsOf } from "./trainer-standings.ts";

export type PublicTrainer = {
  userId: string;
  name: string;
  pronouns: string | null;
  bioEn: string;
  bioEs: string;
  languages: string[];
  regions: string[];
  /** The photo's version for its address (`trainerPhotoPath`); null without a photo. */
  photoUpdatedAt: Date | null;
};

/** Where a trainer's photo is served; the version changes the address whenever the photo is replaced. */
export function trainerPhotoPath(userId: string, updatedAt: Date): string {
  return `/trainers/${encodeURIComponent(userId)}/photo?v=${updatedAt.getTime().toString(36)}`;
}

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
      photoUpdatedAt: schema.trainerPhoto.updatedAt,
    })
    .from(p)
    .innerJoin(schema.user, eq(schema.user.id, p.userId))
    .leftJoin(schema.trainerPhoto, eq(schema.trainerPhoto.userId, p.userId))
    .where(and(eq(p.isPublic, true), options.userIds ? inArray(p.userId, [...options.userIds]) : undefined))
    .orderBy(asc(schema.user.name));
}

export type TrainerWithStanding = { userId: string; name: string; email: string; standing: Standing };

export type TrainerListing = {
  /** The trainer level the hub's requirement set opens, in both languages. */
  level: { en: string; es: string };
  trainers: (TrainerWithStanding & {
    /** Partner organizations the trainer is linked to as staff (with consent): their organizational trainer work. */
    organizations: string[];
  })[];
};

/**
 * Every person holding the trainer role, with standing at now (admins only: standing is not public), optionally only
 * those of one standing. A fixed number of queries whatever the number of trainers: people, requirement set, standing
 * facts, overrides, partner links.
 */
export async function listTrainersWithStanding(
  services: Pick<Services, "db" | "now">,
  viewer: Viewer | null,
  options: { standing?: StandingStatus | null } = {},
): Promise<TrainerListing> {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  if (!isHubAdmin(viewer)) throw new AppError("forbidden", { detail: "Hub admins only" });
  const people = await services.db
    .selectDistinct({ userId: schema.user.id, name: schema.user.name, email: schema.user.email })
    .from(schema.roleGrant)
    .innerJoin(schema.user, eq(schema.user.id, schema.roleGrant.userId))
    .where(eq(schema.roleGrant.role, "trainer"))
    .orderBy(asc(schema.user.name), asc(schema.user.id));
  const rules = await readRequirementSet(services.db);
  const ids = people.map((p) => p.userId);
  const standings = await standingsOf(services.db, ids, services.now(), rules);
  const wanted = people.filter((p) => !options.standing || standings.get(p.userId)!.status === options.standing);
  const links = wanted.length
    ? await services.db
        .select({ userId: schema.staffLink.userId, name: schema.organization.name })
        .from(schema.staffLink)
        .innerJoin(schema.organization, eq(schema.organization.id, schema.staffLink.organizationId))
        .where(
          and(
            eq(schema.staffLink.status, "active"),
            inArray(
              schema.staffLink.userId,
              wanted.map((p) => p.userId),
            ),
          ),
        )
        .orderBy(asc(schema.organization.name))
    : [];
  return {
    level: { en: rules.levelEn, es: rules.levelEs },
    trainers: wanted.map((person) => ({
      ...person,
      standing: standings.get(person.userId)!,
      organizations: links.filter((link) => link.userId === person.userId).map((link) => link.name),
    })),
  };
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
