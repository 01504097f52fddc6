// The check-in code full screen, for a projector or a phone held up to the room: no site header or footer (nothing of
// the trainer's account is shown to the room), a large QR code, and six digits to type at /check-in for people who
// cannot scan. A Refresh response header reloads it twice a minute, with or without JavaScript, so the code on show
// always works; the link back is a full page load, so the refresh does not follow the trainer to the next page.
import { data } from "react-router";
import type { Route } from "./+types/check-in-display";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { isLocale } from "#core/locale.ts";
import { DEFAULT_HUB_NAME } from "#core/hub-defaults.ts";
import { translator } from "#i18n/translate.ts";
import { longDay, timeRange } from "#i18n/format.ts";
import { localizedField } from "#i18n/localized.ts";
import { readAttendanceSession, requireMarker } from "#features/attendance/attendance-session.ts";
import { checkInDisplay } from "#features/attendance/self-check-in.ts";
import { useLocale, useT } from "../../components/i18n.tsx";
import { orRefused } from "../admin/lib/roster-access.server.ts";
import attendanceStyles from "../../styles/attendance.css?url";

export const handle: RouteHandle = { access: "trainer", chrome: "none" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: attendanceStyles }];

const REFRESH_SECONDS = 30;

export const meta: Route.MetaFunction = ({ matches }) => {
  const root = matches.find((match) => match?.id === "root")?.loaderData as
    { locale?: string; hub?: { name?: string } } | undefined;
  const t = translator(isLocale(root?.locale) ? root.locale : "en");
  return [{ title: `${t("attendance.checkIn.title")} · ${root?.hub?.name ?? DEFAULT_HUB_NAME}` }];
};

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const ctx = appContext(context);
  const session = await orRefused(
    readAttendanceSession(ctx.services.db, params.id).then((found) => {
      requireMarker(found, ctx.viewer);
      return found;
    }),
  );
  const now = ctx.services.now();
  const wanted = new URL(request.url).searchParams.get("meeting");
  const meeting =
    session.meetings.find((candidate) => candidate.id === wanted) ??
    session.meetings.find((candidate) => candidate.endsAt > now) ??
    session.meetings.at(-1);
  const display = meeting
    ? await orRefused(
        checkInDisplay(ctx.services, { viewer: ctx.viewer, sessionId: session.id, meetingId: meeting.id }),
      )
    : null;
  const typeAt = `${ctx.services.config.publicUrl.replace(/^https?:\/\//, "")}/check-in`;
  return data(
    {
      sessionId: session.id,
      typeAt,
      title: localizedField(session.course, "title", ctx.locale),
      timeZone: session.timeZone,
      meeting: display
        ? { id: display.meetingId, position: display.position, startsAt: display.startsAt, endsAt: display.endsAt }
        : null,
      code: display?.code
        ? {
            image: `data:image/svg+xml;base64,${Buffer.from(display.code.svg).toString("base64")}`,
            // "482 913": two groups of three are easier to read across a room and to type.
            short: `${display.code.short.slice(0, 3)} ${display.code.short.slice(3)}`,
          }
        : null,
    },
    display?.code ? { headers: { Refresh: String(REFRESH_SECONDS) } } : undefined,
  );
}

export const headers: Route.HeadersFunction = ({ loaderHeaders }) => {
  const refresh = loaderHeaders.get("Refresh");
  return refresh ? { Refresh: refresh } : new Headers();
};

export default function CheckInDisplay({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { meeting, code } = loaderData;
  const back = `/trainer/sessions/${encodeURIComponent(loaderData.sessionId)}/attendance${meeting ? `?meeting=${encodeURIComponent(meeting.id)}` : ""}`;
  return (
    <div className="check-in-display">
      <div className="display-text">
        <h1>
          {meeting ? t("attendance.display.heading", { position: meeting.position }) : t("attendance.checkIn.title")}
        </h1>
        <p className="lede">
          {loaderData.title}
          {meeting
            ? ` · ${longDay(locale, loaderData.timeZone, meeting.startsAt)} · ${timeRange(locale, loaderData.timeZone, meeting.startsAt, meeting.endsAt)}`
            : ""}
        </p>
        {code && meeting ? (
          <>
            <p className="display-steps">{t("attendance.display.steps")}</p>
            <p className="display-type">{t("attendance.display.typeInstead")}</p>
            <p className="display-address">{loaderData.typeAt}</p>
            <p className="display-short-code">
              <span className="visually-hidden">{t("attendance.display.shortCodeLabel")}: </span>
              {code.short}
            </p>
          </>
        ) : (
          <p className="card empty-state">{t("attendance.checkIn.closed")}</p>
        )}
        <p className="display-back">
          <a href={back}>{t("attendance.display.back")}</a>
        </p>
      </div>
      {code && meeting ? (
        <img
          className="check-in-code-large"
          src={code.image}
          width={480}
          height={480}
          alt={t("attendance.checkIn.alt", { position: meeting.position })}
        />
      ) : null}
    </div>
  );
}
