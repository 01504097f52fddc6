// The words of each registration notice in the person's language: paragraphs, details (in their time zone) and links.
import type { Locale } from "#core/locale.ts";
import { zoneLabel, zoneNameStyle } from "#core/local-time.ts";
import type { RegistrationStatus } from "#core/registration.ts";
import { translator, type Translate } from "#i18n/translate.ts";
import type { MailContent, MailDetail, MailAction } from "#features/mail/render-mail.ts";
import { sessionLocation, sessionPageUrl, type CalendarSession } from "#features/calendar/session-calendar.ts";
import type { RegistrationNotice } from "./notices.ts";

/** Where a person sees and changes their own registrations. */
export const MY_TRAININGS_PATH = "/my/trainings";

export type ScholarshipDecision = { status: "awarded_full" | "awarded_partial" | "declined"; awardCents: number | null; currency: string; message: string | null };

export type NoticeFacts = {
  notice: RegistrationNotice;
  locale: Locale;
  /** The person's own zone: every date and time in the message is shown in it. */
  timeZone: string;
  publicUrl: string;
  session: CalendarSession;
  status: RegistrationStatus;
  /** Join link and details go only to a confirmed person. */
  withJoin: boolean;
  position?: number | null;
  offerExpiresAt?: Date | null;
  holdHours: number;
  /** A person's words that go with the notice (an admin's reason). */
  message?: string | null;
  offerLinks?: { accept: string; decline: string };
  scholarship?: ScholarshipDecision;
  calendarAttached: boolean;
};

function dateTimeFormat(locale: Locale, timeZone: string, withZone: boolean): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    ...(withZone ? { timeZoneName: zoneNameStyle(locale, timeZone) } : {}),
  });
}

/** "Tuesday, March 3, 2026, 9:00 AM – 4:00 PM PST", in the reader's zone. */
export function meetingTime(meeting: { startsAt: Date; endsAt: Date }, locale: Locale, timeZone: string): string {
  return `${dateTimeFormat(locale, timeZone, false).formatRange(meeting.startsAt, meeting.endsAt)} ${zoneLabel(locale, timeZone, meeting.endsAt)}`;
}

export function momentIn(value: Date, locale: Locale, timeZone: string): string {
  return dateTimeFormat(locale, timeZone, true).format(value);
}

function dayIn(value: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: "long", month: "long", day: "numeric", timeZone }).format(value);
}

function whenLines(facts: NoticeFacts, t: Translate): string {
  const meetings = facts.session.meetings;
  if (meetings.length === 1) return meetingTime(meetings[0]!, facts.locale, facts.timeZone);
  return meetings.map((m, i) => t("notices.detail.day", { n: i + 1, when: meetingTime(m, facts.locale, facts.timeZone) })).join("\n");
}

function sessionDetails(facts: NoticeFacts, t: Translate, options: { join: boolean }): MailDetail[] {
  const details: MailDetail[] = [
    { label: t("notices.detail.training"), value: facts.session.title[facts.locale] },
    { label: t("notices.detail.when"), value: whenLines(facts, t) },
  ];
  const where = sessionLocation(facts.session, facts.locale);
  if (where) details.push({ label: t("notices.detail.where"), value: where });
  if (options.join && facts.withJoin) {
    const join = [facts.session.joinUrl, facts.session.joinDetails].filter((part): part is string => Boolean(part?.trim())).join("\n");
    if (join) details.push({ label: t("notices.detail.join"), value: join });
  }
  if (options.join && facts.session.accessibilityNotes) details.push({ label: t("notices.detail.accessibility"), value: facts.session.accessibilityNotes });
  return details;
}

function money(cents: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(cents / 100);
}

