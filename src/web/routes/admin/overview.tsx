// The hub admin's home: first what waits for a decision now (with links to each queue), then how many people, open
// invitations and kept messages there are, and what happened last.
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Route } from "./+types/overview";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import type { MessageKey } from "#i18n/translate.ts";
import { hubOverview } from "#features/hub/hub-overview.ts";
import { decisionsWaiting, OFFER_EXPIRING_HOURS } from "#features/hub/decisions-waiting.ts";
import { useFormat, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { AuditActionName, AuditActorName } from "./lib/audit-summary.tsx";
import { DecisionsWaitingList } from "./lib/decisions-waiting-list.tsx";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "admin.overview.title");

export async function loader({ context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const now = services.now();
  const [waiting, overview] = await Promise.all([
    decisionsWaiting(services.db, viewer, now),
    hubOverview(services.db, now),
  ]);
  return { waiting, offerHours: OFFER_EXPIRING_HOURS, overview, smtp: Boolean(services.mailTransport) };
}

/** One number on the admin home, linking to the page that lists what it counts. */
function StatCard({
  to,
  count,
  label,
  children,
}: {
  to: string;
  count: number;
  label: MessageKey;
  children?: ReactNode;
}) {
  const t = useT();
  const format = useFormat();
  return (
    <li className="card stat">
      <Link to={to}>
        <span className="stat-number">{format.number(count)}</span>
        <span className="stat-label">{t(label, { count })}</span>
      </Link>
      {children}
    </li>
  );
}

export default function AdminOverview({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { overview } = loaderData;
  return (
    <AdminPage title={t("admin.overview.title")}>
      <p className="lede">{t("admin.overview.lede")}</p>
      <DecisionsWaitingList waiting={loaderData.waiting} offerHours={loaderData.offerHours} />
      <ul className="grid stat-grid" role="list">
        <StatCard to="/admin/people" count={overview.people} label="admin.overview.people" />
        <StatCard to="/admin/invitations" count={overview.pendingInvitations} label="admin.overview.invitations" />
        <StatCard to="/admin/organizations" count={overview.organizations} label="admin.overview.organizations" />
        <StatCard to="/admin/outbox" count={overview.outbox.total} label="admin.overview.outbox">
          <p className="muted">
            {loaderData.smtp
              ? t("admin.overview.outboxSending")
              : t("admin.overview.outboxKept", { count: overview.outbox.kept })}
            {overview.outbox.failed > 0
              ? ` ${t("admin.overview.outboxFailed", { count: overview.outbox.failed })}`
              : ""}
          </p>
        </StatCard>
      </ul>

      <div className="grid two-columns">
        <section aria-labelledby="recent-title">
          <h2 id="recent-title">{t("admin.overview.recent.title")}</h2>
          {overview.recentEvents.length === 0 ? (
            <p className="muted">{t("admin.overview.recent.empty")}</p>
          ) : (
            <ul className="event-list">
              {overview.recentEvents.map((event) => (
                <li key={event.id}>
                  <AuditActionName action={event.action} brief />{" "}
                  <span className="muted">
                    {format.dateTime(event.createdAt)} · <AuditActorName event={event} brief />
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to="/admin/audit">{t("admin.overview.recent.all")}</Link>
          </p>
        </section>
        <section aria-labelledby="areas-title">
          <h2 id="areas-title">{t("admin.overview.areas.title")}</h2>
          <ul className="area-list">
            <li>
              <Link to="/admin/people#invite">{t("admin.overview.areas.invite")}</Link>
            </li>
            <li>
              <Link to="/admin/settings">{t("admin.overview.areas.settings")}</Link>
            </li>
            <li>
              <Link to="/admin/support-resources">{t("admin.overview.areas.resources")}</Link>
            </li>
            <li>
              <Link to="/partner">{t("admin.overview.areas.partner")}</Link>
            </li>
            {/* — evaluations — */}
            <li>
              <Link to="/evaluations/results">{t("evaluations.results.nav")}</Link>
            </li>
            <li>
              <Link to="/admin/evaluation-forms">{t("evaluations.forms.nav")}</Link>
            </li>
          </ul>
        </section>
      </div>
    </AdminPage>
  );
}
