// Credentials, for hub admins: find one by code, course or person, see its status, and revoke it with a reason (audited).
import { Form, redirect } from "react-router";
import type { Route } from "./+types/credentials";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { formatCredentialCode } from "#core/credential-code.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import { CREDENTIALS_PAGE_SIZE, listCredentials } from "#features/credentials/list-credentials.ts";
import { revokeCredential } from "#features/credentials/revoke-credential.ts";
import type { PublicStatus } from "#features/credentials/read-credential.ts";
import { actorOf, attempt, formFields, type FormState, readForm } from "#web/form-state.server.ts";
import { localizedField } from "#i18n/localized.ts";
import { ErrorSummary, Notice, TextAreaField, useFormState } from "../../components/forms.tsx";
import { useFormat, useLocale, useT } from "../../components/i18n.tsx";
import { Pagination } from "../../components/pagination.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import credentialStyles from "../../styles/credentials.css?url";
import { MAX_REVOCATION_REASON_LENGTH } from "#core/limits.ts";

export const handle: RouteHandle = { access: "admin" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: credentialStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "credentials.admin.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const url = new URL(request.url);
  const search = (url.searchParams.get("q") ?? "").slice(0, 120);
  const result = await listCredentials(services.db, {
    search,
    page: Number(url.searchParams.get("page") ?? "1"),
    now: services.now(),
  });
  return {
    ...result,
    pageCount: Math.max(1, Math.ceil(result.total / CREDENTIALS_PAGE_SIZE)),
    search,
    revoked: url.searchParams.get("revoked"),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const credentialId = fields.credentialId ?? "";
  const values = { reason: fields.reason ?? "" };
  const result = await attempt<{ code: string }, FormState>(
    () =>
      revokeCredential(
        ctx.services.db,
        { viewer: ctx.viewer, credentialId, reason: values.reason, now: ctx.services.now() },
        actorOf(ctx),
      ),
    translator(ctx.locale),
    { values, form: credentialId },
  );
  if (!result.ok) return result.response;
  const url = new URL(request.url);
  const back = new URLSearchParams({ q: url.searchParams.get("q") ?? "", revoked: result.value.code });
  throw redirect(`/admin/credentials?${back.toString()}`);
}

const statusKeys: Record<PublicStatus, MessageKey> = {
  valid: "credentials.status.valid",
  revoked: "credentials.status.revoked",
  expired: "credentials.status.expired",
  superseded: "credentials.status.superseded",
};
const statusClass: Record<PublicStatus, string> = {
  valid: "status-active",
  revoked: "status-revoked",
  expired: "status-expired",
  superseded: "status-superseded",
};

export default function AdminCredentials({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const { state, errors } = useFormState(actionData);
  const { credentials, search, page, total } = loaderData;
  return (
    <AdminPage title={t("credentials.admin.title")}>
      <p className="lede">{t("credentials.admin.lede")}</p>
      {loaderData.revoked && !state ? (
        <Notice>{t("credentials.admin.revokedNotice", { code: formatCredentialCode(loaderData.revoked) })}</Notice>
      ) : null}
      <ErrorSummary errors={errors} formError={state?.formError} />
      <Form method="get" className="search-form" role="search">
        <div className="field">
          <label htmlFor="field-q">{t("credentials.admin.search.label")}</label>
          <p className="field-hint" id="field-q-hint">
            {t("credentials.admin.search.hint")}
          </p>
          <div className="inline-fields">
            <input
              id="field-q"
              name="q"
              type="search"
              defaultValue={search}
              autoComplete="off"
              aria-describedby="field-q-hint"
            />
            <button type="submit" className="secondary">
              {t("credentials.admin.search.submit")}
            </button>
          </div>
        </div>
      </Form>
      <p role="status">{t("credentials.admin.count", { count: total })}</p>
      {credentials.length === 0 ? (
        <p className="card">{search ? t("credentials.admin.noMatch") : t("credentials.admin.empty")}</p>
      ) : (
        <ResponsiveTable
          rows={credentials}
          rowKey={(c) => c.id}
          columns={[
            {
              label: t("credentials.admin.column.code"),
              rowHeader: true,
              cell: (c) => (
                <a href={`/verify/${c.code}`}>
                  <code>{formatCredentialCode(c.code)}</code>
                </a>
              ),
            },
            {
              label: t("credentials.admin.column.person"),
              cell: (c) => (
                <>
                  {c.recipientName}
                  <br />
                  <span className="muted">{c.email}</span>
                </>
              ),
            },
            { label: t("credentials.admin.column.course"), cell: (c) => localizedField(c, "courseTitle", locale) },
            {
              label: t("credentials.admin.column.issued"),
              cell: (c) => format.date(c.issuedAt, { dateStyle: "medium" }),
            },
            {
              label: t("credentials.admin.column.status"),
              cell: (c) => (
                <>
                  <span className={`pill ${statusClass[c.publicStatus]}`}>{t(statusKeys[c.publicStatus])}</span>
                  {c.status === "revoked" && c.statusReason ? (
                    <p className="muted">{t("credentials.admin.reasonShown", { reason: c.statusReason })}</p>
                  ) : null}
                </>
              ),
            },
            {
              label: t("credentials.admin.column.actions"),
              actions: true,
              cell: (c) =>
                c.status === "revoked" ? null : (
                  <details className="confirm-action" open={state?.form === c.id}>
                    <summary>
                      {t("credentials.admin.revoke.open")}
                      <span className="visually-hidden"> {formatCredentialCode(c.code)}</span>
                    </summary>
                    <div className="confirm-panel revoke-form">
                      <p>{t("credentials.admin.revoke.explain")}</p>
                      <Form method="post" className="stack" noValidate>
                        <input type="hidden" name="credentialId" value={c.id} />
                        <TextAreaField
                          name="reason"
                          label={t("credentials.admin.revoke.reason")}
                          hint={t("credentials.admin.revoke.reasonHint")}
                          error={state?.form === c.id ? errors.reason : undefined}
                          defaultValue={state?.form === c.id ? (state.values?.reason ?? "") : ""}
                          id={state?.form === c.id ? "field-reason" : `reason-${c.id}`}
                          maxLength={MAX_REVOCATION_REASON_LENGTH}
                          rows={3}
                          required
                        />
                        <button type="submit" className="danger">
                          {t("credentials.admin.revoke.confirm")}
                        </button>
                      </Form>
                    </div>
                  </details>
                ),
            },
          ]}
        />
      )}
      <Pagination
        page={page}
        pageCount={loaderData.pageCount}
        query={search ? { q: search } : {}}
        label={t("credentials.admin.pages")}
      />
    </AdminPage>
  );
}