/** What to say in each notice; the job decides whether the notice still fits before it asks. */
export function composeNotice(facts: NoticeFacts): MailContent {
  const t = translator(facts.locale);
  const title = facts.session.title[facts.locale];
  const pageUrl = sessionPageUrl(facts.publicUrl, facts.session.id);
  const seeTraining: MailAction = { label: t("notices.action.seeTraining"), url: pageUrl };
  const myTrainings: MailAction = { label: t("notices.action.myTrainings"), url: `${facts.publicUrl}${MY_TRAININGS_PATH}` };
  const otherTrainings: MailAction = { label: t("notices.action.otherTrainings"), url: `${facts.publicUrl}/trainings` };
  const deadline = facts.offerExpiresAt ? momentIn(facts.offerExpiresAt, facts.locale, facts.timeZone) : "";
  const note: MailDetail[] = facts.message?.trim() ? [{ label: t("notices.detail.message"), value: facts.message.trim() }] : [];
  const calendar = facts.calendarAttached ? [t("notices.calendarAttached")] : [];
  const values = { title, hours: facts.holdHours, deadline, position: facts.position ?? 0 };

  switch (facts.notice) {
    case "application_received":
      return { subject: t("notices.applicationReceived.subject", values), paragraphs: [t("notices.applicationReceived.body", values), t("notices.applicationReceived.next")], details: sessionDetails(facts, t, { join: false }), actions: [seeTraining] };
    case "application_approved": {
      const placement =
        facts.status === "confirmed"
          ? t("notices.applicationApproved.confirmed")
          : facts.status === "waitlisted"
            ? t("notices.applicationApproved.waitlisted", values)
            : facts.status === "offered"
              ? t("notices.applicationApproved.offered")
              : t("notices.applicationApproved.pending");
      const details = sessionDetails(facts, t, { join: true });
      if (facts.status === "waitlisted" && facts.position) details.push({ label: t("notices.detail.position"), value: String(facts.position) });
      return { subject: t("notices.applicationApproved.subject", values), paragraphs: [t("notices.applicationApproved.body", values), placement], details: [...details, ...note], actions: [myTrainings], afterword: calendar };
    }
    case "application_declined":
      return { subject: t("notices.applicationDeclined.subject", values), paragraphs: [t("notices.applicationDeclined.body", values)], details: note, actions: [otherTrainings], afterword: [t("notices.applicationDeclined.next")] };
    case "confirmed":
      return {
        subject: t("notices.confirmed.subject", values),
        paragraphs: [t("notices.confirmed.body", values)],
        details: sessionDetails(facts, t, { join: true }),
        actions: [myTrainings],
        afterword: [...calendar, t("notices.confirmed.cancelHint")],
      };
    case "waitlisted":
      return {
        subject: t("notices.waitlisted.subject", values),
        paragraphs: [t("notices.waitlisted.body", values), t("notices.waitlisted.how", values)],
        details: [{ label: t("notices.detail.position"), value: String(facts.position ?? 1) }, ...sessionDetails(facts, t, { join: false })],
        actions: [myTrainings],
        afterword: [t("notices.waitlisted.leave")],
      };
    case "offer":
      return {
        subject: t("notices.offer.subject", values),
        paragraphs: [t("notices.offer.body", values), t("notices.offer.choose")],
        details: [{ label: t("notices.detail.deadline"), value: deadline }, ...sessionDetails(facts, t, { join: false })],
        actions: facts.offerLinks
          ? [
              { label: t("notices.offer.accept"), url: facts.offerLinks.accept },
              { label: t("notices.offer.decline"), url: facts.offerLinks.decline },
            ]
          : [myTrainings],
        afterword: [t("notices.offer.linksOnce")],
      };
    case "offer_expired":
      return { subject: t("notices.offerExpired.subject", values), paragraphs: [t("notices.offerExpired.body", values), t("notices.offerExpired.next")], details: sessionDetails(facts, t, { join: false }), actions: [seeTraining] };
    case "cancelled":
      return { subject: t("notices.cancelled.subject", values), paragraphs: [t("notices.cancelled.body", values)], details: [...sessionDetails(facts, t, { join: false }), ...note], actions: [seeTraining], afterword: [t("notices.cancelled.next")] };
    case "session_changed":
      return {
        subject: t("notices.sessionChanged.subject", values),
        paragraphs: [t("notices.sessionChanged.body", values)],
        details: [...sessionDetails(facts, t, { join: true }), ...note],
        actions: [myTrainings],
        afterword: [...(facts.calendarAttached ? [t("notices.sessionChanged.calendar")] : []), t("notices.sessionChanged.next")],
      };
    case "reminder": {
      const start = momentIn(facts.session.meetings[0]!.startsAt, facts.locale, facts.timeZone);
      return {
        subject: t("notices.reminder.subject", values),
        paragraphs: [t("notices.reminder.body", { ...values, start }), t("notices.reminder.next")],
        details: sessionDetails(facts, t, { join: true }),
        actions: [myTrainings],
        afterword: calendar,
      };
    }
    case "session_cancelled": {
      const date = dayIn(facts.session.meetings[0]!.startsAt, facts.locale, facts.timeZone);
      const reason = facts.message?.trim() || facts.session.cancelReason?.trim();
      return {
        subject: t("notices.sessionCancelled.subject", { ...values, date }),
        paragraphs: [t("notices.sessionCancelled.body", { ...values, date }), t("notices.sessionCancelled.next")],
        details: reason ? [{ label: t("notices.detail.reason"), value: reason }] : [],
        actions: [otherTrainings],
        afterword: facts.calendarAttached ? [t("notices.sessionCancelled.calendar")] : [],
      };
    }
    case "scholarship_decided": {
      const decision = facts.scholarship!;
      const amount = decision.awardCents ? money(decision.awardCents, decision.currency, facts.locale) : "";
      const body =
        decision.status === "awarded_full"
          ? t("notices.scholarship.full", values)
          : decision.status === "awarded_partial"
            ? t("notices.scholarship.partial", { ...values, amount })
            : t("notices.scholarship.declined", values);
      const scholarshipNote: MailDetail[] = decision.message?.trim() ? [{ label: t("notices.detail.message"), value: decision.message.trim() }] : note;
      return {
        subject: t(decision.status === "declined" ? "notices.scholarship.subjectDeclined" : "notices.scholarship.subjectAwarded", values),
        paragraphs: [body],
        details: scholarshipNote,
        actions: [myTrainings],
        afterword: [t(decision.status === "declined" ? "notices.scholarship.nextDeclined" : "notices.scholarship.nextAwarded")],
      };
    }
  }
}
