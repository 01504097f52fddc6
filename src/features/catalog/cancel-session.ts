// Cancels a session with a reason: every live registration ends and each person is told. Admins only, audited.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { emitWebhookEvent } from "#features/webhooks/emit-webhook-event.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { invalid, parseInput, problem, requiredText } from "#features/validation/parse-input.ts";
import { endSessionRegistrations } from "#features/registration/end-session-registrations.ts";
import { MAX_SESSION_CANCEL_REASON_LENGTH } from "#core/limits.ts";

const cancelInput = z.object({
  reason: requiredText(
    MAX_SESSION_CANCEL_REASON_LENGTH,
    problem("sessions.errors.reasonMissing"),
    problem("sessions.errors.reasonTooLong"),
  ),
});

export async function cancelSession(
  db: Executor,
  input: { viewer: Viewer | null; now: Date; sessionId: string; reason: string },
  actor: AuditActor,
): Promise<{ calendarSequence: number }> {
  requireAdmin(input.viewer);
  const { reason } = parseInput(cancelInput, input);
  return db.transaction(async (tx) => {
    const s = schema.trainingSession;
    const [current] = await tx.select().from(s).where(eq(s.id, input.sessionId)).for("update");
    if (!current) throw new AppError("not_found", { detail: "No such session" });
    if (current.status === "cancelled")
      throw invalid([{ path: "reason", message: problem("sessions.errors.alreadyCancelled") }]);
    if (current.status === "completed")
      throw invalid([{ path: "reason", message: problem("sessions.errors.completedCannotCancel") }]);
    // A cancelled event is a change calendars must see: the cancellation goes out with a higher sequence.
    const calendarSequence = current.calendarSequence + 1;
    await tx
      .update(s)
      .set({ status: "cancelled", cancelledAt: input.now, cancelReason: reason, calendarSequence })
      .where(eq(s.id, current.id));
    await endSessionRegistrations(tx, current.id, { actor, now: input.now, reason });
    await recordAudit(tx, actor, {
      action: "session.cancel",
      targetType: "training_session",
      targetId: current.id,
      summary: { reason, previousStatus: current.status },
    });
    await emitWebhookEvent(tx, "session.changed", { sessionId: current.id, status: "cancelled" }, input.now);
    return { calendarSequence };
  });
}
