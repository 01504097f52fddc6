// Schedules a session of a course: its meetings in a named time zone, place or link, seats, prices and trainers. Admins only, audited.
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { checkSessionInput, checkSessionReferences, type SessionInput } from "./session-input.ts";
import { replaceTrainers, sessionColumns, writeMeetings } from "./session-parts.ts";
// trainers (issue 10): the staffing rules
import { checkSessionStaffing } from "#features/trainers/check-staffing.ts";

export async function createSession(
  db: Executor,
  input: { viewer: Viewer | null; session: SessionInput },
  actor: AuditActor,
): Promise<{ id: string }> {
  requireAdmin(input.viewer);
  const values = checkSessionInput(input.session, { requireCourse: true });
  return db.transaction(async (tx) => {
    const { courseId } = await checkSessionReferences(tx, values, { requireCourse: true });
    await checkSessionStaffing(tx, { sessionId: null, ...values });
    const [row] = await tx
      .insert(schema.trainingSession)
      .values({
        ...sessionColumns(values),
        courseId: courseId!,
        capacity: values.capacity,
        reservedPartnerSeats: values.reservedPartnerSeats,
        reservedScholarshipSeats: values.reservedScholarshipSeats,
      })
      .returning({ id: schema.trainingSession.id });
    await writeMeetings(tx, row!.id, values.meetings);
    await replaceTrainers(tx, row!.id, values.trainers);
    await recordAudit(tx, actor, {
      action: "session.create",
      targetType: "training_session",
      targetId: row!.id,
      summary: {
        courseId,
        status: values.status,
        startsAt: values.startsAt.toISOString(),
        meetings: values.meetings.length,
        capacity: values.capacity,
      },
    });
    return { id: row!.id };
  });
}
