// One session as the admin edit page needs it: every field, its meetings and trainers, its course and its seats.
import { asc, eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { AppError } from "#platform/app-error.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { seatCounts, type SessionSeats } from "./list-sessions-admin.ts";

export type SessionForEdit = typeof schema.trainingSession.$inferSelect & {
  course: { id: string; slug: string; titleEn: string; titleEs: string; archivedAt: Date | null };
  meetings: Array<typeof schema.sessionMeeting.$inferSelect>;
  trainers: Array<{ userId: string; role: "lead" | "co"; name: string; email: string }>;
  seats: SessionSeats;
};

export async function readSessionForEdit(
  db: Executor,
  input: { viewer: Viewer | null; sessionId: string },
): Promise<SessionForEdit> {
  requireAdmin(input.viewer);
  const s = schema.trainingSession;
  const c = schema.course;
  const [row] = await db
    .select({
      session: s,
      course: { id: c.id, slug: c.slug, titleEn: c.titleEn, titleEs: c.titleEs, archivedAt: c.archivedAt },
    })
    .from(s)
    .innerJoin(c, eq(c.id, s.courseId))
    .where(eq(s.id, input.sessionId));
  if (!row) throw new AppError("not_found", { detail: "No such session" });
  const meetings = await db
    .select()
    .from(schema.sessionMeeting)
    .where(eq(schema.sessionMeeting.sessionId, row.session.id))
    .orderBy(asc(schema.sessionMeeting.position));
  const trainers = await db
    .select({
      userId: schema.sessionTrainer.userId,
      role: schema.sessionTrainer.role,
      name: schema.user.name,
      email: schema.user.email,
    })
    .from(schema.sessionTrainer)
    .innerJoin(schema.user, eq(schema.user.id, schema.sessionTrainer.userId))
    .where(eq(schema.sessionTrainer.sessionId, row.session.id))
    .orderBy(asc(schema.sessionTrainer.role), asc(schema.user.name));
  const seats = (await seatCounts(db, [row.session.id])).get(row.session.id)!;
  return { ...row.session, course: row.course, meetings, trainers, seats };
}
