// The facilitator (or an organizer) chooses the reflection prompt for one meeting, or goes back to the library's
// prompt in turn. The choice belongs to that date: other dates of the series keep theirs, and a moved date keeps it.
import { and, eq } from "drizzle-orm";
import type { Viewer } from "#core/access.ts";
import { mayChooseMeetingPrompt } from "#core/circles.ts";
import { schema } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import { meetingPromptInput } from "./circle-input.ts";
import { circleMeeting, circleStanding, refuse, requireOpen } from "./circle-standing.ts";

export async function setMeetingPrompt(
  services: Pick<Services, "db" | "now">,
  input: { viewer: Viewer | null; circleId: string; meetingId: string; promptId: string | null },
  actor: AuditActor,
): Promise<{ promptId: string | null }> {
  const { promptId } = parseInput(meetingPromptInput, { promptId: input.promptId });
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const { circle, standing } = await circleStanding(tx, input.viewer, input.circleId, {
      facilitatorOf: input.meetingId,
    });
    if (!mayChooseMeetingPrompt(standing)) refuse(standing);
    requireOpen(circle);
    const meeting = await circleMeeting(tx, circle.id, input.meetingId);
    if (meeting.status === "cancelled") throw new AppError("conflict", { key: "circles.errors.meetingCancelled" });
    if (meeting.endsAt <= now) throw new AppError("conflict", { key: "circles.errors.meetingOver" });
    if (promptId === null) {
      await tx.delete(schema.circleMeetingPrompt).where(eq(schema.circleMeetingPrompt.meetingId, meeting.id));
    } else {
      // Only a prompt the library offers now; a hidden one stays on meetings that already had it, but is not chosen anew.
      const [prompt] = await tx
        .select({ id: schema.reflectionPrompt.id })
        .from(schema.reflectionPrompt)
        .where(and(eq(schema.reflectionPrompt.id, promptId), eq(schema.reflectionPrompt.active, true)));
      if (!prompt) throw invalid([{ path: "promptId", message: problem("circles.errors.prompt") }]);
      const values = { promptId: prompt.id, chosenBy: input.viewer!.userId, chosenAt: now };
      await tx
        .insert(schema.circleMeetingPrompt)
        .values({ meetingId: meeting.id, circleId: circle.id, ...values })
        .onConflictDoUpdate({ target: schema.circleMeetingPrompt.meetingId, set: values });
    }
    await recordAudit(tx, actor, {
      action: "circle.meeting.prompt",
      targetType: "circle_meeting",
      targetId: meeting.id,
      summary: { circleId: circle.id, promptId },
    });
    return { promptId };
  });
}
