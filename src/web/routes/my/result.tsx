// A person's own attendance and result for one training: time at each meeting and, before or after sign-off, whether
// they completed and why not — the same reasons their trainer sees.
import { Link } from "react-router";
import type { Route } from "./+types/result";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { orNotFound } from "#web/form-state.server.ts";
import { contactMinutes } from "#core/completion.ts";
import { dayRange, longDay, timeRange } from "#i18n/format.ts";
import { localizedField } from "#i18n/localized.ts";
import { readMyResult } from "#features/attendance/read-my-result.ts";
import { readHubSettingsForPages } from "#features/hub/hub-settings.ts";
import { useLocale, useT } from "../../components/i18n.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import attendanceStyles from "../../styles/attendance.css?url";
import { duration, reasonText, resultState } from "../trainer/lib/attendance-text.ts";

export const handle: RouteHandle = { access: "signed-in" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: attendanceStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "attendance.my.title");

export async function loader({ params, context }: Route.LoaderArgs) {
  const ctx = appContext(context);
  const [mine, hub] = await Promise.all([
    orNotFound(readMyResult(ctx.services.db, ctx.viewer, params.registrationId)),
    readHubSettingsForPages(ctx.services.db),
  ]);
  const { session } = mine;
  return {
    title: localizedField(session.course, "title", ctx.locale),
    timeZone: session.timeZone,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    meetings: session.meetings.map((meeting) => ({
      id: meeting.id,
      position: meeting.position,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      contactMinutes: contactMinutes(meeting),
      minutesPresent: mine.marks[meeting.id]?.minutesPresent ?? null,
    })),
    result: mine.result,
    signedOffAt: mine.signedOffAt,
    confirmed: mine.status === "confirmed",
    hubContactEmail: hub.contactEmail,
  };
}

export default function MyResult({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { result, timeZone } = loaderData;
  const state = resultState(result);
  const reasons = result.reasons.filter((reason) => reason.code !== "awaiting_sign_off");
  // Before any mark and before sign-off, there is nothing to measure yet: say so rather than "0 min of 35 h".
  const unmarked =
    !loaderData.signedOffAt && state !== "completed" && loaderData.meetings.every((m) => m.minutesPresent === null);
  const summary = unmarked
    ? t("attendance.my.unmarked")
    : state === "completed"
      ? t("attendance.my.completed")
      : state === "awaiting"
        ? t("attendance.my.awaiting")
        : loaderData.signedOffAt
          ? t("attendance.my.notCompleted")
          : t("attendance.my.notYet");
  return (
    <div className="page narrow">
      <p className="breadcrumb">
        <Link to="/my/trainings">{t("attendance.my.back")}</Link>
      </p>
      <h1>{loaderData.title}</h1>
      <p className="lede">{dayRange(locale, timeZone, loaderData.startsAt, loaderData.endsAt)}</p>
      <div className="card my-result">
        <p className="my-result-summary">{summary}</p>
        {unmarked ? null : (
          <p>
            {t("attendance.results.attendedOf", {
              attended: duration(t, result.attendedMinutes),
              contact: duration(t, result.contactMinutes),
            })}
          </p>
        )}
        {reasons.length && !unmarked ? (
          <>
            <p>{t("attendance.my.why")}</p>
            <ul className="reason-list">
              {reasons.map((reason) => (
                <li key={reason.code + ("meetingId" in reason ? reason.meetingId : "")}>{reasonText(t, reason)}</li>
              ))}
            </ul>
            <p className="muted">{t("attendance.my.talk")}</p>
          </>
        ) : null}
        {state === "incomplete" && loaderData.signedOffAt ? (
          <p className="what-next">
            {loaderData.hubContactEmail ? (
              <>
                {t("myTrainings.outcome.nextStep")}{" "}
                <a href={`mailto:${loaderData.hubContactEmail}`}>{loaderData.hubContactEmail}</a>.
              </>
            ) : (
              t("myTrainings.outcome.nextStepNoEmail")
            )}
          </p>
        ) : null}
      </div>
      {loaderData.signedOffAt ? (
        <p>
          {t("impact.testimonials.my.invite")}{" "}
          <Link to="/my/testimonials">{t("impact.testimonials.my.inviteLink")}</Link>
        </p>
      ) : null}
      <h2>{t("attendance.my.meetings")}</h2>
      <ResponsiveTable
        rows={loaderData.meetings}
        rowKey={(meeting) => meeting.id}
        columns={[
          {
            label: t("attendance.my.column.meeting"),
            rowHeader: true,
            cell: (meeting) => t("attendance.meetings.day", { position: meeting.position }),
          },
          {
            label: t("attendance.my.column.when"),
            cell: (meeting) =>
              `${longDay(locale, timeZone, meeting.startsAt)} · ${timeRange(locale, timeZone, meeting.startsAt, meeting.endsAt)}`,
          },
          {
            label: t("attendance.my.column.present"),
            cell: (meeting) =>
              meeting.minutesPresent === null
                ? t("attendance.my.notMarked")
                : t("attendance.results.attendedOf", {
                    attended: duration(t, meeting.minutesPresent),
                    contact: duration(t, meeting.contactMinutes),
                  }),
          },
        ]}
      />
    </div>
  );
}
