// The words of each registration notice in the person's language: paragraphs, details (in their time zone) and links.
import type { Locale } from "#core/locale.ts";
import type { RegistrationStatus } from "#core/registration.ts";
import { fullDateTime, meetingTime, moneyWithCents, weekdayAndDate } from "#i18n/format.ts";
import { localized, localizedWithLang } from "#i18n/localized.ts";
import { translator, type Translate } from "#i18n/translate.ts";
import type { MailContent, MailDetail, MailAction } from "#features/mail/render-mail.ts";
import { sessionLocation, sessionPageUrl, type CalendarSession } from "#features/calendar/session-calendar.ts";
import type { RegistrationNotice } from "./notices.ts";

/** Where a person sees and changes their own registrations. */
export const MY_TRAININGS_PATH = "/my/trainings";

export type ScholarshipDecision = {
  status: "awarded_full" | "awarded_partial" | "declined";
  awardCents: number | null;
  currency: string;
  message: string | null;
};

export type NoticeInput = {
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

function whenLines(input: NoticeInput, t: Translate): string {
  const meetings = input.session.meetings;
  if (meetings.length === 1) return meetingTime(input.locale, input.timeZone, meetings[0]!);
  return meetings
    .map((m, i) => t("notices.detail.day", { n: i + 1, when: meetingTime(input.locale, input.timeZone, m) }))
    .join("\n");
}

/** The lang mark for a hub-written text that fell back to the other language; a bare link needs none. */
function otherLang(written: { text: string; lang: Locale }, locale: Locale): { lang?: Locale } {
  return written.text && written.lang !== locale ? { lang: written.lang } : {};
}

function sessionDetails(input: NoticeInput, t: Translate, options: { join: boolean }): MailDetail[] {
  const details: MailDetail[] = [
    { label: t("notices.detail.training"), value: localized(input.session.title, input.locale) },
    { label: t("notices.detail.when"), value: whenLines(input, t) },
  ];
  const where = sessionLocation(input.session, input.locale);
  if (where) details.push({ label: t("notices.detail.where"), value: where });
  if (options.join && input.withJoin) {
    const written = localizedWithLang(
      { en: input.session.joinDetails ?? "", es: input.session.joinDetailsEs ?? "" },
      input.locale,
    );
    const join = [input.session.joinUrl, written.text]
      .filter((part): part is string => Boolean(part?.trim()))
      .join("\n");
    if (join) details.push({ label: t("notices.detail.join"), value: join, ...otherLang(written, input.locale) });
  }
  const accessibility = localizedWithLang(
    { en: input.session.accessibilityNotes ?? "", es: input.session.accessibilityNotesEs ?? "" },
    input.locale,
  );
  if (options.join && accessibility.text)
    details.push({
      label: t("notices.detail.accessibility"),
      value: accessibility.text,
      ...otherLang(accessibility, input.locale),
    });
  return details;
}

/** What to say in each notice; the job decides whether the notice still fits before it asks. */
export function composeNotice(input: NoticeInput): MailContent {
  const t = translator(input.locale);
  const title = localized(input.session.title, input.locale);
  const pageUrl = sessionPageUrl(input.publicUrl, input.session.id);
  const seeTraining: MailAction = { label: t("notices.action.seeTraining"), url: pageUrl };
  const myTrainings: MailAction = {
    label: t("notices.action.myTrainings"),
    url: `${input.publicUrl}${MY_TRAININGS_PATH}`,
  };
  const otherTrainings: MailAction = { label: t("notices.action.otherTrainings"), url: `${input.publicUrl}/trainings` };
  const deadline = input.offerExpiresAt ? fullDateTime(input.locale, input.timeZone, input.offerExpiresAt) : "";
  const note: MailDetail[] = input.message?.trim()
    ? [{ label: t("notices.detail.message"), value: input.message.trim() }]
    : [];
  const calendar = input.calendarAttached ? [t("notices.calendarAttached")] : [];
  const values = { title, hours: input.holdHours, deadline, position: input.position ?? 0 };

  switch (input.notice) {
    case "application_received":
      return {
        subject: t("notices.applicationReceived.subject", values),
        paragraphs: [t("notices.applicationReceived.body", values), t("notices.applicationReceived.next")],
        details: sessionDetails(input, t, { join: false }),
        actions: [seeTraining],
      };
    case "application_approved": {
      const placement =
        input.status === "confirmed"
          ? t("notices.applicationApproved.confirmed")
          : input.status === "waitlisted"
            ? t("notices.applicationApproved.waitlisted", values)
            : input.status === "offered"
              ? t("notices.applicationApproved.offered")
              : t("notices.applicationApproved.pending");
      const details = sessionDetails(input, t, { join: true });
      if (input.status === "waitlisted" && input.position)
        details.push({ label: t("notices.detail.position"), value: String(input.position) });
      return {
        subject: t("notices.applicationApproved.subject", values),
        paragraphs: [t("notices.applicationApproved.body", values), placement],
        details: [...details, ...note],
        actions: [myTrainings],
        afterword: calendar,
      };
    }
    case "application_declined":
      return {
        subject: t("notices.applicationDeclined.subject", values),
        paragraphs: [t("notices.applicationDeclined.body", values)],
        details: note,
        actions: [otherTrainings],
        afterword: [t("notices.applicationDeclined.next")],
      };
    case "confirmed":
      return {
        subject: t("notices.confirmed.subject", values),
        paragraphs: [t("notices.confirmed.body", values)],
        details: sessionDetails(input, t, { join: true }),
        actions: [myTrainings],
        afterword: [...calendar, t("notices.confirmed.cancelHint")],
      };
    case "waitlisted":
      return {
        subject: t("notices.waitlisted.subject", values),
        paragraphs: [t("notices.waitlisted.body", values), t("notices.waitlisted.how", values)],
        details: [
          { label: t("notices.detail.position"), value: String(input.position ?? 1) },
          ...sessionDetails(input, t, { join: false }),
        ],
        actions: [myTrainings],
        afterword: [t("notices.waitlisted.leave")],
      };
    case "offer":
      return {
        subject: t("notices.offer.subject", values),
        paragraphs: [t("notices.offer.body", values), t("notices.offer.choose")],
        details: [
          { label: t("notices.detail.deadline"), value: deadline },
          ...sessionDetails(input, t, { join: false }),
        ],
        actions: input.offerLinks
          ? [
              { label: t("notices.offer.accept"), url: input.offerLinks.accept },
              { label: t("notices.offer.decline"), url: input.offerLinks.decline },
            ]
          : [myTrainings],
        afterword: [t("notices.offer.linksOnce")],
      };
    case "offer_expired":
      return {
        subject: t("notices.offerExpired.subject", values),
        paragraphs: [t("notices.offerExpired.body", values), t("notices.offerExpired.next")],
        details: sessionDetails(input, t, { join: false }),
        actions: [seeTraining],
      };
    case "cancelled":
      return {
        subject: t("notices.cancelled.subject", values),
        paragraphs: [t("notices.cancelled.body", values)],
        details: [...sessionDetails(input, t, { join: false }), ...note],
        actions: [seeTraining],
        afterword: [t("notices.cancelled.next")],
      };
    case "session_changed":
      return {
        subject: t("notices.sessionChanged.subject", values),
        paragraphs: [t("notices.sessionChanged.body", values)],
        details: [...sessionDetails(input, t, { join: true }), ...note],
        actions: [myTrainings],
        afterword: [
          ...(input.calendarAttached ? [t("notices.sessionChanged.calendar")] : []),
          t("notices.sessionChanged.next"),
        ],
      };
    case "reminder": {
      const start = fullDateTime(input.locale, input.timeZone, input.session.meetings[0]!.startsAt);
      return {
        subject: t("notices.reminder.subject", values),
        paragraphs: [t("notices.reminder.body", { ...values, start }), t("notices.reminder.next")],
        details: sessionDetails(input, t, { join: true }),
        actions: [myTrainings],
        afterword: calendar,
      };
    }
    case "session_cancelled": {
      const date = weekdayAndDate(input.locale, input.timeZone, input.session.meetings[0]!.startsAt);
      const reason = input.message?.trim() || input.session.cancelReason?.trim();
      return {
        subject: t("notices.sessionCancelled.subject", { ...values, date }),
        paragraphs: [t("notices.sessionCancelled.body", { ...values, date }), t("notices.sessionCancelled.next")],
        details: reason ? [{ label: t("notices.detail.reason"), value: reason }] : [],
        actions: [otherTrainings],
        afterword: input.calendarAttached ? [t("notices.sessionCancelled.calendar")] : [],
      };
    }
    case "scholarship_decided": {
      const decision = input.scholarship!;
      const amount = decision.awardCents ? moneyWithCents(input.locale, decision.currency, decision.awardCents) : "";
      const body =
        decision.status === "awarded_full"
          ? t("notices.scholarship.full", values)
          : decision.status === "awarded_partial"
            ? t("notices.scholarship.partial", { ...values, amount })
            : t("notices.scholarship.declined", values);
      const scholarshipNote: MailDetail[] = decision.message?.trim()
        ? [{ label: t("notices.detail.message"), value: decision.message.trim() }]
        : note;
      return {
        subject: t(
          decision.status === "declined" ? "notices.scholarship.subjectDeclined" : "notices.scholarship.subjectAwarded",
          values,
        ),
        paragraphs: [body],
        details: scholarshipNote,
        actions: [myTrainings],
        afterword: [
          t(decision.status === "declined" ? "notices.scholarship.nextDeclined" : "notices.scholarship.nextAwarded"),
        ],
      };
    }
  }
}
