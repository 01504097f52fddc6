// A member chooses whether, and how long before each meeting, they want a reminder (none by default).
import { and, eq } from "drizzle-orm";
import type { Viewer } from "#core/access.ts";
import { schema } from "#db/client.ts";
import type { Services } from "#platform/services.ts";
import { parseInput } from "#features/validation/parse-input.ts";
import { reminderInput } from "./circle-input.ts";
import { circleStanding, requireMember, requireOpen } from "./circle-standing.ts";

export async function setCircleReminder(
  services: Pick<Services, "db">,
  input: { viewer: Viewer | null; circleId: string; minutes: number | string },
): Promise<void> {
  const { minutes } = parseInput(reminderInput, { minutes: input.minutes });
  await services.db.transaction(async (tx) => {
    const { circle, standing } = await circleStanding(tx, input.viewer, input.circleId);
    requireMember(standing);
    requireOpen(circle);
    await tx
      .update(schema.circleMember)
      .set({ reminderMinutes: minutes === 0 ? null : minutes })
      .where(and(eq(schema.circleMember.circleId, circle.id), eq(schema.circleMember.userId, input.viewer!.userId)));
  });
}
