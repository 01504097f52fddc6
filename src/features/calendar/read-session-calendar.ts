// One session's calendar entry to download; the join details go only to a confirmed participant, its trainers and admins.
import { maySeeSessionPrivateDetails, mayRunSession, type Viewer } from "#core/access.ts";
import type { Locale } from "#core/locale.ts";
import type { Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { standingInSession } from "#features/access/session-standing.ts";
import { buildCalendar, calendarFileName, loadCalendarSessions } from "./session-calendar.ts";

export async function readSessionCalendar(
  db: Executor,
  input: { sessionId: string; viewer: Viewer | null; locale: Locale; publicUrl: string; now: Date },
): Promise<{ ics: string; fileName: string; withJoin: boolean }> {
  const [session] = await loadCalendarSessions(db, [input.sessionId]);
  const standing = session ? await standingInSession(db, input.viewer, session.id) : null;
  const withJoin = standing !== null && maySeeSessionPrivateDetails(input.viewer, standing);
  // A draft is not public yet: only those who plan it (admins and its trainers) may have its entry.
  if (!session || !standing || (session.status === "draft" && !mayRunSession(input.viewer, standing)))
    throw new AppError("not_found", { detail: "No such session" });
  const ics = buildCalendar({
    entries: [{ session, withJoin }],
    locale: input.locale,
    publicUrl: input.publicUrl,
    now: input.now,
    method: "PUBLISH",
  });
  return { ics, fileName: calendarFileName(session), withJoin };
}
