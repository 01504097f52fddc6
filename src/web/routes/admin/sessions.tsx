// Every session, filtered by status, course and time: dates in each session's zone, seats taken and people waiting.
import { Form, Link } from "react-router";
import type { Route } from "./+types/sessions";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { sessionStatuses } from "#core/catalog.ts";
import { listSessionsAdmin, sessionNeeds, sessionTimeframes } from "#features/catalog/list-sessions-admin.ts";
import { listSessionChoices } from "#features/catalog/list-session-choices.ts";
import { oneOf } from "#web/search-params.ts";
import { localizedField } from "#i18n/localized.ts";
import { SelectField } from "../../components/forms.tsx";
import { useLocale, useT } from "../../components/i18n.tsx";
import { Pagination } from "../../components/pagination.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import catalogAdminStyles from "../../styles/catalog-admin.css?url";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { formatKeys } from "./lib/session-form.tsx";
import { SessionDates, StatusPill, statusKeys, WaitingSummary } from "./lib/session-summary.tsx";

export const handle: RouteHandle = { access: "admin" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: catalogAdminStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "sessions.list.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const url = new URL(request.url);
  const status = oneOf(sessionStatuses, url.searchParams.get("status"));
  const needs = oneOf(sessionNeeds, url.searchParams.get("needs"));
  // What needs acting on is mostly in the past (sign-off) or about to pass (offers): look at every date by default.
  const when = oneOf(sessionTimeframes, url.searchParams.get("when")) ?? (needs ? "all" : "upcoming");
  const { courses } = await listSessionChoices(services.db);
  const wantedCourse = url.searchParams.get("course") ?? "";
  const courseId = /^[\w-]{1,100}$/.test(wantedCourse) ? wantedCourse : null;
  const list = await listSessionsAdmin(services.db, {
    viewer,
    now: services.now(),
    status,
    courseId,
    when,
    needs,
    page: Number(url.searchParams.get("page")) || 1,
  });
  return {
    ...list,
    sessions: list.sessions.map((session) => ({
      ...session,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
    })),
    courses,
    filter: { status: status ?? "", course: courseId ?? "", when, needs: needs ?? "" },
  };
}

export default function Sessions({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { filter } = loaderData;
  const query = Object.fromEntries(Object.entries(filter).filter(([, value]) => value)) as Record<string, string>;
  const filtered = Boolean(filter.status || filter.course || filter.needs || filter.when !== "upcoming");
  const newHref = filter.course ? `/admin/sessions/new?course=${filter.course}` : "/admin/sessions/new";
  return (
    <AdminPage
      title={t("sessions.list.title")}
      action={
        <Link className="button" to={newHref}>
          {t("sessions.list.new")}
        </Link>
      }
    >
      <p className="lede">{t("sessions.list.lede")}</p>
      {filter.needs ? (
        <p className="card">
          {t(filter.needs === "sign-off" ? "sessions.list.needs.signOff" : "sessions.list.needs.expiringOffers")}{" "}
          <Link to="/admin">{t("sessions.list.needs.back")}</Link>
        </p>
      ) : null}
      <Form method="get" className="filter-form" aria-label={t("sessions.list.filter")}>
        {filter.needs ? <input type="hidden" name="needs" value={filter.needs} /> : null}
        <SelectField name="when" label={t("sessions.list.when")} defaultValue={filter.when}>
          <option value="upcoming">{t("sessions.list.when.upcoming")}</option>
          <option value="past">{t("sessions.list.when.past")}</option>
          <option value="all">{t("sessions.list.when.all")}</option>
        </SelectField>
        <SelectField name="status" label={t("sessions.list.status")} defaultValue={filter.status}>
          <option value="">{t("sessions.list.status.any")}</option>
          {sessionStatuses.map((status) => (
            <option key={status} value={status}>
              {t(statusKeys[status])}
            </option>
          ))}
        </SelectField>
        <SelectField name="course" label={t("sessions.list.course")} defaultValue={filter.course}>
          <option value="">{t("sessions.list.course.any")}</option>
          {loaderData.courses.map((course) => (
            <option key={course.id} value={course.id}>
              {localizedField(course, "title", locale)}
            </option>
          ))}
        </SelectField>
        <div className="filter-actions">
          <button type="submit" className="secondary">
            {t("sessions.list.show")}
          </button>
          {filtered ? <Link to="/admin/sessions">{t("sessions.list.clear")}</Link> : null}
        </div>
      </Form>
      <p className="muted" role="status">
        {t("sessions.list.count", { count: loaderData.total })}
      </p>
      {loaderData.sessions.length === 0 ? (
        <div className="card empty-state">
          <p>{filtered ? t("sessions.list.emptyFiltered") : t("sessions.list.empty")}</p>
          <Link className="button" to={newHref}>
            {t("sessions.list.new")}
          </Link>
        </div>
      ) : (
        <ResponsiveTable
          rows={loaderData.sessions}
          rowKey={(session) => session.id}
          columns={[
            {
              label: t("sessions.list.column.session"),
              rowHeader: true,
              cell: (session) => (
                <>
                  <Link to={`/admin/sessions/${session.id}`}>{localizedField(session, "courseTitle", locale)}</Link>
                  <span className="block muted">
                    <SessionDates startsAt={session.startsAt} endsAt={session.endsAt} timeZone={session.timeZone} />
                  </span>
                  <Link className="block" to={`/admin/sessions/${session.id}/roster`}>
                    {t("sessions.edit.roster")}
                    <span className="visually-hidden"> {localizedField(session, "courseTitle", locale)}</span>
                  </Link>
                  {filter.needs === "sign-off" ? (
                    <Link className="block" to={`/trainer/sessions/${session.id}/attendance`}>
                      {t("sessions.list.needs.signOffLink")}
                      <span className="visually-hidden"> {localizedField(session, "courseTitle", locale)}</span>
                    </Link>
                  ) : null}
                </>
              ),
            },
            {
              label: t("sessions.list.column.where"),
              cell: (session) => (
                <>
                  {t(formatKeys[session.format])} · {t(`sessions.language.${session.language}` as const)}
                  {session.venueName ? <span className="block muted">{session.venueName}</span> : null}
                </>
              ),
            },
            { label: t("sessions.list.column.status"), cell: (session) => <StatusPill status={session.status} /> },
            {
              label: t("sessions.list.column.seats"),
              cell: (session) =>
                t("sessions.seats.confirmedOf", { confirmed: session.seats.confirmed, capacity: session.capacity }),
            },
            {
              label: t("sessions.list.column.waiting"),
              cell: (session) => <WaitingSummary seats={session.seats} />,
            },
          ]}
        />
      )}
      <Pagination
        page={loaderData.page}
        pageCount={loaderData.pageCount}
        query={query}
        label={t("sessions.list.pages")}
      />
    </AdminPage>
  );
}
