// The sessions a trainer teaches: those still to come or running (soonest first), then recent ones (latest first).
import { and, asc, desc, eq, gte, lt, sql } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { SessionFormat, SessionStatus } from "#core/catalog.ts";

export type TrainerSession = {
  id: string;
  role: "lead" | "co";
  status: SessionStatus;
  courseTitleEn: string;
  courseTitleEs: string;
  timeZone: string;
  format: SessionFormat;
  startsAt: Date;
  endsAt: Date;
  confirmed: number;
  signedOff: boolean;
};

const RECENT_LIMIT = 20;

export async function listTrainerSessions(
  db: Executor,
  userId: string,
  now: Date,
): Promise<{ upcoming: TrainerSession[]; recent: TrainerSession[] }> {
  const columns = {
    id: schema.trainingSession.id,
    role: schema.sessionTrainer.role,
    status: schema.trainingSession.status,
    courseTitleEn: schema.course.titleEn,
    courseTitleEs: schema.course.titleEs,
    timeZone: schema.trainingSession.timeZone,
    format: schema.trainingSession.format,
    startsAt: schema.trainingSession.startsAt,
    endsAt: schema.trainingSession.endsAt,
    confirmed: sql<number>`(SELECT count(*)::int FROM registration r WHERE r.session_id = ${schema.trainingSession.id} AND r.status = 'confirmed')`,
    signedOff: sql<boolean>`EXISTS (SELECT 1 FROM completion c JOIN registration r ON r.id = c.registration_id WHERE r.session_id = ${schema.trainingSession.id})`,
  };
  const base = () =>
    db
      .select(columns)
      .from(schema.sessionTrainer)
      .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.sessionTrainer.sessionId))
      .innerJoin(schema.course, eq(schema.course.id, schema.trainingSession.courseId));
  const upcoming = await base()
    .where(and(eq(schema.sessionTrainer.userId, userId), gte(schema.trainingSession.endsAt, now)))
    .orderBy(asc(schema.trainingSession.startsAt));
  const recent = await base()
    .where(and(eq(schema.sessionTrainer.userId, userId), lt(schema.trainingSession.endsAt, now)))
    .orderBy(desc(schema.trainingSession.startsAt))
    .limit(RECENT_LIMIT);
  const normalise = (row: (typeof upcoming)[number]): TrainerSession => ({
    ...row,
    confirmed: Number(row.confirmed),
    signedOff: Boolean(row.signedOff),
  });
  return { upcoming: upcoming.map(normalise), recent: recent.map(normalise) };
}
