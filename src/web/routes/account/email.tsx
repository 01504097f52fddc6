// Change the email address: a link goes to the new address, and the change happens only when it is opened.
import { Form, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/email";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { requestEmailChange } from "#features/accounts/request-email-change.ts";
import { ErrorSummary, Notice, TextField } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/page-meta.ts";
import { actorOf, attempt, formFields, type FormState } from "../admin/form-state.server.ts";
import { AccountNav } from "./account-nav.tsx";

export const handle: RouteHandle = { access: "signed-in" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "account.email.title");

export function loader({ request, context }: Route.LoaderArgs) {
  const { viewer } = appContext(context);
  return { email: viewer!.email, sent: new URL(request.url).searchParams.get("sent") === "1" };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await request.formData());
  const values = { newEmail: fields.newEmail ?? "" };
  const result = await attempt(
    () =>
      requestEmailChange(
        ctx.services,
        { userId: ctx.viewer!.userId, currentEmail: ctx.viewer!.email, newEmail: values.newEmail, headers: request.headers },
        actorOf(ctx),
      ),
    t,
    { values },
  );
  if (!result.ok) return result.response;
  throw redirect("/account/email?sent=1");
}

export default function ChangeEmail({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const busy = useNavigation().state === "submitting";
  const state = actionData as FormState | undefined;
  const errors = state?.errors ?? {};
  return (
    <div className="page">
      <AccountNav />
      <div className="narrow">
        <h1>{t("account.email.title")}</h1>
        {loaderData.sent && !state ? (
          <Notice>
            <strong>{t("account.email.sent.title")}</strong> {t("account.email.sent.body")}
          </Notice>
        ) : null}
        <p className="lede">{t("account.email.current", { email: loaderData.email })}</p>
        <p>{t("account.email.howItWorks")}</p>
        <ErrorSummary errors={errors} formError={state?.formError} />
        <Form method="post" className="stack" noValidate>
          <TextField
            name="newEmail"
            type="email"
            label={t("account.email.newEmail.label")}
            hint={t("account.email.newEmail.hint")}
            error={errors.newEmail}
            defaultValue={state?.values?.newEmail ?? ""}
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            required
          />
          <button type="submit" className="primary" disabled={busy}>
            {t("account.email.submit")}
          </button>
        </Form>
      </div>
    </div>
  );
}
