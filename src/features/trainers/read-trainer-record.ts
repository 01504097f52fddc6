// One trainer as a hub admin sees them: their computed standing and the level it is for, the activity admins recorded,
// the override (who set it, when, why) and the trainings they trained in — what the admin needs before recording
// activity or setting a standing by hand.
import { and, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import type { ActivityKind, Standing } from "#core/trainer-standing.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { readRequirementSet } from "./requirement-set.ts";
import { standingsOf } from "./trainer-standings.ts";

/** How many recorded activities and trainings the page lists (the newest first). */
export const TRAINER_RECORD_ROWS = 50;

export type TrainerRecord = {
  userId: string;
  name: string;
  email: string;
  level: { en: string; es: string };
  standing: Standing;
  override: { setAt: Date; until: Date | null; reason: string; setByName: string | null } | null;
  activities: { id: string; kind: ActivityKind; occurredAt: Date; recordedByName: string | null }[];
  trainings: {
    sessionId: string;
    role: "lead" | "co";
    titleEn: string;
    titleEs: string;
    startsAt: Date;
    timeZone: string;
    status: string;
  }[];
};

export async function readTrainerRecord(
  services: Pick<Services, "db" | "now">,
  viewer: Viewer | null,
  userId: string,
): Promise<TrainerRecord> {
  requireAdmin(viewer);
  const db = services.db;
  const [person] = await db
    .select({ userId: schema.user.id, name: schema.user.name, email: schema.user.email })
    .from(schema.roleGrant)
    .innerJoin(schema.user, eq(schema.user.id, schema.roleGrant.userId))
    .where(and(eq(schema.roleGrant.role, "trainer"), eq(schema.user.id, userId)))
    .limit(1);
  if (!person) throw new AppError("not_found", { key: "trainers.admin.errors.trainer" });
  const rules = await readRequirementSet(db);
  const standing = (await standingsOf(db, [userId], services.now(), rules)).get(userId)!;

  const setter = alias(schema.user, "setter");
  const [override] = await db
    .select({
      setAt: schema.trainerStandingOverride.setAt,
      until: schema.trainerStandingOverride.until,
      reason: schema.trainerStandingOverride.reason,
      setByName: setter.name,
    })
    .from(schema.trainerStandingOverride)
    .leftJoin(setter, eq(setter.id, schema.trainerStandingOverride.setBy))
    .where(eq(schema.trainerStandingOverride.userId, userId));

  const recorder = alias(schema.user, "recorder");
  const activities = await db
    .select({
      id: schema.trainerActivity.id,
      kind: schema.trainerActivity.kind,
      occurredAt: schema.trainerActivity.occurredAt,
      recordedByName: recorder.name,
    })
    .from(schema.trainerActivity)
    .leftJoin(recorder, eq(recorder.id, schema.trainerActivity.recordedBy))
    .where(eq(schema.trainerActivity.userId, userId))
    .orderBy(desc(schema.trainerActivity.occurredAt))
    .limit(TRAINER_RECORD_ROWS);

  const trainings = await db
    .select({
      sessionId: schema.trainingSession.id,
      role: schema.sessionTrainer.role,
      titleEn: schema.course.titleEn,
      titleEs: schema.course.titleEs,
      startsAt: schema.trainingSession.startsAt,
      timeZone: schema.trainingSession.timeZone,
      status: schema.trainingSession.status,
    })
    .from(schema.sessionTrainer)
    .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.sessionTrainer.sessionId))
    .innerJoin(schema.course, eq(schema.course.id, schema.trainingSession.courseId))
    .where(eq(schema.sessionTrainer.userId, userId))
    .orderBy(desc(schema.trainingSession.startsAt))
    .limit(TRAINER_RECORD_ROWS);

  return {
    ...person,
    level: { en: rules.levelEn, es: rules.levelEs },
    standing,
    override: override ?? null,
    activities,
    trainings,
  };
}
