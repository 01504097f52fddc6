// One webhook subscription's delivery log, for hub admins: each message's tries (time, answer, duration) and "Send again".
import { Form, redirect } from "react-router";
import type { Route } from "./+types/webhook-deliveries";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import { WEBHOOK_DELIVERY_ATTEMPTS, type WebhookEventType } from "#core/webhooks.ts";
import { listWebhookDeliveries } from "#features/webhooks/list-webhook-deliveries.ts";
import { redeliverWebhookMessage } from "#features/webhooks/redeliver-webhook-message.ts";
import { actorOf, attempt, formFields, orNotFound, readForm } from "#web/form-state.server.ts";
import { flag } from "#web/search-params.ts";
import { ErrorSummary, Notice, useFormState } from "../../components/forms.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { webhookEventKeys } from "./lib/webhook-events.ts";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "webhooks.deliveries.title");

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const log = await orNotFound(listWebhookDeliveries(services.db, { viewer, subscriptionId: params.id }));
  return { ...log, redelivered: flag(new URL(request.url), "redelivered") };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const result = await attempt(
    () =>
      redeliverWebhookMessage(ctx.services.db, {
        viewer: ctx.viewer,
        subscriptionId: params.id,
        messageId: fields.messageId ?? "",
        actor: actorOf(ctx),
      }),
    translator(ctx.locale),
    {},
  );
  if (!result.ok) return result.response;
  ctx.services.onJobQueued();
  throw redirect(`/admin/webhooks/${encodeURIComponent(params.id)}?redelivered=1`);
}

const statusKeys: Record<"pending" | "delivered" | "failed", MessageKey> = {
  pending: "webhooks.deliveries.status.pending",
  delivered: "webhooks.deliveries.status.delivered",
  failed: "webhooks.deliveries.status.failed",
};
const statusClass = { pending: "status-waiting", delivered: "status-active", failed: "status-failed" } as const;

export default function WebhookDeliveries({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { state } = useFormState(actionData);
  const { subscription, messages } = loaderData;
  return (
    <AdminPage
      title={t("webhooks.deliveries.title")}
      back={{ to: "/admin/webhooks", label: t("webhooks.deliveries.back") }}
    >
      <p className="lede">
        {t("webhooks.deliveries.lede", { url: subscription.url, attempts: WEBHOOK_DELIVERY_ATTEMPTS })}
      </p>
      {loaderData.redelivered && !state ? <Notice>{t("webhooks.deliveries.redelivered")}</Notice> : null}
      {state?.formError ? <ErrorSummary formError={state.formError} /> : null}
      {messages.length === 0 ? (
        <p className="muted">{t("webhooks.deliveries.empty")}</p>
      ) : (
        <ResponsiveTable
          rows={messages}
          rowKey={(message) => message.id}
          columns={[
            {
              label: t("webhooks.deliveries.event"),
              rowHeader: true,
              cell: (message) => (
                <>
                  {t(webhookEventKeys[message.eventType as WebhookEventType] ?? "webhooks.deliveries.event")}
                  <br />
                  <code className="break-anywhere">{message.id}</code>
                </>
              ),
            },
            { label: t("webhooks.deliveries.created"), cell: (message) => format.dateTime(message.createdAt) },
            {
              label: t("webhooks.deliveries.status"),
              cell: (message) => (
                <span className={`pill ${statusClass[message.status]}`}>{t(statusKeys[message.status])}</span>
              ),
            },
            {
              label: t("webhooks.deliveries.tries"),
              cell: (message) => (
                <ol className="plain-list">
                  {message.attempts.map((entry, index) => (
                    <li key={index}>
                      {t("webhooks.deliveries.try", {
                        time: format.dateTime(entry.attemptedAt),
                        answer: entry.responseStatus === null ? "none" : String(entry.responseStatus),
                        ms: entry.durationMs,
                        error: entry.error ?? "none",
                      })}
                    </li>
                  ))}
                </ol>
              ),
            },
            {
              label: t("webhooks.list.actions"),
              actions: true,
              cell: (message) => (
                <Form method="post">
                  <input type="hidden" name="messageId" value={message.id} />
                  <button type="submit" className="secondary">
                    {t("webhooks.deliveries.redeliver")}
                    <span className="visually-hidden"> {message.id}</span>
                  </button>
                </Form>
              ),
            },
          ]}
        />
      )}
    </AdminPage>
  );
}
