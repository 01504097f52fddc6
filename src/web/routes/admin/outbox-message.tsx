// One message from the outbox: who it is for, its state, the plain-text part, and the HTML part in a sealed frame.
import { Link } from "react-router";
import type { Route } from "./+types/outbox-message";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { findOutboxMessage } from "#features/mail/list-outbox.ts";
import { useFormat, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/page-meta.ts";
import { AdminNav } from "./admin-nav.tsx";
import { outboxStatusKeys as statusKeys } from "./outbox-status.ts";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "admin.outbox.message.title");

export async function loader({ params, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const message = /^[0-9a-f-]{36}$/i.test(params.id) ? await findOutboxMessage(services.db, params.id) : null;
  if (!message) throw new Response(null, { status: 404 });
  return { message, smtp: Boolean(services.mailTransport) };
}

/**
 * The frame inherits this page's Content Security Policy, which refuses inline styles; the mail's style attributes
 * would only be blocked (and reported), so they are left out of the preview. Our mail HTML escapes every value,
 * so a quote never appears inside an attribute.
 */
function withoutInlineStyles(html: string): string {
  return html.replace(/\sstyle="[^"]*"/g, "");
}

export default function OutboxMessage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { message } = loaderData;
  return (
    <div className="page">
      <AdminNav />
      <p className="breadcrumb">
        <Link to="/admin/outbox">{t("admin.outbox.message.back")}</Link>
      </p>
      <h1 lang={message.locale}>{message.subject}</h1>
      <dl className="details card">
        <div>
          <dt>{t("admin.outbox.column.to")}</dt>
          <dd>{message.toAddress}</dd>
        </div>
        <div>
          <dt>{t("admin.outbox.column.status")}</dt>
          <dd>
            <span className={`pill status-${message.status}`}>{t(statusKeys[message.status])}</span>
            {message.sentAt ? <span className="muted"> {format.dateTime(message.sentAt)}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t("admin.outbox.column.time")}</dt>
          <dd>{format.dateTime(message.createdAt)}</dd>
        </div>
        <div>
          <dt>{t("admin.outbox.message.language")}</dt>
          <dd>{message.locale === "es" ? "Español" : "English"}</dd>
        </div>
        <div>
          <dt>{t("admin.outbox.message.template")}</dt>
          <dd>
            <code>{message.template}</code>
          </dd>
        </div>
        {message.attempts > 0 ? (
          <div>
            <dt>{t("admin.outbox.message.attempts")}</dt>
            <dd>{message.attempts}</dd>
          </div>
        ) : null}
        {message.lastError ? (
          <div>
            <dt>{t("admin.outbox.message.lastError")}</dt>
            <dd>
              <code>{message.lastError}</code>
            </dd>
          </div>
        ) : null}
      </dl>
      {message.status === "kept" ? <p className="notice">{t("admin.outbox.message.keptNote")}</p> : null}

      <section aria-labelledby="text-title">
        <h2 id="text-title">{t("admin.outbox.message.text")}</h2>
        <pre className="mail-text" lang={message.locale}>
          {message.text}
        </pre>
      </section>
      <section aria-labelledby="html-title">
        <h2 id="html-title">{t("admin.outbox.message.html")}</h2>
        <p className="muted">{t("admin.outbox.message.htmlNote")}</p>
        <iframe
          className="mail-html"
          title={t("admin.outbox.message.htmlFrame", { subject: message.subject })}
          sandbox=""
          srcDoc={withoutInlineStyles(message.html)}
        />
      </section>
    </div>
  );
}
