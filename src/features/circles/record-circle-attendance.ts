// Records who was at a meeting: the facilitator (or an organizer) for anyone in the circle, each member for themselves.
// Only the fact of being there is kept; nothing said in a meeting is recorded (issue 11).
import { and, eq, inArray } from "drizzle-orm";
import type { Viewer } from "#core/access.ts";
import { mayRecordAttendance } from "#core/circles.ts";
import { schema } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { circleMeeting, circleStanding, refuse, requireOpen } from "./circle-standing.ts";

export async function recordCircleAttendance(
  services: Pick<Services, "db" | "now">,
  input: { viewer: Viewer | null; circleId: string; meetingId: string; present: string[]; absent?: string[] },
  actor: AuditActor,
): Promise<void> {
  const viewer = input.viewer;
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  const now = services.now();
  const people = [...new Set([...input.present, ...(input.absent ?? [])])];
  const forSelf = people.length === 1 && people[0] === viewer.userId;
  await services.db.transaction(async (tx) => {
    const { circle, standing } = await circleStanding(tx, viewer, input.circleId, { facilitatorOf: input.meetingId });
    if (!mayRecordAttendance(standing, forSelf)) refuse(standing);
    requireOpen(circle);
    const meeting = await circleMeeting(tx, circle.id, input.meetingId);
    if (meeting.status === "cancelled") throw new AppError("conflict", { key: "circles.errors.meetingCancelled" });
    if (meeting.startsAt > now) throw new AppError("conflict", { key: "circles.errors.meetingNotStarted" });
    if (people.length === 0) return;
    const members = await tx
      .select({ userId: schema.circleMember.userId })
      .from(schema.circleMember)
      .where(
        and(
          eq(schema.circleMember.circleId, circle.id),
          eq(schema.circleMember.status, "active"),
          inArray(schema.circleMember.userId, people),
        ),
      );
    if (members.length !== people.length) throw new AppError("invalid", { key: "circles.errors.attendeeNotMember" });
    const present = [...new Set(input.present)];
    if (present.length)
      await tx
        .insert(schema.circleAttendance)
        .values(
          present.map((userId) => ({ meetingId: meeting.id, userId, recordedBy: viewer.userId, recordedAt: now })),
        )
        .onConflictDoNothing();
    if (input.absent?.length)
      await tx
        .delete(schema.circleAttendance)
        .where(
          and(eq(schema.circleAttendance.meetingId, meeting.id), inArray(schema.circleAttendance.userId, input.absent)),
        );
    await recordAudit(tx, actor, {
      action: "circle.attendance",
      targetType: "circle_meeting",
      targetId: meeting.id,
      summary: { present: present.length, absent: input.absent?.length ?? 0 },
    });
  });
}
