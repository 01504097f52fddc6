// A session's trainer or an admin marks a confirmed person as a no-show once the session has begun, or undoes it.
import { mayRunSession, type Viewer } from "#core/access.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import type { AuditActor } from "#features/audit/record-audit.ts";
import { standingInSession } from "#features/access/session-standing.ts";
import { loadRegistration } from "./load-registration.ts";
import { lockSession } from "./seat-ledger.ts";
import { moveRegistrations } from "./transition.ts";

export async function markNoShow(
  services: Pick<Services, "db" | "now">,
  request: { viewer: Viewer | null; registrationId: string; noShow: boolean },
  actor: AuditActor,
): Promise<void> {
  const found = await loadRegistration(services.db, request.registrationId);
  if (!mayRunSession(request.viewer, await standingInSession(services.db, request.viewer, found.sessionId)))
    throw new AppError("forbidden", { detail: "Only this session's trainers and admins" });
  const now = services.now();
  await services.db.transaction(async (tx) => {
    const { session } = await lockSession(tx, found.sessionId);
    if (now < session.startsAt) throw new AppError("conflict", { key: "registration.errors.notAllowed" });
    const row = await loadRegistration(tx, found.id);
    const ref = { id: row.id, status: row.status, sessionId: row.sessionId };
    await moveRegistrations(tx, [ref], request.noShow ? "no_show" : "confirmed", { now, actor });
  });
}
