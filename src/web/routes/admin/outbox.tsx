// The mail outbox: every message the hub wrote, newest first; without SMTP this is where they are kept to be read.
import { Form, Link } from "react-router";
import type { Route } from "./+types/outbox";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { listOutbox } from "#features/mail/list-outbox.ts";
import { Notice } from "../../components/forms.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { OlderNewerPagination } from "../../components/pagination.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { outboxStatusKeys as statusKeys } from "./lib/outbox-status.ts";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "admin.outbox.title");

const PAGE_SIZE = 50;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const url = new URL(request.url);
  const to = (url.searchParams.get("to") ?? "").trim().slice(0, 254);
  const beforeParam = url.searchParams.get("before") ?? "";
  const before = beforeParam && !Number.isNaN(Date.parse(beforeParam)) ? beforeParam : undefined;
  const page = await listOutbox(services.db, { to: to || undefined, before, limit: PAGE_SIZE });
  return { ...page, to, paged: Boolean(before), smtp: Boolean(services.mailTransport) };
}

export default function Outbox({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { messages, to } = loaderData;
  return (
    <AdminPage title={t("admin.outbox.title")}>
      <p className="lede">{t("admin.outbox.lede")}</p>
      <Notice standing>{loaderData.smtp ? t("admin.outbox.smtpOn") : t("admin.outbox.smtpOff")}</Notice>
      <Form method="get" className="search-form" role="search">
        <div className="field">
          <label htmlFor="field-to">{t("admin.outbox.filter.to")}</label>
          <div className="inline-fields">
            <input id="field-to" name="to" type="email" defaultValue={to} autoComplete="off" spellCheck={false} />
            <button type="submit" className="secondary">
              {t("admin.outbox.filter.submit")}
            </button>
          </div>
        </div>
        {to ? <Link to="/admin/outbox">{t("admin.outbox.filter.clear")}</Link> : null}
      </Form>
      {messages.length === 0 ? (
        <p className="card">{to ? t("admin.outbox.emptyFiltered", { to }) : t("admin.outbox.empty")}</p>
      ) : (
        <ResponsiveTable
          rows={messages}
          rowKey={(message) => message.id}
          columns={[
            {
              label: t("admin.outbox.column.subject"),
              rowHeader: true,
              cell: (message) => (
                <Link to={`/admin/outbox/${message.id}`} lang={message.locale}>
                  {message.subject}
                </Link>
              ),
            },
            { label: t("admin.outbox.column.to"), cell: (message) => message.toAddress },
            { label: t("admin.outbox.column.time"), cell: (message) => format.dateTime(message.createdAt) },
            {
              label: t("admin.outbox.column.status"),
              cell: (message) => (
                <span className={`pill status-${message.status}`}>{t(statusKeys[message.status])}</span>
              ),
            },
          ]}
        />
      )}
      <OlderNewerPagination
        label={t("admin.outbox.pages")}
        filter={to ? { to } : {}}
        paged={loaderData.paged}
        nextBefore={loaderData.nextBefore}
        newestLabel={t("admin.outbox.newest")}
        olderLabel={t("admin.outbox.older")}
      />
    </AdminPage>
  );
}
