// A member's answer for one meeting (going, not going, maybe): stored against that date only, and changeable.
import type { Viewer } from "#core/access.ts";
import { schema } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { parseInput } from "#features/validation/parse-input.ts";
import { rsvpInput } from "./circle-input.ts";
import { circleMeeting, circleStanding, requireMember, requireOpen } from "./circle-standing.ts";

export async function answerMeeting(
  services: Pick<Services, "db" | "now">,
  input: { viewer: Viewer | null; circleId: string; meetingId: string; answer: string },
): Promise<{ answer: "going" | "not_going" | "maybe" }> {
  const { answer } = parseInput(rsvpInput, { answer: input.answer });
  const viewer = input.viewer;
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  const now = services.now();
  await services.db.transaction(async (tx) => {
    const { circle, standing } = await circleStanding(tx, viewer, input.circleId);
    requireMember(standing);
    requireOpen(circle);
    const meeting = await circleMeeting(tx, circle.id, input.meetingId);
    if (meeting.status === "cancelled") throw new AppError("conflict", { key: "circles.errors.meetingCancelled" });
    // Answers are a member's own plan, not a record for hosts: no audit row (issue 11: Circle.so tracked RSVPs for hosts).
    await tx
      .insert(schema.circleRsvp)
      .values({ meetingId: meeting.id, userId: viewer.userId, answer, updatedAt: now })
      .onConflictDoUpdate({
        target: [schema.circleRsvp.meetingId, schema.circleRsvp.userId],
        set: { answer, updatedAt: now },
      });
  });
  return { answer };
}
