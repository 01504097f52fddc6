// A trainer's home: the sessions they teach, coming up first, then recent ones, each leading to its attendance page.
import { Link } from "react-router";
import type { Route } from "./+types/sessions";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { isHubAdmin } from "#core/access.ts";
import { dayRange } from "#i18n/format.ts";
import { localizedField } from "#i18n/localized.ts";
import { listTrainerSessions, type TrainerSession } from "#features/attendance/list-trainer-sessions.ts";
import { useLocale, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { TrainerNav } from "./lib/trainer-nav.tsx";
import { offersInhouseReports } from "#features/inhouse/reporting-organizations.ts";
import attendanceStyles from "../../styles/attendance.css?url";

export const handle: RouteHandle = { access: "trainer" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: attendanceStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "attendance.trainer.title");

export async function loader({ context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const now = services.now();
  const sessions = await listTrainerSessions(services.db, viewer!.userId, now);
  const inhouseReports = await offersInhouseReports(services.db, viewer);
  return { ...sessions, isAdmin: isHubAdmin(viewer), now, inhouseReports };
}

export default function TrainerSessions({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { upcoming, recent } = loaderData;
  return (
    <div className="page">
      <TrainerNav inhouseReports={loaderData.inhouseReports} />
      <h1>{t("attendance.trainer.title")}</h1>
      <p className="lede">{t("attendance.trainer.lede")}</p>
      {/* — evaluations — */}
      <p>
        <Link to="/evaluations/results">{t("evaluations.results.nav")}</Link>
      </p>
      <section aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t("attendance.trainer.upcoming")}</h2>
        {upcoming.length === 0 ? (
          <p className="card empty-state">
            {loaderData.isAdmin ? t("attendance.trainer.emptyAdmin") : t("attendance.trainer.empty")}
          </p>
        ) : (
          <SessionList sessions={upcoming} now={loaderData.now} />
        )}
      </section>
      {recent.length > 0 ? (
        <section aria-labelledby="recent-title">
          <h2 id="recent-title">{t("attendance.trainer.recent")}</h2>
          <SessionList sessions={recent} now={loaderData.now} />
        </section>
      ) : null}
    </div>
  );
}

function SessionList({ sessions, now }: { sessions: TrainerSession[]; now: Date }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ul className="trainer-sessions">
      {sessions.map((session) => {
        const running = session.startsAt <= now && session.endsAt > now;
        return (
          <li key={session.id} className="card trainer-session">
            <h3>
              <Link to={`/trainer/sessions/${encodeURIComponent(session.id)}/attendance`}>
                {localizedField(session, "courseTitle", locale)}
              </Link>
            </h3>
            <p>{dayRange(locale, session.timeZone, session.startsAt, session.endsAt)}</p>
            <p className="pill-row">
              <span className="pill">
                {session.role === "lead" ? t("attendance.trainer.lead") : t("attendance.trainer.co")}
              </span>
              <span className="pill pill-quiet">{t("attendance.trainer.confirmed", { count: session.confirmed })}</span>
              {running ? <span className="pill">{t("attendance.trainer.running")}</span> : null}
              {session.status === "cancelled" ? (
                <span className="pill pill-quiet">{t("attendance.trainer.cancelled")}</span>
              ) : null}
              {session.signedOff ? <span className="pill pill-quiet">{t("attendance.trainer.signedOff")}</span> : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
