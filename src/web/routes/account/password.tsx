// Change the password: the current one first; other devices are signed out, this one stays signed in.
import { Form, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/password";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { changePassword } from "#features/accounts/change-password.ts";
import { MIN_PASSWORD_LENGTH } from "#features/accounts/create-account.ts";
import { ErrorSummary, Notice, TextField } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/page-meta.ts";
import { actorOf, attempt, formFields, type FormState } from "../admin/form-state.server.ts";
import { AccountNav } from "./account-nav.tsx";

export const handle: RouteHandle = { access: "signed-in" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "account.password.title");

export function loader({ request }: Route.LoaderArgs) {
  return { saved: new URL(request.url).searchParams.get("saved") === "1", minLength: MIN_PASSWORD_LENGTH };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await request.formData());
  const result = await attempt(
    () =>
      changePassword(
        ctx.services,
        {
          userId: ctx.viewer!.userId,
          email: ctx.viewer!.email,
          currentPassword: fields.currentPassword ?? "",
          newPassword: fields.newPassword ?? "",
          headers: request.headers,
          ip: ctx.clientIp,
        },
        actorOf(ctx),
      ),
    t,
    {},
  );
  if (!result.ok) return result.response;
  // The old session ended with the others: the new session's cookie must reach the browser.
  throw redirect("/account/password?saved=1", { headers: result.value });
}

export default function ChangePassword({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const busy = useNavigation().state === "submitting";
  const state = actionData as FormState | undefined;
  const errors = state?.errors ?? {};
  return (
    <div className="page">
      <AccountNav />
      <div className="narrow">
        <h1>{t("account.password.title")}</h1>
        {loaderData.saved && !state ? <Notice>{t("account.password.saved")}</Notice> : null}
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
          <TextField
            name="newPassword"
            type="password"
            label={t("account.password.new.label")}
            hint={t("account.password.new.hint", { min: loaderData.minLength })}
            error={errors.newPassword}
            autoComplete="new-password"
            minLength={loaderData.minLength}
            required
          />
          <p className="muted">{t("account.password.whatHappens")}</p>
          <button type="submit" className="primary" disabled={busy}>
            {t("account.password.submit")}
          </button>
        </Form>
        <p className="muted">{t("account.password.forgot")}</p>
      </div>
    </div>
  );
}
