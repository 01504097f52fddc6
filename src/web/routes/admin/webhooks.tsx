// Webhook subscriptions, for hub admins: add one (its secret shown once), make a new secret, remove one, open its log.
import { useEffect, useRef } from "react";
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/webhooks";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { MAX_WEBHOOK_DESCRIPTION_LENGTH, MAX_WEBHOOK_URL_LENGTH, WEBHOOK_EVENT_TYPES } from "#core/webhooks.ts";
import { createWebhookSubscription } from "#features/webhooks/create-webhook-subscription.ts";
import { deleteWebhookSubscription } from "#features/webhooks/delete-webhook-subscription.ts";
import { listWebhookSubscriptions } from "#features/webhooks/list-webhook-subscriptions.ts";
import { rotateWebhookSecret } from "#features/webhooks/rotate-webhook-secret.ts";
import { actorOf, attempt, formFields, type FormState, readForm } from "#web/form-state.server.ts";
import { flag } from "#web/search-params.ts";
import {
  CheckboxField,
  ConfirmAction,
  ErrorSummary,
  Notice,
  SubmitButton,
  TextField,
  useFormState,
} from "../../components/forms.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { errorAt, FieldGroup } from "./lib/catalog-fields.tsx";
import { webhookEventKeys } from "./lib/webhook-events.ts";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "webhooks.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  return {
    subscriptions: await listWebhookSubscriptions(services.db, { viewer }),
    deleted: flag(new URL(request.url), "deleted"),
  };
}

type WebhooksState = FormState & { secret?: { url: string; value: string }; eventTypes?: string[] };

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const form = await readForm(request);
  const fields = formFields(form);
  const subscriptionId = fields.subscriptionId ?? "";
  if (fields.intent === "delete") {
    const result = await attempt(
      () => deleteWebhookSubscription(ctx.services.db, { viewer: ctx.viewer, subscriptionId, actor: actorOf(ctx) }),
      t,
      { form: "list" },
    );
    if (!result.ok) return result.response;
    throw redirect("/admin/webhooks?deleted=1");
  }
  if (fields.intent === "rotate") {
    const result = await attempt(
      () =>
        rotateWebhookSecret(ctx.services.db, {
          viewer: ctx.viewer,
          subscriptionId,
          now: ctx.services.now(),
          actor: actorOf(ctx),
        }),
      t,
      { form: "list" },
    );
    if (!result.ok) return result.response;
    // Not a redirect: the secret exists only in this answer.
    return data<WebhooksState>({ secret: { url: result.value.url, value: result.value.secret } });
  }
  const values = { url: fields.url ?? "", description: fields.description ?? "" };
  const eventTypes = form.getAll("eventTypes").filter((value): value is string => typeof value === "string");
  const result = await attempt<Awaited<ReturnType<typeof createWebhookSubscription>>, WebhooksState>(
    () =>
      createWebhookSubscription(ctx.services.db, {
        viewer: ctx.viewer,
        subscription: { ...values, eventTypes: eventTypes as never },
        allowNonPublicTargets: ctx.services.config.webhooks.allowNonPublicTargets,
        now: ctx.services.now(),
        actor: actorOf(ctx),
      }),
    t,
    { values, eventTypes, form: "create" },
  );
  if (!result.ok) return result.response;
  return data<WebhooksState>({ secret: { url: result.value.url, value: result.value.secret } });
}

