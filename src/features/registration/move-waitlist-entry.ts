// An admin moves a waiting entry to another place in line; only with a written reason, which the audit log keeps.
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { queryRows, schema } from "#db/client.ts";
import { isHubAdmin, type Viewer } from "#core/access.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { parseInput, problem } from "#features/validation/parse-input.ts";
import { loadRegistration } from "./load-registration.ts";
import { lockSession } from "./seat-ledger.ts";
import { MAX_STAFF_REASON_LENGTH } from "#core/limits.ts";

export const moveInput = z.object({
  position: z.coerce.number(problem("registration.errors.notAllowed")).int().min(1),
  reason: z
    .string()
    .trim()
    .min(1, problem("registration.errors.reasonMissing"))
    .max(MAX_STAFF_REASON_LENGTH, problem("registration.errors.reasonTooLong")),
});

export type MoveRequest = { viewer: Viewer | null; registrationId: string; position: number | string; reason: string };

/**
 * The line's places are a set of moments; a move hands the same moments out again in the new order, so no entry's
 * order changes except between the old and the new place, and every place stays distinct.
 */
export async function moveWaitlistEntry(
  services: Pick<Services, "db" | "now">,
  request: MoveRequest,
  actor: AuditActor,
): Promise<{ position: number }> {
  if (!isHubAdmin(request.viewer))
    throw new AppError("forbidden", { detail: "Only hub admins move entries in the line" });
  const input = parseInput(moveInput, request);
  const found = await loadRegistration(services.db, request.registrationId);
  const now = services.now();
  return services.db.transaction(async (tx) => {
    await lockSession(tx, found.sessionId);
    const line = await queryRows<{ entry_id: string; queue_at: Date | string }>(
      tx,
      sql`SELECT coalesce(group_id, id) AS entry_id, min(queue_at) AS queue_at FROM registration
          WHERE session_id = ${found.sessionId} AND status = 'waitlisted'
          GROUP BY coalesce(group_id, id) ORDER BY min(queue_at), coalesce(group_id, id)`,
    );
    const entryId = found.groupId ?? found.id;
    const from = line.findIndex((entry) => entry.entry_id === entryId);
    if (from < 0) throw new AppError("conflict", { key: "registration.errors.notAllowed" });
    const to = Math.min(input.position, line.length) - 1;
    if (to !== from) {
      const moments = line.map((entry) => new Date(entry.queue_at));
      const order = line.map((entry) => entry.entry_id);
      order.splice(to, 0, ...order.splice(from, 1));
      const [low, high] = [Math.min(from, to), Math.max(from, to)];
      for (let index = low; index <= high; index += 1) {
        await tx
          .update(schema.registration)
          .set({ queueAt: moments[index]! })
          .where(
            and(
              sql`coalesce(${schema.registration.groupId}, ${schema.registration.id}) = ${order[index]!}`,
              eq(schema.registration.status, "waitlisted"),
            ),
          );
      }
    }
    await tx.insert(schema.registrationEvent).values({
      registrationId: found.id,
      fromStatus: "waitlisted",
      toStatus: "waitlisted",
      actorId: actor.userId,
      reason: input.reason,
      createdAt: now,
    });
    await recordAudit(tx, actor, {
      action: "registration.move",
      targetType: "registration",
      targetId: found.id,
      summary: { sessionId: found.sessionId, from: from + 1, to: to + 1, reason: input.reason },
    });
    return { position: to + 1 };
  });
}
