// The mail outbox: every message the hub wrote, newest first; without SMTP this is where they are kept to be read.
import { Form, Link } from "react-router";
import type { Route } from "./+types/outbox";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { listOutbox } from "#features/mail/list-outbox.ts";
import { Notice } from "../../components/forms.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/page-meta.ts";
import { AdminNav } from "./admin-nav.tsx";
import { outboxStatusKeys as statusKeys } from "./outbox-status.ts";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "admin.outbox.title");

const PAGE_SIZE = 50;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const url = new URL(request.url);
  const to = (url.searchParams.get("to") ?? "").trim().slice(0, 254);
  const beforeParam = url.searchParams.get("before") ?? "";
  const before = beforeParam && !Number.isNaN(Date.parse(beforeParam)) ? beforeParam : undefined;
  const messages = await listOutbox(services.db, { to: to || undefined, before, limit: PAGE_SIZE });
  const last = messages.at(-1);
  return {
    to,
    paged: Boolean(before),
    smtp: Boolean(services.mailTransport),
    messages: messages.map(({ id, toAddress, subject, template, status, createdAt, locale }) => ({
      id,
      toAddress,
      subject,
      template,
      status,
      createdAt,
      locale,
    })),
    nextBefore: messages.length === PAGE_SIZE && last ? new Date(last.createdAt).toISOString() : null,
  };
}

export default function Outbox({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { messages, to } = loaderData;
  const query = (extra: Record<string, string>) => `?${new URLSearchParams({ ...(to ? { to } : {}), ...extra }).toString()}`;
  return (
    <div className="page">
      <AdminNav />
      <h1>{t("admin.outbox.title")}</h1>
      <p className="lede">{t("admin.outbox.lede")}</p>
      <Notice>{loaderData.smtp ? t("admin.outbox.smtpOn") : t("admin.outbox.smtpOff")}</Notice>
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
        <div className="table-wrap">
          <table className="responsive-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.outbox.column.subject")}</th>
                <th scope="col">{t("admin.outbox.column.to")}</th>
                <th scope="col">{t("admin.outbox.column.time")}</th>
                <th scope="col">{t("admin.outbox.column.status")}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr key={message.id}>
                  <th scope="row" data-label={t("admin.outbox.column.subject")}>
                    <Link to={`/admin/outbox/${message.id}`} lang={message.locale}>
                      {message.subject}
                    </Link>
                  </th>
                  <td data-label={t("admin.outbox.column.to")}>{message.toAddress}</td>
                  <td data-label={t("admin.outbox.column.time")}>{format.dateTime(message.createdAt)}</td>
                  <td data-label={t("admin.outbox.column.status")}>
                    <span className={`pill status-${message.status}`}>{t(statusKeys[message.status])}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pagination" aria-label={t("admin.outbox.pages")}>
        {loaderData.paged ? <Link to={query({})}>{t("admin.outbox.newest")}</Link> : null}
        {loaderData.nextBefore ? (
          <Link to={query({ before: loaderData.nextBefore })} rel="next">
            {t("admin.outbox.older")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
