// Personal access tokens for the API: create one (shown once), see them all, revoke one.
import { useEffect, useRef } from "react";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/tokens";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { tokenExpiry, tokenStatus } from "#core/tokens.ts";
import {
  createPersonalAccessToken,
  listPersonalAccessTokens,
  revokePersonalAccessToken,
} from "#features/tokens/personal-access-tokens.ts";
import { actorOf, attempt, formFields, type FormState, readForm } from "#web/form-state.server.ts";
import { flag } from "#web/search-params.ts";
import {
  ConfirmAction,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextField,
  useFormState,
} from "../../components/forms.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AccountNav } from "./lib/account-nav.tsx";
import { MAX_TOKEN_NAME_LENGTH } from "#core/limits.ts";

export const handle: RouteHandle = { access: "signed-in" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "account.tokens.title");

/** The lifetimes the form offers, as it sends them, in days (null: no end). */
const lifetimeDays = { "30": 30, "90": 90, "365": 365, never: null } as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const now = services.now();
  const tokens = await listPersonalAccessTokens(services.db, viewer!.userId);
  return {
    revoked: flag(new URL(request.url), "revoked"),
    tokens: tokens.map((token) => ({ ...token, status: tokenStatus(token, now) })),
  };
}

type TokensState = FormState & { created?: { token: string; name: string; expiresAt: Date | null } };

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await readForm(request));
  if (fields.intent === "revoke") {
    const result = await attempt(
      () =>
        revokePersonalAccessToken(ctx.services.db, {
          userId: ctx.viewer!.userId,
          tokenId: fields.tokenId ?? "",
          now: ctx.services.now(),
          actor: actorOf(ctx),
        }),
      t,
      { form: "revoke" },
    );
    if (!result.ok) return result.response;
    throw redirect("/account/tokens?revoked=1");
  }
  const values = { name: fields.name ?? "", lifetime: fields.lifetime ?? "90" };
  if (!Object.hasOwn(lifetimeDays, values.lifetime)) {
    return data<TokensState>(
      { values, form: "create", errors: { lifetime: t("account.tokens.errors.lifetime") } },
      { status: 400 },
    );
  }
  const expiresAt = tokenExpiry(lifetimeDays[values.lifetime as keyof typeof lifetimeDays], ctx.services.now());
  const result = await attempt(
    () =>
      createPersonalAccessToken(ctx.services.db, {
        userId: ctx.viewer!.userId,
        name: values.name,
        expiresAt,
        actor: actorOf(ctx),
      }),
    t,
    { values, form: "create" },
  );
  if (!result.ok) return result.response;
  // Not a redirect: the token exists only in this answer, and is never shown again.
  return data<TokensState>({
    created: { token: result.value.token, name: values.name.trim(), expiresAt: result.value.expiresAt },
  });
}

const statusKeys = {
  active: "account.tokens.status.active",
  expired: "account.tokens.status.expired",
  revoked: "account.tokens.status.revoked",
} as const;

