// Circle meetings as calendar events (RFC 5545): a circle's own feed for its members, and the meetings in each member's
// personal feed. One event per stored meeting, so a moved or cancelled date updates on its own (UID + SEQUENCE).
import { and, asc, eq, gt, inArray } from "drizzle-orm";
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from "ical-generator";
import type { Viewer } from "#core/access.ts";
import type { Locale } from "#core/locale.ts";
import { schema, type Executor } from "#db/client.ts";
import { translator } from "#i18n/translate.ts";
import { circleStanding, requireMember } from "./circle-standing.ts";

export type CalendarCircleMeeting = {
  id: string;
  circleId: string;
  circleName: string;
  place: string | null;
  videoUrl: string | null;
  startsAt: Date;
  endsAt: Date;
  status: "scheduled" | "cancelled";
  calendarSequence: number;
};

const columns = {
  id: schema.circleMeeting.id,
  circleId: schema.circle.id,
  circleName: schema.circle.name,
  place: schema.circle.place,
  videoUrl: schema.circle.videoUrl,
  startsAt: schema.circleMeeting.startsAt,
  endsAt: schema.circleMeeting.endsAt,
  status: schema.circleMeeting.status,
  calendarSequence: schema.circleMeeting.calendarSequence,
};

/** Meetings of every circle the person is an active member of, from `since` on (the personal feed). */
export async function memberCircleMeetings(
  db: Executor,
  userId: string,
  since: Date,
): Promise<CalendarCircleMeeting[]> {
  return db
    .select(columns)
    .from(schema.circleMember)
    .innerJoin(schema.circle, eq(schema.circle.id, schema.circleMember.circleId))
    .innerJoin(schema.circleMeeting, eq(schema.circleMeeting.circleId, schema.circle.id))
    .where(
      and(
        eq(schema.circleMember.userId, userId),
        eq(schema.circleMember.status, "active"),
        gt(schema.circleMeeting.endsAt, since),
        inArray(schema.circleMeeting.status, ["scheduled", "cancelled"]),
      ),
    )
    .orderBy(asc(schema.circleMeeting.startsAt));
}

/** Adds the meetings to a calendar being built; place and video link are included because only members get these. */
export function addCircleEvents(
  calendar: ICalCalendar,
  meetings: readonly CalendarCircleMeeting[],
  options: { locale: Locale; publicUrl: string; now: Date },
): void {
  const t = translator(options.locale);
  const host = new URL(options.publicUrl).hostname;
  for (const meeting of meetings) {
    const cancelled = meeting.status === "cancelled";
    const url = `${options.publicUrl}/circles/${meeting.circleId}`;
    calendar.createEvent({
      id: `circle-meeting-${meeting.id}@${host}`,
      sequence: meeting.calendarSequence,
      stamp: options.now,
      start: meeting.startsAt,
      end: meeting.endsAt,
      summary: t("circles.calendar.summary", { circle: meeting.circleName }),
      description: [
        cancelled ? t("circles.calendar.cancelled") : null,
        !cancelled && meeting.videoUrl ? t("circles.calendar.video", { url: meeting.videoUrl }) : null,
        t("circles.calendar.page", { url }),
      ]
        .filter((line): line is string => Boolean(line))
        .join("\n"),
      url,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      ...(meeting.place ? { location: meeting.place } : {}),
    });
  }
}

/** One circle's feed, for its members only. */
export async function readCircleCalendar(
  db: Executor,
  input: { viewer: Viewer | null; circleId: string; locale: Locale; publicUrl: string; now: Date },
): Promise<{ ics: string; fileName: string }> {
  const { circle, standing } = await circleStanding(db, input.viewer, input.circleId);
  requireMember(standing);
  const meetings = await db
    .select(columns)
    .from(schema.circleMeeting)
    .innerJoin(schema.circle, eq(schema.circle.id, schema.circleMeeting.circleId))
    .where(eq(schema.circleMeeting.circleId, circle.id))
    .orderBy(asc(schema.circleMeeting.startsAt));
  const calendar = ical({
    prodId: { company: "IPS Hub", product: "Circles", language: input.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    name: circle.name,
  });
  calendar.x([{ key: "X-WR-TIMEZONE", value: circle.timeZone }]);
  addCircleEvents(calendar, meetings, input);
  return { ics: calendar.toString(), fileName: "co-reflection-circle.ics" };
}
