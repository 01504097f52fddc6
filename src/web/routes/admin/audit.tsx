// The audit log: what changed, who did it, when and from where; filter by action, person or target; page back in time.
import { Form, Link } from "react-router";
import type { Route } from "./+types/audit";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { listAudit } from "#features/audit/list-audit.ts";
import { useFormat, useT } from "../../components/i18n.tsx";
import { OlderNewerPagination } from "../../components/pagination.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { AuditActionName, AuditActorName, AuditSummary } from "./lib/audit-summary.tsx";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "admin.audit.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const url = new URL(request.url);
  const text = (name: string) => (url.searchParams.get(name) ?? "").trim().slice(0, 200);
  const filter = { action: text("action"), actor: text("actor"), target: text("target") };
  const before = Number(url.searchParams.get("before"));
  const page = await listAudit(services.db, {
    action: filter.action || undefined,
    actorEmail: filter.actor || undefined,
    targetId: filter.target || undefined,
    before: Number.isSafeInteger(before) && before > 0 ? before : undefined,
    limit: 50,
  });
  return { ...page, filter, paged: Number.isSafeInteger(before) && before > 0 };
}

export default function AuditLog({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { filter, events } = loaderData;
  const filtered = Boolean(filter.action || filter.actor || filter.target);
  return (
    <AdminPage title={t("admin.audit.title")}>
      <p className="lede">{t("admin.audit.lede")}</p>
      <Form method="get" className="filter-form card" aria-labelledby="audit-filter-title">
        <h2 id="audit-filter-title" className="visually-hidden">
          {t("admin.audit.filter.title")}
        </h2>
        <div className="field">
          <label htmlFor="field-action">{t("admin.audit.filter.action")}</label>
          <input
            id="field-action"
            name="action"
            defaultValue={filter.action}
            aria-describedby="field-action-hint"
            autoComplete="off"
            spellCheck={false}
          />
          <p className="field-hint" id="field-action-hint">
            {t("admin.audit.filter.actionHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor="field-actor">{t("admin.audit.filter.actor")}</label>
          <input
            id="field-actor"
            name="actor"
            type="email"
            defaultValue={filter.actor}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className="field">
          <label htmlFor="field-target">{t("admin.audit.filter.target")}</label>
          <input id="field-target" name="target" defaultValue={filter.target} autoComplete="off" spellCheck={false} />
        </div>
        <div className="filter-actions">
          <button type="submit" className="primary">
            {t("admin.audit.filter.submit")}
          </button>
          {filtered ? <Link to="/admin/audit">{t("admin.audit.filter.clear")}</Link> : null}
        </div>
      </Form>

      {events.length === 0 ? (
        <p className="card">{filtered ? t("admin.audit.emptyFiltered") : t("admin.audit.empty")}</p>
      ) : (
        <ResponsiveTable
          className="audit-table"
          rows={events}
          rowKey={(event) => event.id}
          columns={[
            {
              label: t("admin.audit.column.time"),
              cell: (event) => (
                <time dateTime={new Date(event.createdAt).toISOString()}>
                  {format.dateTime(event.createdAt, { timeStyle: "medium" })}
                </time>
              ),
            },
            { label: t("admin.audit.column.actor"), cell: (event) => <AuditActorName event={event} /> },
            { label: t("admin.audit.column.action"), cell: (event) => <AuditActionName action={event.action} /> },
            {
              label: t("admin.audit.column.target"),
              cell: (event) => (
                <>
                  {event.targetType}
                  {event.targetId ? (
                    <span className="block">
                      {event.targetType === "user" ? (
                        <Link className="target-id" to={`/admin/people/${event.targetId}`}>
                          {event.targetId}
                        </Link>
                      ) : (
                        <code className="target-id">{event.targetId}</code>
                      )}
                    </span>
                  ) : null}
                </>
              ),
            },
            { label: t("admin.audit.column.summary"), cell: (event) => <AuditSummary summary={event.summary} /> },
            { label: t("admin.audit.column.ip"), cell: (event) => event.ip || <span className="muted">—</span> },
          ]}
        />
      )}
      <OlderNewerPagination
        label={t("admin.audit.pages")}
        filter={Object.fromEntries(Object.entries(filter).filter(([, value]) => value))}
        paged={loaderData.paged}
        nextBefore={loaderData.nextBefore}
        newestLabel={t("admin.audit.newest")}
        olderLabel={t("admin.audit.older")}
      />
    </AdminPage>
  );
}
