// What hub admins do about trainer standing: edit the hub's requirement set, record activity (co-reflection, demos,
// meetings, refreshers), and override a computed standing — only with a written reason. Each is audited.
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { queryRows, schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { parseInput, problem } from "#features/validation/parse-input.ts";
import { TRAINER_LEVEL_KEY } from "./requirement-set.ts";

const MAX_REASON_LENGTH = 1000;
const months = (max: number) =>
  z.coerce
    .number(problem("trainers.admin.errors.months"))
    .int(problem("trainers.admin.errors.months"))
    .min(1, problem("trainers.admin.errors.months"))
    .max(max, problem("trainers.admin.errors.months"));
const optionalMonths = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  months(240).nullable(),
);

const levelName = z
  .string(problem("trainers.admin.errors.levelName"))
  .trim()
  .min(1, problem("trainers.admin.errors.levelName"))
  .max(80, problem("trainers.admin.errors.levelName"));

export const requirementSetInput = z.object({
  levelEn: levelName,
  levelEs: levelName,
  apprenticeCoTrainings: months(20),
  activeMonthsAfterTraining: months(240),
  coReflectionEveryMonths: optionalMonths,
  refresherEveryMonths: optionalMonths,
  alumniAfterLapsedMonths: months(240),
  returnMonths: months(240),
  alumniReturnCoTrainings: months(20),
  remindDaysBefore: months(365),
});

export async function updateRequirementSet(
  services: Pick<Services, "db">,
  request: { viewer: Viewer | null; input: unknown },
  actor: AuditActor,
): Promise<void> {
  requireAdmin(request.viewer);
  const { levelEn, levelEs, ...numbers } = parseInput(requirementSetInput, request.input);
  const values = { nameEn: levelEn, nameEs: levelEs, ...numbers };
  await services.db.transaction(async (tx) => {
    await tx
      .insert(schema.trainerRequirementSet)
      .values({ key: TRAINER_LEVEL_KEY, ...values, updatedBy: request.viewer!.userId })
      .onConflictDoUpdate({
        target: schema.trainerRequirementSet.key,
        set: { ...values, updatedBy: request.viewer!.userId, updatedAt: new Date() },
      });
    await recordAudit(tx, actor, {
      action: "trainer.requirements_update",
      targetType: "trainer_requirement_set",
      targetId: TRAINER_LEVEL_KEY,
      summary: values,
    });
  });
}

const userId = z.string().min(1, problem("trainers.admin.errors.trainer")).max(100);

export const activityInput = z.object({
  userId,
  kind: z.enum(["co_reflection", "demo", "meeting", "refresher"], problem("trainers.admin.errors.kind")),
  occurredOn: z.iso.date(problem("trainers.admin.errors.date")),
});

export async function recordTrainerActivity(
  services: Pick<Services, "db" | "now">,
  request: { viewer: Viewer | null; input: unknown },
  actor: AuditActor,
): Promise<void> {
  requireAdmin(request.viewer);
  const input = parseInput(activityInput, request.input);
  const occurredAt = new Date(`${input.occurredOn}T12:00:00Z`);
  if (occurredAt > services.now())
    throw new AppError(
      "invalid",
      { detail: "future" },
      {
        fields: [{ path: "occurredOn", message: "trainers.admin.errors.future" }],
      },
    );
  await services.db.transaction(async (tx) => {
    await requireTrainer(tx, input.userId);
    const [row] = await tx
      .insert(schema.trainerActivity)
      .values({ userId: input.userId, kind: input.kind, occurredAt, recordedBy: request.viewer!.userId })
      .returning({ id: schema.trainerActivity.id });
    await recordAudit(tx, actor, {
      action: "trainer.activity_record",
      targetType: "user",
      targetId: input.userId,
      summary: { activityId: row!.id, kind: input.kind, occurredOn: input.occurredOn },
    });
  });
}

export const overrideInput = z.object({
  userId,
  status: z.enum(["apprentice", "active", "lapsed", "alumni", "clear"], problem("trainers.admin.errors.status")),
  reason: z.string().trim().max(MAX_REASON_LENGTH, problem("trainers.admin.errors.reasonTooLong")).default(""),
  until: z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    z.iso.date(problem("trainers.admin.errors.date")).nullable(),
  ),
});

/** Sets (or clears, with status "clear") an admin's override. A written reason is required either way. */
export async function overrideStanding(
  services: Pick<Services, "db" | "now">,
  request: { viewer: Viewer | null; input: unknown },
  actor: AuditActor,
): Promise<void> {
  requireAdmin(request.viewer);
  const input = parseInput(overrideInput, request.input);
  if (!input.reason)
    throw new AppError(
      "invalid",
      { detail: "reason" },
      {
        fields: [{ path: "reason", message: "trainers.admin.errors.reasonMissing" }],
      },
    );
  const now = services.now();
  await services.db.transaction(async (tx) => {
    await requireTrainer(tx, input.userId);
    const o = schema.trainerStandingOverride;
    if (input.status === "clear") await tx.delete(o).where(eq(o.userId, input.userId));
    else {
      const values = {
        status: input.status,
        reason: input.reason,
        until: input.until ? new Date(`${input.until}T12:00:00Z`) : null,
        setBy: request.viewer!.userId,
        setAt: now,
      };
      await tx
        .insert(o)
        .values({ userId: input.userId, ...values })
        .onConflictDoUpdate({ target: o.userId, set: values });
    }
    // The reason is the admin's own words about the trainer's standing, not sensitive content about a participant.
    await recordAudit(tx, actor, {
      action: input.status === "clear" ? "trainer.standing_override_clear" : "trainer.standing_override",
      targetType: "user",
      targetId: input.userId,
      summary: { status: input.status, until: input.until, reason: input.reason },
    });
  });
}

async function requireTrainer(tx: Pick<Services, "db">["db"], id: string): Promise<void> {
  const [grant] = await tx
    .select({ userId: schema.roleGrant.userId })
    .from(schema.roleGrant)
    .where(and(eq(schema.roleGrant.userId, id), eq(schema.roleGrant.role, "trainer")))
    .limit(1);
  if (!grant) throw new AppError("not_found", { key: "trainers.admin.errors.trainer" });
}

export type TrainerLoad = { userId: string; quarter: string; sessions: number };

/** Sessions each trainer trains per calendar quarter (UTC), cancelled ones left out: one grouped query. */
export async function trainerLoad(
  services: Pick<Services, "db">,
  viewer: Viewer | null,
  range: { from: Date; to: Date },
): Promise<TrainerLoad[]> {
  requireAdmin(viewer);
  const rows = await queryRows<{ user_id: string; quarter: string; sessions: number }>(
    services.db,
    sql`SELECT t.user_id, to_char(date_trunc('quarter', s.starts_at AT TIME ZONE 'UTC'), 'YYYY-"Q"Q') AS quarter,
               count(*)::int AS sessions
          FROM session_trainer t JOIN training_session s ON s.id = t.session_id
         WHERE s.status <> 'cancelled' AND s.starts_at >= ${range.from} AND s.starts_at < ${range.to}
         GROUP BY t.user_id, 2
         ORDER BY 2`,
  );
  return rows.map((row) => ({ userId: row.user_id, quarter: row.quarter, sessions: Number(row.sessions) }));
}
