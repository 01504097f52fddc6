// The job that writes one registration notice to one person, in their language and time zone, and puts it in the outbox.
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { isLocale, type Locale } from "#core/locale.ts";
import { liveStatuses, type RegistrationStatus } from "#core/registration.ts";
import { schema } from "#db/client.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import type { Services } from "#platform/services.ts";
import { isMailQueued, queueMail, type MailAttachment } from "#features/mail/queue-mail.ts";
import {
  buildCalendar,
  calendarFileName,
  loadCalendarSessions,
  type CalendarSession,
} from "#features/calendar/session-calendar.ts";
import type {
  RegistrationNotice,
  RegistrationNoticePayload,
  sendRegistrationNoticeJob,
} from "./registration-notice.job.ts";
import { composeNotice, type ScholarshipDecision } from "./notice-mail.ts";
import { createOfferLinks } from "./offer-links.ts";
import { waitlistPositionOf } from "./seat-ledger.ts";

type Facts = {
  status: RegistrationStatus;
  offerExpiresAt: Date | null;
  session: CalendarSession;
  firstStart: Date;
  scholarship: ScholarshipDecision | null;
};

const live = new Set<RegistrationStatus>(liveStatuses);

/**
 * Whether a notice still fits the registration as it is now. The job may run long after it was queued, or twice:
 * an offer that was already taken, or a reminder for a seat given up, is not sent.
 */
const stillFits: Record<RegistrationNotice, (facts: Facts, now: Date) => boolean> = {
  application_received: (f) => f.status === "pending_approval",
  application_approved: (f) =>
    f.status === "approved" || f.status === "confirmed" || f.status === "waitlisted" || f.status === "offered",
  application_declined: (f) => f.status === "denied",
  confirmed: (f) => f.status === "confirmed",
  waitlisted: (f) => f.status === "waitlisted",
  offer: (f, now) => f.status === "offered" && f.offerExpiresAt !== null && f.offerExpiresAt > now,
  offer_expired: (f) => f.status === "expired",
  cancelled: (f) => f.status === "cancelled",
  session_changed: (f) => live.has(f.status) && f.session.status === "published",
  reminder: (f, now) => f.status === "confirmed" && f.session.status === "published" && f.firstStart > now,
  session_cancelled: (f) => f.session.status === "cancelled",
  scholarship_decided: (f) => f.scholarship !== null,
};

/** Which notices carry a calendar entry, and how: a new or updated event, or its cancellation. */
function calendarMethod(notice: RegistrationNotice, status: RegistrationStatus): "REQUEST" | "CANCEL" | null {
  if (notice === "session_cancelled") return "CANCEL";
  const withEvent: RegistrationNotice[] = ["confirmed", "session_changed", "reminder", "application_approved"];
  return withEvent.includes(notice) && status === "confirmed" ? "REQUEST" : null;
}

/** The same job (after a crash, or run twice) always writes to the same outbox row, so the person gets one email. */
export function noticeMessageId(jobId: number | string): string {
  const hex = createHash("sha256").update(`registration-notice:${jobId}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export type NoticeResult =
  { sent: false; reason: "already_sent" | "not_found" | "no_longer_fits" } | { sent: true; messageId: string };

export async function sendRegistrationNotice(
  services: Services,
  payload: RegistrationNoticePayload,
  options: { jobId: number | string },
): Promise<NoticeResult> {
  const messageId = noticeMessageId(options.jobId);
  if (await isMailQueued(services.db, messageId)) return { sent: false, reason: "already_sent" };
  const now = services.now();

  const [row] = await services.db
    .select({
      registration: schema.registration,
      email: schema.user.email,
      name: schema.user.name,
      locale: schema.user.locale,
      timeZone: schema.user.timeZone,
      holdHours: schema.trainingSession.offerHoldHours,
      currency: schema.trainingSession.currency,
    })
    .from(schema.registration)
    .innerJoin(schema.user, eq(schema.user.id, schema.registration.userId))
    .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.registration.sessionId))
    .where(eq(schema.registration.id, payload.registrationId));
  if (!row) return { sent: false, reason: "not_found" };
  const registration = row.registration;
  const [session] = await loadCalendarSessions(services.db, [registration.sessionId]);
  if (!session) return { sent: false, reason: "not_found" };

  let scholarship: ScholarshipDecision | null = null;
  if (payload.notice === "scholarship_decided") {
    const [decision] = await services.db
      .select()
      .from(schema.scholarshipRequest)
      .where(eq(schema.scholarshipRequest.registrationId, registration.id));
    if (decision && decision.status !== "requested") {
      scholarship = {
        status: decision.status,
        awardCents: decision.awardCents,
        currency: row.currency,
        message: decision.message,
      };
    }
  }
  const facts: Facts = {
    status: registration.status,
    offerExpiresAt: registration.offerExpiresAt,
    session,
    firstStart: session.meetings[0]!.startsAt,
    scholarship,
  };
  if (!stillFits[payload.notice](facts, now)) return { sent: false, reason: "no_longer_fits" };

  const locale: Locale = isLocale(row.locale) ? row.locale : "en";
  const publicUrl = services.config.publicUrl;
  const withJoin = registration.status === "confirmed";
  const method = calendarMethod(payload.notice, registration.status);
  const attachments: MailAttachment[] = method
    ? [
        {
          filename: calendarFileName(session),
          contentType: `text/calendar; charset=utf-8; method=${method}`,
          content: buildCalendar({
            entries: [{ session, withJoin }],
            locale,
            publicUrl,
            now,
            method,
            organizer: services.config.mailFrom,
            attendee: { name: row.name, email: row.email },
          }),
        },
      ]
    : [];
  const position = registration.status === "waitlisted" ? await waitlistPositionOf(services.db, registration.id) : null;
  const message = payload.message ?? (payload.notice === "application_declined" ? registration.decisionNote : null);

  await services.db.transaction(async (tx) => {
    // Links are made with the message, so a link exists only if the email that carries it does.
    const offerLinks =
      payload.notice === "offer"
        ? await createOfferLinks(tx, {
            registrationId: registration.id,
            expiresAt: registration.offerExpiresAt!,
            publicUrl,
          })
        : undefined;
    const content = composeNotice({
      notice: payload.notice,
      locale,
      timeZone: row.timeZone,
      publicUrl,
      session,
      status: registration.status,
      withJoin,
      position,
      offerExpiresAt: registration.offerExpiresAt,
      holdHours: row.holdHours,
      message,
      offerLinks,
      scholarship: scholarship ?? undefined,
      calendarAttached: attachments.length > 0,
    });
    await queueMail(tx, {
      id: messageId,
      to: row.email,
      locale,
      recipientName: row.name,
      template: `notice.${payload.notice}`,
      content,
      attachments,
    });
  });
  services.onJobQueued();
  return { sent: true, messageId };
}

/** The worker's handler for `sendRegistrationNoticeJob`. */
export const registrationNoticeHandler: JobHandler<typeof sendRegistrationNoticeJob> = async (
  services,
  payload,
  { jobId },
) => {
  await sendRegistrationNotice(services, payload, { jobId });
};
