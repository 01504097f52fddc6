// One message from the outbox: who it is for, its state, the plain-text part, and the HTML part in a sealed frame.
import type { Route } from "./+types/outbox-message";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { languageName } from "#core/locale.ts";
import { findOutboxMessage } from "#features/mail/list-outbox.ts";
import { Detail } from "../../components/detail.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { outboxStatusKeys as statusKeys } from "./lib/outbox-status.ts";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "admin.outbox.message.title");

export async function loader({ params, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const message = /^[0-9a-f-]{36}$/i.test(params.id) ? await findOutboxMessage(services.db, params.id) : null;
  if (!message) throw new Response(null, { status: 404 });
  // The page names the files; their contents stay out of the page data.
  const { attachments, ...rest } = message;
  return {
    message: { ...rest, attachments: attachments.map(({ filename, contentType }) => ({ filename, contentType })) },
    smtp: Boolean(services.mailTransport),
  };
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
    <AdminPage
      title={message.subject}
      titleLang={message.locale}
      back={{ to: "/admin/outbox", label: t("admin.outbox.message.back") }}
    >
      <dl className="details card">
        <Detail term={t("admin.outbox.column.to")}>{message.toAddress}</Detail>
        <Detail term={t("admin.outbox.column.status")}>
          <span className={`pill status-${message.status}`}>{t(statusKeys[message.status])}</span>
          {message.sentAt ? <span className="muted"> {format.dateTime(message.sentAt)}</span> : null}
        </Detail>
        <Detail term={t("admin.outbox.column.time")}>{format.dateTime(message.createdAt)}</Detail>
        <Detail term={t("admin.outbox.message.language")}>{languageName(message.locale)}</Detail>
        <Detail term={t("admin.outbox.message.template")}>
          <code>{message.template}</code>
        </Detail>
        {message.attachments.length > 0 ? (
          <Detail term={t("notices.outbox.attachments")}>
            <ul className="plain-list">
              {message.attachments.map((file) => (
                <li key={file.filename}>
                  <code>{file.filename}</code> <span className="muted">({file.contentType.split(";")[0]})</span>
                </li>
              ))}
            </ul>
          </Detail>
        ) : null}
        {message.attempts > 0 ? <Detail term={t("admin.outbox.message.attempts")}>{message.attempts}</Detail> : null}
        {message.lastError ? (
          <Detail term={t("admin.outbox.message.lastError")}>
            <code>{message.lastError}</code>
          </Detail>
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
    </AdminPage>
  );
}
