// Calendar entries (iCalendar, RFC 5545) for training sessions: one event per meeting, for feeds, downloads and mail.
import { asc, eq, inArray } from "drizzle-orm";
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalCalendar,
} from "ical-generator";
import type { Locale } from "#core/locale.ts";
import type { SessionFormat, SessionStatus } from "#core/catalog.ts";
import { schema, type Executor } from "#db/client.ts";
import { localized, localizedWithLang, type Localized } from "#i18n/localized.ts";
import { translator } from "#i18n/translate.ts";

export type CalendarSession = {
  id: string;
  status: SessionStatus;
  timeZone: string;
  format: SessionFormat;
  venueName: string | null;
  venueAddress: string | null;
  accessibilityNotes: string | null;
  accessibilityNotesEs: string | null;
  joinUrl: string | null;
  joinDetails: string | null;
  joinDetailsEs: string | null;
  calendarSequence: number;
  cancelReason: string | null;
  title: Localized;
  meetings: { id: string; position: number; startsAt: Date; endsAt: Date }[];
};

/** Sessions with their course title and meetings (in time order), in the order of `sessionIds`. */
export async function loadCalendarSessions(db: Executor, sessionIds: readonly string[]): Promise<CalendarSession[]> {
  if (sessionIds.length === 0) return [];
  const s = schema.trainingSession;
  const rows = await db
    .select({
      id: s.id,
      status: s.status,
      timeZone: s.timeZone,
      format: s.format,
      venueName: s.venueName,
      venueAddress: s.venueAddress,
      accessibilityNotes: s.accessibilityNotes,
      accessibilityNotesEs: s.accessibilityNotesEs,
      joinUrl: s.joinUrl,
      joinDetails: s.joinDetails,
      joinDetailsEs: s.joinDetailsEs,
      calendarSequence: s.calendarSequence,
      cancelReason: s.cancelReason,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      titleEn: schema.course.titleEn,
      titleEs: schema.course.titleEs,
    })
    .from(s)
    .innerJoin(schema.course, eq(schema.course.id, s.courseId))
    .where(inArray(s.id, [...sessionIds]));
  const meetings = await db
    .select({
      id: schema.sessionMeeting.id,
      sessionId: schema.sessionMeeting.sessionId,
      position: schema.sessionMeeting.position,
      startsAt: schema.sessionMeeting.startsAt,
      endsAt: schema.sessionMeeting.endsAt,
    })
    .from(schema.sessionMeeting)
    .where(inArray(schema.sessionMeeting.sessionId, [...sessionIds]))
    .orderBy(asc(schema.sessionMeeting.position));
  const byId = new Map(
    rows.map((row) => {
      const own = meetings.filter((m) => m.sessionId === row.id).map(({ sessionId: _, ...m }) => m);
      const session: CalendarSession = {
        id: row.id,
        status: row.status,
        timeZone: row.timeZone,
        format: row.format,
        venueName: row.venueName,
        venueAddress: row.venueAddress,
        accessibilityNotes: row.accessibilityNotes,
        accessibilityNotesEs: row.accessibilityNotesEs,
        joinUrl: row.joinUrl,
        joinDetails: row.joinDetails,
        joinDetailsEs: row.joinDetailsEs,
        calendarSequence: row.calendarSequence,
        cancelReason: row.cancelReason,
        title: { en: row.titleEn, es: row.titleEs },
        // A session saved without meeting rows still has its overall start and end.
        meetings: own.length ? own : [{ id: row.id, position: 1, startsAt: row.startsAt, endsAt: row.endsAt }],
      };
      return [row.id, session] as const;
    }),
  );
  return sessionIds.flatMap((id) => byId.get(id) ?? []);
}

/** The session's public page, which every calendar entry links to. */
export function sessionPageUrl(publicUrl: string, sessionId: string): string {
  return `${publicUrl}/trainings/${sessionId}`;
}

/** Where the session happens, in the reader's language: the venue, "Online", or both. */
export function sessionLocation(
  session: Pick<CalendarSession, "format" | "venueName" | "venueAddress">,
  locale: Locale,
): string {
  const t = translator(locale);
  const venue = [session.venueName, session.venueAddress]
    .filter((part): part is string => Boolean(part?.trim()))
    .join(", ");
  if (session.format === "online") return t("notices.calendar.online");
  if (session.format === "hybrid")
    return venue ? t("notices.calendar.hybrid", { venue }) : t("notices.calendar.online");
  return venue;
}

export type CalendarEntry = {
  session: CalendarSession;
  /** Join link and details: only for a confirmed participant, the session's trainers and admins. */
  withJoin: boolean;
  /** An offered seat that is not yet taken shows as tentative. */
  tentative?: boolean;
};

