// Schedules a circle's meetings: a repeating rule expanded into one row per date (decision 0024), or a one-off meeting.
// Facilitators are assigned in rotation order from whoever facilitated last.
import { and, asc, desc, eq, isNotNull, lt } from "drizzle-orm";
import type { Viewer } from "#core/access.ts";
import { assignFacilitators, mayOrganizeCircle } from "#core/circles.ts";
import { expandRecurrence, recurrenceProblem, rruleFor, type CircleRecurrence } from "#core/circle-recurrence.ts";
import { zonedToUtc } from "#core/local-time.ts";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import { scheduleInput, type ScheduleInput } from "./circle-input.ts";
import { circleStanding, refuse, requireOpen } from "./circle-standing.ts";

/** Active members in the facilitating rotation, in turn order. */
export async function rotationOf(db: Executor, circleId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: schema.circleMember.userId })
    .from(schema.circleMember)
    .where(
      and(
        eq(schema.circleMember.circleId, circleId),
        eq(schema.circleMember.status, "active"),
        isNotNull(schema.circleMember.rotationPosition),
      ),
    )
    .orderBy(asc(schema.circleMember.rotationPosition));
  return rows.map((r) => r.userId);
}

export async function scheduleCircleMeetings(
  services: Pick<Services, "db" | "now">,
  input: { viewer: Viewer | null; circleId: string; schedule: ScheduleInput },
  actor: AuditActor,
): Promise<{ meetingIds: string[]; seriesId: string | null }> {
  const schedule = parseInput(scheduleInput, input.schedule);
  return services.db.transaction(async (tx) => {
    const { circle, standing } = await circleStanding(tx, input.viewer, input.circleId);
    if (!mayOrganizeCircle(standing)) refuse(standing);
    requireOpen(circle);
    let dates: { startsAt: Date; endsAt: Date }[];
    let seriesId: string | null = null;
    if (schedule.frequency === "once") {
      const startsAt = zonedToUtc({ date: schedule.firstDate, time: schedule.startTime }, circle.timeZone);
      if (!startsAt) throw invalid([{ path: "startTime", message: problem("circles.errors.timeSkipped") }]);
      dates = [{ startsAt, endsAt: new Date(startsAt.getTime() + schedule.durationMinutes * 60_000) }];
    } else {
      const rule: CircleRecurrence = { ...schedule, frequency: schedule.frequency, timeZone: circle.timeZone };
      const wrong = recurrenceProblem(rule);
      if (wrong === "day_after_28")
        throw invalid([{ path: "firstDate", message: problem("circles.errors.dayAfter28") }]);
      if (wrong) throw new AppError("invalid", { detail: `Recurrence rule: ${wrong}` });
      dates = expandRecurrence(rule);
      const [series] = await tx
        .insert(schema.circleSeries)
        .values({ circleId: circle.id, rule, rrule: rruleFor(rule), createdAt: services.now() })
        .returning({ id: schema.circleSeries.id });
      seriesId = series!.id;
    }
    const [last] = await tx
      .select({ facilitatorId: schema.circleMeeting.facilitatorId })
      .from(schema.circleMeeting)
      .where(and(eq(schema.circleMeeting.circleId, circle.id), lt(schema.circleMeeting.startsAt, dates[0]!.startsAt)))
      .orderBy(desc(schema.circleMeeting.startsAt))
      .limit(1);
    const facilitators = assignFacilitators(await rotationOf(tx, circle.id), dates.length, last?.facilitatorId ?? null);
    const rows = await tx
      .insert(schema.circleMeeting)
      .values(
        dates.map((d, i) => ({
          circleId: circle.id,
          seriesId,
          startsAt: d.startsAt,
          endsAt: d.endsAt,
          originalStartsAt: d.startsAt,
          facilitatorId: facilitators[i],
        })),
      )
      .returning({ id: schema.circleMeeting.id });
    await recordAudit(tx, actor, {
      action: "circle.schedule",
      targetType: "circle",
      targetId: circle.id,
      summary: { meetings: rows.length, frequency: schedule.frequency },
    });
    return { meetingIds: rows.map((r) => r.id), seriesId };
  });
}
