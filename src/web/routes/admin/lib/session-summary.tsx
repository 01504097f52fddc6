// How a session is named in admin lists and headings: its status as a pill, its dates in its own time zone.
import type { SessionStatus } from "#core/catalog.ts";
import { sessionDates } from "#i18n/format.ts";
import type { MessageKey } from "#i18n/translate.ts";
import { useLocale, useT } from "../../../components/i18n.tsx";

export const statusKeys: Record<SessionStatus, MessageKey> = {
  draft: "sessions.status.draft",
  published: "sessions.status.published",
  cancelled: "sessions.status.cancelled",
  completed: "sessions.status.completed",
};

const statusClasses: Record<SessionStatus, string> = {
  draft: "status-waiting",
  published: "status-active",
  cancelled: "status-failed",
  completed: "status-expired",
};

export function StatusPill({ status }: { status: SessionStatus }) {
  const t = useT();
  return <span className={`pill ${statusClasses[status]}`}>{t(statusKeys[status])}</span>;
}

/** "5–9 May 2025" for several days, "5 May 2025, 9:00–16:30 PDT" for one; always in the session's own zone. */
export function SessionDates({
  startsAt,
  endsAt,
  timeZone,
}: {
  startsAt: string | Date;
  endsAt: string | Date;
  timeZone: string;
}) {
  const locale = useLocale();
  const start = new Date(startsAt);
  return <time dateTime={start.toISOString()}>{sessionDates(locale, timeZone, start, new Date(endsAt))}</time>;
}

/** Who is waiting for what: people in line, open offers, applications to decide; only the counts that are not zero. */
export function WaitingSummary({ seats }: { seats: { waitlisted: number; offered: number; pending: number } }) {
  const t = useT();
  const counts = [
    seats.waitlisted ? t("sessions.seats.waitlisted", { count: seats.waitlisted }) : null,
    seats.offered ? t("sessions.seats.offered", { count: seats.offered }) : null,
    seats.pending ? t("sessions.seats.pending", { count: seats.pending }) : null,
  ].filter(Boolean);
  return counts.length ? <>{counts.join(" · ")}</> : <span className="muted">{t("sessions.seats.nobodyWaiting")}</span>;
}
