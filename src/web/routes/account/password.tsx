// Change the password: the current one first; other devices are signed out, this one stays signed in.
import { Form, redirect } from "react-router";
import type { Route } from "./+types/password";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { changePassword } from "#features/accounts/change-password.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { flag } from "#web/search-params.ts";
import { NewPasswordField } from "../../components/credential-fields.tsx";
import { ErrorSummary, Notice, SubmitButton, TextField, useFormState } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AccountFormPage } from "./lib/account-nav.tsx";

export const handle: RouteHandle = { access: "signed-in" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "account.password.title");

export function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  return { saved: flag(url, "saved"), tokensRevoked: flag(url, "tokens") };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const change = {
    userId: ctx.viewer!.userId,
    email: ctx.viewer!.email,
    currentPassword: fields.currentPassword ?? "",
    newPassword: fields.newPassword ?? "",
    headers: request.headers,
    ip: ctx.clientIp,
  };
  const result = await attempt(() => changePassword(ctx.services, change, actorOf(ctx)), translator(ctx.locale), {});
  if (!result.ok) return result.response;
  // The old session ended with the others: the new session's cookie must reach the browser.
  const { headers, tokensRevoked } = result.value;
  throw redirect(tokensRevoked > 0 ? "/account/password?saved=1&tokens=1" : "/account/password?saved=1", { headers });
}

export default function ChangePassword({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state, errors } = useFormState(actionData);
  return (
    <AccountFormPage title={t("account.password.title")}>
      {loaderData.saved && !state ? (
        <Notice>
          {t("account.password.saved")}
          {loaderData.tokensRevoked ? ` ${t("account.password.tokensRevoked")}` : null}
        </Notice>
      ) : null}
      <p className="lede">{t("account.password.lede")}</p>
      <ErrorSummary errors={errors} formError={state?.formError} />
      <Form method="post" className="stack" noValidate>
        <TextField
          name="currentPassword"
          type="password"
          label={t("account.password.current.label")}
          error={errors.currentPassword}
          autoComplete="current-password"
          required
        />
        <NewPasswordField
          name="newPassword"
          label={t("account.password.new.label")}
          hint="account.password.new.hint"
          error={errors.newPassword}
        />
        <p className="muted">{t("account.password.whatHappens")}</p>
        <SubmitButton>{t("account.password.submit")}</SubmitButton>
      </Form>
      <p className="muted">{t("account.password.forgot")}</p>
    </AccountFormPage>
  );
}
