// Starts a co-reflection circle; the person who starts it is its first member, organizer and facilitator in rotation.
import type { Viewer } from "#core/access.ts";
import { mayStartCircle } from "#core/circles.ts";
import { schema } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { readHubSettings } from "#features/hub/hub-settings.ts";
import { parseInput } from "#features/validation/parse-input.ts";
import { circleInput, type CircleInput } from "./circle-input.ts";

export async function createCircle(
  services: Pick<Services, "db" | "now">,
  input: { viewer: Viewer | null; circle: CircleInput },
  actor: AuditActor,
): Promise<{ circleId: string }> {
  const viewer = input.viewer;
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  const hub = await readHubSettings(services.db);
  if (!mayStartCircle(viewer, hub)) throw new AppError("forbidden", { key: "circles.errors.mayNotStart" });
  const circle = parseInput(circleInput, input.circle);
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(schema.circle)
      .values({ ...circle, description: circle.description ?? "", createdBy: viewer.userId, createdAt: now })
      .returning({ id: schema.circle.id });
    await tx.insert(schema.circleMember).values({
      circleId: row!.id,
      userId: viewer.userId,
      status: "active",
      organizer: true,
      rotationPosition: 1,
      joinedAt: now,
    });
    await recordAudit(tx, actor, { action: "circle.create", targetType: "circle", targetId: row!.id });
    return { circleId: row!.id };
  });
}
