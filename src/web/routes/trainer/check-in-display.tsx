// The check-in code full screen, for a projector or a phone held up to the room. It fetches a fresh code twice a minute
// (without JavaScript, a refresh inside <noscript> reloads the page), so the code on show is always one that works.
import { useEffect, useRef } from "react";
import { Link, useRevalidator } from "react-router";
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

export const handle: RouteHandle = { access: "trainer" };

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
  return {
    sessionId: session.id,
    title: localizedField(session.course, "title", ctx.locale),
    timeZone: session.timeZone,
    meeting: display
      ? { id: display.meetingId, position: display.position, startsAt: display.startsAt, endsAt: display.endsAt }
      : null,
    code: display?.code
      ? { image: `data:image/svg+xml;base64,${Buffer.from(display.code.svg).toString("base64")}` }
      : null,
  };
}

export default function CheckInDisplay({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { meeting, code } = loaderData;
  const revalidator = useRevalidator();
  const latest = useRef(revalidator);
  latest.current = revalidator;
  const showsCode = code !== null;
  useEffect(() => {
    if (!showsCode) return;
    const timer = window.setInterval(() => {
      if (latest.current.state === "idle") void latest.current.revalidate();
    }, REFRESH_SECONDS * 1000);
    return () => window.clearInterval(timer);
  }, [showsCode]);
  const back = `/trainer/sessions/${encodeURIComponent(loaderData.sessionId)}/attendance${meeting ? `?meeting=${encodeURIComponent(meeting.id)}` : ""}`;
  return (
    <div className="page check-in-display">
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
          {/* Only without JavaScript: the page reloads itself for a fresh code. */}
          <noscript>
            <meta httpEquiv="refresh" content={String(REFRESH_SECONDS)} />
          </noscript>
          <img
            className="check-in-code-large"
            src={code.image}
            width={480}
            height={480}
            alt={t("attendance.checkIn.alt", { position: meeting.position })}
          />
          <p className="display-steps">{t("attendance.display.steps")}</p>
        </>
      ) : (
        <p className="card empty-state">{t("attendance.checkIn.closed")}</p>
      )}
      <p>
        <Link to={back}>{t("attendance.display.back")}</Link>
      </p>
    </div>
  );
}