export type CalendarOptions = {
  entries: CalendarEntry[];
  locale: Locale;
  publicUrl: string;
  now: Date;
  /** REQUEST and CANCEL are for mail (iTIP); PUBLISH for feeds and downloads. */
  method: "PUBLISH" | "REQUEST" | "CANCEL";
  name?: string;
  /** For mail: the hub as organizer ("Name <address>") and the person it is sent to. */
  organizer?: string;
  attendee?: { name: string; email: string };
  /** More events for the same calendar (a member's co-reflection circle meetings in their personal feed). */
  addEvents?: (calendar: ICalCalendar) => void;
};

function organizerOf(value: string): { name: string; email: string } | null {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(value);
  if (match) return { name: match[1]!.trim() || match[2]!, email: match[2]!.trim() };
  return value.includes("@") ? { name: value.trim(), email: value.trim() } : null;
}

/**
 * Times are written in UTC (DTSTART:…Z), which every calendar reads the same way and shows in its owner's zone; the
 * session's own zone travels as X-WR-TIMEZONE. UIDs are the session and the meeting's position ("day 2"), so they stay
 * the same when meetings are edited, and SEQUENCE is the session's calendar sequence, which every change of time or
 * place and the cancellation raise.
 */
export function buildCalendar(options: CalendarOptions): string {
  const t = translator(options.locale);
  const host = new URL(options.publicUrl).hostname;
  const calendar = ical({
    prodId: { company: "IPS Hub", product: "Trainings", language: options.locale.toUpperCase() },
    method: ICalCalendarMethod[options.method],
    ...(options.name ? { name: options.name } : {}),
  });
  const zones = new Set(options.entries.map((entry) => entry.session.timeZone));
  if (zones.size === 1) calendar.x([{ key: "X-WR-TIMEZONE", value: [...zones][0]! }]);
  const organizer = options.organizer ? organizerOf(options.organizer) : null;

  for (const { session, withJoin, tentative } of options.entries) {
    const cancelled = options.method === "CANCEL" || session.status === "cancelled";
    const title = localized(session.title, options.locale);
    const pageUrl = sessionPageUrl(options.publicUrl, session.id);
    const location = sessionLocation(session, options.locale);
    const count = session.meetings.length;
    // Hub-written texts in the calendar's language (the person's, or the feed's), else the other one: a calendar event
    // has one DESCRIPTION and no way to mark the language of a line, so the fallback goes unmarked (decision 0041).
    const joinDetails = localizedWithLang(
      { en: session.joinDetails ?? "", es: session.joinDetailsEs ?? "" },
      options.locale,
    ).text;
    const accessibilityNotes = localizedWithLang(
      { en: session.accessibilityNotes ?? "", es: session.accessibilityNotesEs ?? "" },
      options.locale,
    ).text;
    session.meetings.forEach((meeting, index) => {
      const description = [
        count > 1 ? t("notices.calendar.part", { n: index + 1, count }) : null,
        cancelled ? t("notices.calendar.cancelled") : null,
        cancelled && session.cancelReason ? session.cancelReason : null,
        tentative && !cancelled ? t("notices.calendar.offered") : null,
        t("notices.calendar.page", { url: pageUrl }),
        withJoin && !cancelled && session.joinUrl ? t("notices.calendar.join", { url: session.joinUrl }) : null,
        withJoin && !cancelled && joinDetails ? joinDetails : null,
        !withJoin && !cancelled && session.format !== "in_person" ? t("notices.calendar.joinLater") : null,
        accessibilityNotes ? t("notices.calendar.accessibility", { notes: accessibilityNotes }) : null,
      ].filter((line): line is string => Boolean(line));
      const event = calendar.createEvent({
        id: `session-${session.id}-${meeting.position}@${host}`,
        sequence: session.calendarSequence,
        stamp: options.now,
        start: meeting.startsAt,
        end: meeting.endsAt,
        summary: title,
        description: description.join("\n"),
        url: pageUrl,
        status: cancelled
          ? ICalEventStatus.CANCELLED
          : tentative
            ? ICalEventStatus.TENTATIVE
            : ICalEventStatus.CONFIRMED,
        ...(location ? { location } : {}),
      });
      if (organizer) event.organizer(organizer);
      if (options.attendee) {
        event.createAttendee({
          name: options.attendee.name,
          email: options.attendee.email,
          role: ICalAttendeeRole.REQ,
          rsvp: false,
          status: cancelled
            ? ICalAttendeeStatus.DECLINED
            : tentative
              ? ICalAttendeeStatus.TENTATIVE
              : ICalAttendeeStatus.ACCEPTED,
        });
      }
    });
  }
  options.addEvents?.(calendar);
  return calendar.toString();
}

/** The file name a session's calendar entry is offered under. */
export function calendarFileName(session: Pick<CalendarSession, "title">): string {
  const base = session.title.en
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${base || "training"}.ics`;
}
