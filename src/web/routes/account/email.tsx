// Change the email address: a link goes to the new address, and the change happens only when it is opened.
import { Form, redirect } from "react-router";
import type { Route } from "./+types/email";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { requestEmailChange } from "#features/accounts/request-email-change.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { flag } from "#web/search-params.ts";
import { ErrorSummary, Notice, SubmitButton, TextField, useFormState } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AccountFormPage } from "./lib/account-nav.tsx";

export const handle: RouteHandle = { access: "signed-in" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "account.email.title");

export function loader({ request, context }: Route.LoaderArgs) {
  const { viewer } = appContext(context);
  return { email: viewer!.email, sent: flag(new URL(request.url), "sent") };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const values = { newEmail: fields.newEmail ?? "" };
  const change = {
    userId: ctx.viewer!.userId,
    currentEmail: ctx.viewer!.email,
    newEmail: values.newEmail,
    headers: request.headers,
  };
  const result = await attempt(() => requestEmailChange(ctx.services, change, actorOf(ctx)), translator(ctx.locale), {
    values,
  });
  if (!result.ok) return result.response;
  throw redirect("/account/email?sent=1");
}

export default function ChangeEmail({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state, errors } = useFormState(actionData);
  return (
    <AccountFormPage title={t("account.email.title")}>
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
        <SubmitButton>{t("account.email.submit")}</SubmitButton>
      </Form>
    </AccountFormPage>
  );
}
