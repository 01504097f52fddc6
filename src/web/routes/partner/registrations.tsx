// The organization's registrations for its partner admins: each session their staff are registered for, and each
// person's state (a seat, an offer and its deadline, a place in line, an application), upcoming sessions first.
import { Link } from "react-router";
import type { Route } from "./+types/registrations";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import {
  listPartnerRegistrations,
  type PartnerRegistration,
} from "#features/registration/list-partner-registrations.ts";
import { oneOf } from "#web/search-params.ts";
import { inZone } from "#i18n/format.ts";
import { localizedField } from "#i18n/localized.ts";
import { Notice } from "../../components/forms.tsx";
import { useFormat, useLocale, useT } from "../../components/i18n.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { orRefused } from "../admin/lib/roster-access.server.ts";
import { EmailText, StatusPill } from "../admin/lib/roster-parts.tsx";
import { PartnerNav } from "./lib/partner-nav.tsx";

export const handle: RouteHandle = { access: "partner-admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "roster.partner.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const now = services.now();
  const url = new URL(request.url);
  const registrations = await orRefused(listPartnerRegistrations(services.db, viewer, now));
  return {
    registrations,
    group: oneOf(["confirmed", "waitlisted", "pending_approval"] as const, url.searchParams.get("group")),
    seats: Number(url.searchParams.get("seats")) || 0,
    place: Number(url.searchParams.get("place")) || 0,
  };
}

type SessionGroup = { sessionId: string; title: string; startsAt: Date; timeZone: string; rows: PartnerRegistration[] };

export default function PartnerRegistrations({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const { registrations, group } = loaderData;
  const sessions: SessionGroup[] = [];
  for (const row of registrations) {
    let current = sessions.at(-1);
    if (!current || current.sessionId !== row.sessionId) {
      current = {
        sessionId: row.sessionId,
        title: localizedField(row, "courseTitle", locale),
        startsAt: row.startsAt,
        timeZone: row.timeZone,
        rows: [],
      };
      sessions.push(current);
    }
    current.rows.push(row);
  }
  const organizations = new Set(registrations.map((row) => row.organizationId));
  const stateOf = (row: PartnerRegistration) => {
    if (row.status === "waitlisted" && row.waitlistPosition)
      return t("roster.partner.place", { place: row.waitlistPosition });
    if (row.status === "offered" && row.offerExpiresAt)
      return t("roster.partner.offerEnds", { when: format.dateTime(row.offerExpiresAt, inZone(row.timeZone)) });
    return null;
  };
  return (
    <div className="page">
      <PartnerNav />
      <div className="page-heading">
        <h1>{t("roster.partner.title")}</h1>
        <Link className="button" to="/partner/register">
          {t("roster.partnerNav.register")}
        </Link>
      </div>
      <p className="lede">{t("roster.partner.lede")}</p>
      {group ? (
        <Notice>
          {group === "confirmed"
            ? t("roster.partner.doneSeats", { count: loaderData.seats })
            : group === "waitlisted"
              ? t("roster.partner.doneWaiting", { count: loaderData.seats, place: loaderData.place })
              : t("roster.partner.doneApplication", { count: loaderData.seats })}
        </Notice>
      ) : null}
      {sessions.length === 0 ? (
        <p className="card empty-state">{t("roster.partner.empty")}</p>
      ) : (
        sessions.map((session) => (
          <section key={session.sessionId} aria-labelledby={`session-${session.sessionId}`} className="roster-group">
            <h2 id={`session-${session.sessionId}`}>
              {session.title}
              <span className="block muted session-when">
                {format.dateTime(session.startsAt, inZone(session.timeZone, true))}
              </span>
            </h2>
            <ResponsiveTable
              rows={session.rows}
              rowKey={(row) => row.id}
              columns={[
                {
                  label: t("roster.column.person"),
                  rowHeader: true,
                  cell: (row) => (
                    <>
                      {row.name}
                      <span className="block muted break-anywhere">
                        <EmailText email={row.email} />
                      </span>
                    </>
                  ),
                },
                {
                  label: t("roster.column.status"),
                  cell: (row) => (
                    <>
                      <StatusPill status={row.status} />
                      {stateOf(row) ? <span className="block">{stateOf(row)}</span> : null}
                    </>
                  ),
                },
                ...(organizations.size > 1
                  ? [
                      {
                        label: t("roster.column.organization"),
                        cell: (row: PartnerRegistration) => row.organizationName,
                      },
                    ]
                  : []),
                {
                  label: t("roster.column.registration"),
                  cell: (row) => (
                    <>
                      {format.dateTime(row.requestedAt)}
                      {row.groupId ? <span className="block muted">{t("roster.partner.inGroup")}</span> : null}
                    </>
                  ),
                },
              ]}
            />
          </section>
        ))
      )}
    </div>
  );
}
