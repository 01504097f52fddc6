// Choose a new password from a reset link; afterwards the person signs in with it on the sign-in page.
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/reset-password";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { resetPassword } from "#features/accounts/reset-password.ts";
import { attempt, authPages, formFields, type FormState, readForm } from "#web/form-state.server.ts";
import { NewPasswordField } from "../../components/credential-fields.tsx";
import { ErrorSummary, SubmitButton, useFormState } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";

export const handle: RouteHandle = { access: "public" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "auth.reset.title");

export function loader({ request }: Route.LoaderArgs) {
  return { token: new URL(request.url).searchParams.get("token") ?? "" };
}

type ResetState = FormState & { invalidLink?: boolean };

export async function action({ request, context }: Route.ActionArgs) {
  const { services, locale } = appContext(context);
  const fields = formFields(await readForm(request));
  const reset = await attempt(
    () => resetPassword(services, { token: fields.token ?? "", newPassword: fields.password ?? "" }),
    translator(locale),
    {},
    authPages,
  );
  if (!reset.ok) return reset.response;
  if (reset.value.status === "invalid-link") return data<ResetState>({ invalidLink: true }, { status: 400 });
  throw redirect("/sign-in?notice=password-reset");
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state, errors } = useFormState<ResetState>(actionData);
  if (!loaderData.token || state?.invalidLink) {
    return (
      <div className="page narrow">
        <h1>{t("auth.reset.invalid.title")}</h1>
        <p className="lede">{t("auth.reset.invalid.body")}</p>
        <p>
          <Link className="button" to="/forgot-password">
            {t("auth.reset.invalid.action")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page narrow">
      <h1>{t("auth.reset.title")}</h1>
      <p className="lede">{t("auth.reset.lede")}</p>
      <ErrorSummary errors={errors} formError={state?.formError} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="token" value={loaderData.token} />
        <NewPasswordField label={t("auth.fields.newPassword")} error={errors.password} />
        <p>
          <SubmitButton>{t("auth.reset.submit")}</SubmitButton>
        </p>
      </Form>
    </div>
  );
}
