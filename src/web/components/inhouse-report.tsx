// An in-house training report as its trainer filled it in, and the thread of messages about it: drawn the same way on
// the hub's review queue (/admin/inhouse) and on the trainer's own page (/trainer/inhouse).
import { languageName } from "#core/locale.ts";
import type { InhouseReportDetail } from "#features/inhouse/list-inhouse-reports.ts";
import type { MessageKey } from "#i18n/translate.ts";
import { Detail } from "./detail.tsx";
import { useFormat, useT } from "./i18n.tsx";
import { ResponsiveTable, type Column } from "./responsive-table.tsx";

type Attendee = InhouseReportDetail["fields"]["attendees"][number];

/** Who reported it and when, the meetings, the evaluation, and the attendees with their minutes at each meeting. */
export function InhouseReportDetails({ report }: { report: InhouseReportDetail }) {
  const t = useT();
  const format = useFormat();
  const { fields } = report;
  const columns: Column<Attendee>[] = [
    { label: t("inhouse.admin.name"), rowHeader: true, cell: (attendee) => attendee.name },
    { label: t("inhouse.admin.email"), cell: (attendee) => attendee.email },
    ...fields.meetings.map((_, index): Column<Attendee> => ({
      label: t("inhouse.admin.minutesAt", { meeting: index + 1 }),
      cell: (attendee) => attendee.minutes[index],
    })),
  ];
  return (
    <>
      <p className="muted">
        {t("inhouse.admin.by", { name: report.reporter.name, organization: report.organization.name })}
        {report.submittedAt
          ? ` · ${t("inhouse.admin.submittedAt", { time: format.dateTime(report.submittedAt) })}`
          : ""}
      </p>
      <dl className="details compact">
        <Detail term={t("inhouse.form.timeZone")}>{fields.timeZone}</Detail>
        <Detail term={t("inhouse.form.format")}>{t(`inhouse.format.${fields.format}`)}</Detail>
        <Detail term={t("inhouse.form.language")}>{languageName(fields.language)}</Detail>
        <Detail term={t("inhouse.form.meetings")}>
          <ol>
            {fields.meetings.map((meeting, index) => (
              <li key={index}>
                {meeting.date} {meeting.startTime}–{meeting.endTime}
              </li>
            ))}
          </ol>
        </Detail>
        <Detail term={t("inhouse.form.respondents")}>{fields.evaluation.respondents}</Detail>
      </dl>
      {/* The evaluation summary is free text of any length: it gets the full width, not a grid cell. */}
      <dl className="details">
        <Detail term={t("inhouse.form.summary")}>
          <span lang={fields.language}>{fields.evaluation.summary}</span>
        </Detail>
      </dl>
      <ResponsiveTable
        caption={t("inhouse.attendeeCount", { count: fields.attendees.length })}
        columns={columns}
        rows={fields.attendees}
        rowKey={(attendee) => attendee.email}
      />
    </>
  );
}

/** The review thread, oldest first: who did what (submitted, asked for changes, …), when, and what they wrote. */
export function InhouseMessages({
  messages,
  headingId,
}: {
  messages: InhouseReportDetail["messages"];
  headingId: string;
}) {
  const t = useT();
  const format = useFormat();
  if (messages.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t("inhouse.messages")}</h2>
      <ul className="plain-list">
        {messages.map((message, index) => (
          <li key={index} className="card">
            <p className="muted">
              {t(`inhouse.action.${message.action}` as MessageKey)} · {message.author ?? ""} ·{" "}
              {format.dateTime(message.createdAt)}
            </p>
            {message.body ? <p>{message.body}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
