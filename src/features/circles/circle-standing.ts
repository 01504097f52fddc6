// How a viewer stands in a circle (member, organizer, facilitator of a meeting), looked up once for the policy in core/circles.ts.
import { and, asc, eq, gt } from "drizzle-orm";
import { noStanding, type CircleStanding } from "#core/circles.ts";
import type { Viewer } from "#core/access.ts";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";

export type CircleRow = typeof schema.circle.$inferSelect;

/** The circle and the viewer's standing in it; `facilitatorOf` names a meeting, or "next" for the next one. */
export async function circleStanding(
  db: Executor,
  viewer: Viewer | null,
  circleId: string,
  options: { facilitatorOf?: string | "next"; now?: Date } = {},
): Promise<{ circle: CircleRow; standing: CircleStanding }> {
  const [circle] = await db.select().from(schema.circle).where(eq(schema.circle.id, circleId));
  if (!circle) throw new AppError("not_found", { key: "circles.errors.notFound" });
  if (!viewer) return { circle, standing: noStanding };
  const [membership] = await db
    .select({ status: schema.circleMember.status, organizer: schema.circleMember.organizer })
    .from(schema.circleMember)
    .where(and(eq(schema.circleMember.circleId, circleId), eq(schema.circleMember.userId, viewer.userId)));
  const member = membership?.status === "active";
  let facilitator = false;
  if (member && options.facilitatorOf) {
    const m = schema.circleMeeting;
    const [meeting] =
      options.facilitatorOf === "next"
        ? await db
            .select({ facilitatorId: m.facilitatorId })
            .from(m)
            .where(and(eq(m.circleId, circleId), eq(m.status, "scheduled"), gt(m.endsAt, options.now ?? new Date(0))))
            .orderBy(asc(m.startsAt))
            .limit(1)
        : await db
            .select({ facilitatorId: m.facilitatorId })
            .from(m)
            .where(and(eq(m.circleId, circleId), eq(m.id, options.facilitatorOf)));
    facilitator = meeting?.facilitatorId === viewer.userId;
  }
  return { circle, standing: { member, organizer: member && (membership?.organizer ?? false), facilitator } };
}

/** Refuses anyone who is not inside the circle with "not found", so a circle's existence is not confirmed to strangers. */
export function requireMember(standing: CircleStanding): void {
  if (!standing.member) throw new AppError("not_found", { key: "circles.errors.notFound" });
}

/** Refuses what the viewer's standing does not allow: a member is told so, anyone else that the circle does not exist. */
export function refuse(standing: CircleStanding): never {
  requireMember(standing);
  throw new AppError("forbidden", { key: "circles.errors.forbidden" });
}

/**
 * An archived circle is read-only for its members: its history stays readable, nothing changes. Called after the
 * standing check, so strangers are still told the circle does not exist rather than that it is archived.
 */
export function requireOpen(circle: Pick<CircleRow, "archivedAt">): void {
  if (circle.archivedAt) throw new AppError("conflict", { key: "circles.errors.archived" });
}

/** A meeting of this circle, or not found. */
export async function circleMeeting(db: Executor, circleId: string, meetingId: string) {
  const [meeting] = await db
    .select()
    .from(schema.circleMeeting)
    .where(and(eq(schema.circleMeeting.circleId, circleId), eq(schema.circleMeeting.id, meetingId)));
  if (!meeting) throw new AppError("not_found", { key: "circles.errors.meetingNotFound" });
  return meeting;
}

/** Whether someone is an active member of the circle (for naming them facilitator, or recording their attendance). */
export async function isActiveMember(db: Executor, circleId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: schema.circleMember.userId })
    .from(schema.circleMember)
    .where(
      and(
        eq(schema.circleMember.circleId, circleId),
        eq(schema.circleMember.userId, userId),
        eq(schema.circleMember.status, "active"),
      ),
    );
  return Boolean(row);
}