export default function AdminWebhooks({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { state } = useFormState<WebhooksState>(actionData);
  const errors = state?.form === "create" ? (state.errors ?? {}) : {};
  const chosen = new Set(state?.form === "create" ? (state.eventTypes ?? []) : []);
  const secret = state?.secret;
  const revealRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (secret) revealRef.current?.focus();
  }, [secret]);
  return (
    <AdminPage title={t("webhooks.title")}>
      <p className="lede">{t("webhooks.lede")}</p>
      {loaderData.deleted && !state ? <Notice>{t("webhooks.deleted")}</Notice> : null}
      {state?.form === "list" && state.formError ? <ErrorSummary formError={state.formError} /> : null}

      {secret ? (
        <section className="card stack token-created" aria-labelledby="secret-title" tabIndex={-1} ref={revealRef}>
          <h2 id="secret-title">{t("webhooks.secret.title", { url: secret.url })}</h2>
          <p>{t("webhooks.secret.once")}</p>
          <p className="token-reveal">{secret.value}</p>
          <p className="field-hint">{t("webhooks.secret.howToVerify")}</p>
        </section>
      ) : null}

      <section aria-labelledby="webhooks-list-title">
        <h2 id="webhooks-list-title">{t("webhooks.list.title")}</h2>
        {loaderData.subscriptions.length === 0 ? (
          <p className="muted">{t("webhooks.list.empty")}</p>
        ) : (
          <ResponsiveTable
            rows={loaderData.subscriptions}
            rowKey={(subscription) => subscription.id}
            columns={[
              {
                label: t("webhooks.list.url"),
                rowHeader: true,
                cell: (subscription) => (
                  <>
                    <code className="break-anywhere">{subscription.url}</code>
                    {subscription.description ? <p className="muted">{subscription.description}</p> : null}
                  </>
                ),
              },
              {
                label: t("webhooks.list.events"),
                cell: (subscription) => (
                  <ul className="plain-list">
                    {subscription.eventTypes.map((type) => (
                      <li key={type}>
                        <code>{type}</code>
                      </li>
                    ))}
                  </ul>
                ),
              },
              {
                label: t("webhooks.list.created"),
                cell: (subscription) => format.date(subscription.createdAt, { dateStyle: "medium" }),
              },
              {
                label: t("webhooks.list.actions"),
                actions: true,
                cell: (subscription) => (
                  <div className="stack">
                    <Link to={`/admin/webhooks/${subscription.id}`}>
                      {t("webhooks.list.deliveries")}
                      <span className="visually-hidden"> {subscription.url}</span>
                    </Link>
                    <ConfirmAction
                      label={t("webhooks.rotate.open")}
                      context={subscription.url}
                      explanation={t("webhooks.rotate.explain", { url: subscription.url })}
                      confirmLabel={t("webhooks.rotate.confirm")}
                      fields={{ intent: "rotate", subscriptionId: subscription.id }}
                    />
                    <ConfirmAction
                      label={t("webhooks.delete.open")}
                      context={subscription.url}
                      explanation={t("webhooks.delete.explain", { url: subscription.url })}
                      confirmLabel={t("webhooks.delete.confirm")}
                      fields={{ intent: "delete", subscriptionId: subscription.id }}
                    />
                  </div>
                ),
              },
            ]}
          />
        )}
      </section>

      <section className="narrow" aria-labelledby="webhook-create-title">
        <h2 id="webhook-create-title">{t("webhooks.create.title")}</h2>
        <p>{t("webhooks.create.explain")}</p>
        <ErrorSummary errors={errors} formError={state?.form === "create" ? state.formError : undefined} />
        <Form method="post" className="stack" noValidate key={secret?.value ?? "create"}>
          <input type="hidden" name="intent" value="create" />
          <TextField
            name="url"
            type="url"
            label={t("webhooks.create.url.label")}
            hint={t("webhooks.create.url.hint")}
            error={errors.url}
            defaultValue={state?.form === "create" ? (state.values?.url ?? "") : ""}
            autoComplete="off"
            maxLength={MAX_WEBHOOK_URL_LENGTH}
            required
          />
          <TextField
            name="description"
            label={t("webhooks.create.description.label")}
            error={errors.description}
            defaultValue={state?.form === "create" ? (state.values?.description ?? "") : ""}
            autoComplete="off"
            maxLength={MAX_WEBHOOK_DESCRIPTION_LENGTH}
          />
          <FieldGroup
            id="field-eventTypes"
            legend={t("webhooks.create.events.label")}
            error={errorAt(errors, "eventTypes")}
          >
            {WEBHOOK_EVENT_TYPES.map((type) => (
              <CheckboxField
                key={type}
                id={`field-eventTypes-${type.replace(/[._]/g, "-")}`}
                name="eventTypes"
                value={type}
                label={
                  <>
                    {t(webhookEventKeys[type])} <code>{type}</code>
                  </>
                }
                defaultChecked={chosen.has(type)}
              />
            ))}
          </FieldGroup>
          <SubmitButton>{t("webhooks.create.submit")}</SubmitButton>
        </Form>
      </section>
    </AdminPage>
  );
}
