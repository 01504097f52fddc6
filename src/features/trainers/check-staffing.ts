// Applies the staffing rules (src/core/staffing.ts) to a session being created or changed: each trainer's standing at
// the session's first meeting and their meetings in other sessions, looked up in three queries. The rules hold once
// the hub has saved its requirement set (the demo seeds it); a hub that has not yet chosen one keeps only the catalog's
// own checks, so trainers whose credentials were never recorded are not locked out of a hub that just upgraded.
import { and, eq, gt, inArray, lt, ne } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { checkStaffing, type StaffingRefusal } from "#core/staffing.ts";
import type { FieldError } from "#platform/app-error.ts";
import { invalid } from "#features/validation/parse-input.ts";
import { TRAINER_LEVEL_KEY } from "./requirement-set.ts";
import { standingsOf } from "./trainer-standings.ts";

export type StaffedSession = {
  /** Null for a session not yet written. */
  sessionId: string | null;
  status: "draft" | "published" | "cancelled" | "completed";
  meetings: readonly { startsAt: Date; endsAt: Date }[];
  trainers: readonly { userId: string; role: "lead" | "co" }[];
};

/** Throws the first refusal as a field problem on `trainers`, saying why and what would fix it. */
export async function checkSessionStaffing(tx: Executor, session: StaffedSession): Promise<void> {
  const [chosen] = await tx
    .select({ id: schema.trainerRequirementSet.id })
    .from(schema.trainerRequirementSet)
    .where(eq(schema.trainerRequirementSet.key, TRAINER_LEVEL_KEY));
  if (!chosen || session.meetings.length === 0) return;
  const refusals = await staffingRefusals(tx, session);
  if (refusals.length === 0) return;
  const ids = refusals.flatMap((r) => ("userId" in r ? [r.userId] : []));
  const names = new Map(
    ids.length
      ? (
          await tx
            .select({ id: schema.user.id, name: schema.user.name })
            .from(schema.user)
            .where(inArray(schema.user.id, ids))
        ).map((row) => [row.id, row.name])
      : [],
  );
  const first = refusals[0]!;
  const field: FieldError = {
    path: "trainers",
    message: `trainers.staffing.${first.kind}`,
    values: { name: "userId" in first ? (names.get(first.userId) ?? "") : "" },
  };
  throw invalid([field]);
}

export async function staffingRefusals(tx: Executor, session: StaffedSession): Promise<StaffingRefusal[]> {
  const userIds = session.trainers.map((t) => t.userId);
  const firstStart = new Date(Math.min(...session.meetings.map((m) => m.startsAt.getTime())));
  const lastEnd = new Date(Math.max(...session.meetings.map((m) => m.endsAt.getTime())));
  // Standing as it will be when the training starts, from what is recorded (and already scheduled) before then.
  const standings = await standingsOf(tx, userIds, firstStart);
  const otherMeetings = userIds.length
    ? await tx
        .select({
          userId: schema.sessionTrainer.userId,
          sessionId: schema.sessionMeeting.sessionId,
          startsAt: schema.sessionMeeting.startsAt,
          endsAt: schema.sessionMeeting.endsAt,
        })
        .from(schema.sessionTrainer)
        .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.sessionTrainer.sessionId))
        .innerJoin(schema.sessionMeeting, eq(schema.sessionMeeting.sessionId, schema.sessionTrainer.sessionId))
        .where(
          and(
            inArray(schema.sessionTrainer.userId, userIds),
            ne(schema.trainingSession.status, "cancelled"),
            session.sessionId ? ne(schema.sessionTrainer.sessionId, session.sessionId) : undefined,
            lt(schema.sessionMeeting.startsAt, lastEnd),
            gt(schema.sessionMeeting.endsAt, firstStart),
          ),
        )
    : [];
  return checkStaffing({
    status: session.status,
    meetings: session.meetings,
    trainers: session.trainers.map((t) => ({ ...t, standing: standings.get(t.userId)!.status })),
    otherMeetings,
  });
}