export default function Tokens({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { state } = useFormState<TokensState>(actionData);
  const createErrors = state?.form === "create" ? (state.errors ?? {}) : {};
  const created = state?.created;
  const revealRef = useRef<HTMLElement>(null);
  // With JavaScript the page doesn't reload, so move to the new token (and announce it) ourselves.
  useEffect(() => {
    if (created) revealRef.current?.focus();
  }, [created]);
  return (
    <div className="page">
      <AccountNav />
      <h1>{t("account.tokens.title")}</h1>
      <p className="lede">{t("account.tokens.lede")}</p>
      {loaderData.revoked && !state ? <Notice>{t("account.tokens.revokedNotice")}</Notice> : null}
      {state?.form === "revoke" && state.formError ? <ErrorSummary formError={state.formError} /> : null}

      {created ? (
        <section
          className="card stack token-created"
          aria-labelledby="token-created-title"
          tabIndex={-1}
          ref={revealRef}
        >
          <h2 id="token-created-title">{t("account.tokens.created.title", { name: created.name })}</h2>
          <p>{t("account.tokens.created.once")}</p>
          <p className="token-reveal" id="new-token">
            {created.token}
          </p>
          <p className="field-hint">{t("account.tokens.created.copyHint")}</p>
          <p className="muted">
            {created.expiresAt
              ? t("account.tokens.created.expires", { date: format.date(created.expiresAt) })
              : t("account.tokens.created.noExpiry")}
          </p>
        </section>
      ) : null}

      <section aria-labelledby="tokens-list-title">
        <h2 id="tokens-list-title">{t("account.tokens.list.title")}</h2>
        {loaderData.tokens.length === 0 ? (
          <p className="muted">{t("account.tokens.list.empty")}</p>
        ) : (
          <ResponsiveTable
            rows={loaderData.tokens}
            rowKey={(token) => token.id}
            columns={[
              { label: t("account.tokens.list.name"), rowHeader: true, cell: (token) => token.name },
              { label: t("account.tokens.list.endsWith"), cell: (token) => <code>…{token.lastFour}</code> },
              {
                label: t("account.tokens.list.created"),
                cell: (token) => format.date(token.createdAt, { dateStyle: "medium" }),
              },
              {
                label: t("account.tokens.list.lastUsed"),
                cell: (token) =>
                  token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t("account.tokens.list.never"),
              },
              {
                label: t("account.tokens.list.expires"),
                cell: (token) =>
                  token.expiresAt
                    ? format.date(token.expiresAt, { dateStyle: "medium" })
                    : t("account.tokens.list.noExpiry"),
              },
              {
                label: t("account.tokens.list.status"),
                cell: (token) => <span className={`pill status-${token.status}`}>{t(statusKeys[token.status])}</span>,
              },
              {
                label: t("account.tokens.list.actions"),
                actions: true,
                cell: (token) =>
                  token.status === "active" ? (
                    <ConfirmAction
                      label={t("account.tokens.revoke.open")}
                      context={token.name}
                      explanation={t("account.tokens.revoke.explain", { name: token.name })}
                      confirmLabel={t("account.tokens.revoke.confirm")}
                      fields={{ intent: "revoke", tokenId: token.id }}
                    />
                  ) : null,
              },
            ]}
          />
        )}
      </section>

      <section className="narrow" aria-labelledby="token-create-title">
        <h2 id="token-create-title">{t("account.tokens.create.title")}</h2>
        <p>{t("account.tokens.create.explain")}</p>
        <ErrorSummary errors={createErrors} formError={state?.form === "create" ? state.formError : undefined} />
        {/* A new key after each token, so the form starts empty again. */}
        <Form method="post" className="stack" noValidate key={created?.token ?? "create"}>
          <input type="hidden" name="intent" value="create" />
          <TextField
            name="name"
            label={t("account.tokens.create.name.label")}
            hint={t("account.tokens.create.name.hint")}
            error={createErrors.name}
            defaultValue={state?.form === "create" ? (state.values?.name ?? "") : ""}
            autoComplete="off"
            maxLength={MAX_TOKEN_NAME_LENGTH}
            required
          />
          <SelectField
            name="lifetime"
            label={t("account.tokens.create.lifetime.label")}
            hint={t("account.tokens.create.lifetime.hint")}
            error={createErrors.lifetime}
            defaultValue={state?.values?.lifetime ?? "90"}
          >
            <option value="30">{t("account.tokens.create.lifetime.days", { days: 30 })}</option>
            <option value="90">{t("account.tokens.create.lifetime.days", { days: 90 })}</option>
            <option value="365">{t("account.tokens.create.lifetime.year")}</option>
            <option value="never">{t("account.tokens.create.lifetime.never")}</option>
          </SelectField>
          <SubmitButton>{t("account.tokens.create.submit")}</SubmitButton>
        </Form>
      </section>
    </div>
  );
}
