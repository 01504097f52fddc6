// One session's calendar entry to download; the join details go only to a confirmed participant, its trainers and admins.
import { and, eq } from "drizzle-orm";
import { hasRole, type Viewer } from "#core/access.ts";
import type { Locale } from "#core/locale.ts";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { buildCalendar, calendarFileName, loadCalendarSessions } from "./session-calendar.ts";

/** Whether this viewer may see a session's join link: an admin, one of its trainers, or a confirmed participant. */
export async function seesJoinDetails(db: Executor, sessionId: string, viewer: Viewer | null): Promise<boolean> {
  if (!viewer) return false;
  if (hasRole(viewer, "admin")) return true;
  const [trainer] = await db
    .select({ userId: schema.sessionTrainer.userId })
    .from(schema.sessionTrainer)
    .where(and(eq(schema.sessionTrainer.sessionId, sessionId), eq(schema.sessionTrainer.userId, viewer.userId)));
  if (trainer) return true;
  const [confirmed] = await db
    .select({ id: schema.registration.id })
    .from(schema.registration)
    .where(and(eq(schema.registration.sessionId, sessionId), eq(schema.registration.userId, viewer.userId), eq(schema.registration.status, "confirmed")));
  return Boolean(confirmed);
}

export async function readSessionCalendar(
  db: Executor,
  input: { sessionId: string; viewer: Viewer | null; locale: Locale; publicUrl: string; now: Date },
): Promise<{ ics: string; fileName: string; withJoin: boolean }> {
  const [session] = await loadCalendarSessions(db, [input.sessionId]);
  const withJoin = session ? await seesJoinDetails(db, session.id, input.viewer) : false;
  // A draft is not public yet: only those who plan it (admins and its trainers) may have its entry.
  const trainsOrAdmin = withJoin && input.viewer !== null && (hasRole(input.viewer, "admin") || (await isTrainer(db, input.sessionId, input.viewer.userId)));
  if (!session || (session.status === "draft" && !trainsOrAdmin)) throw new AppError("not_found", { detail: "No such session" });
  const ics = buildCalendar({ entries: [{ session, withJoin }], locale: input.locale, publicUrl: input.publicUrl, now: input.now, method: "PUBLISH" });
  return { ics, fileName: calendarFileName(session), withJoin };
}

async function isTrainer(db: Executor, sessionId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: schema.sessionTrainer.userId })
    .from(schema.sessionTrainer)
    .where(and(eq(schema.sessionTrainer.sessionId, sessionId), eq(schema.sessionTrainer.userId, userId)));
  return Boolean(row);
}
