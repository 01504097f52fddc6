// Forgot your password: ask for a link to choose a new one. Every address gets the same answer.
import { data, Form, Link, redirect, useNavigation } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/forgot-password";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { requestPasswordReset } from "#features/accounts/request-password-reset.ts";
import { ErrorSummary, TextField } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/page-meta.ts";
import { describeFailure, fieldErrors, formFields, type FormState } from "./form-input.server.ts";
import { emailField } from "./schemas.server.ts";

export const handle: RouteHandle = { access: "public" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "auth.forgot.title");

const forgotInput = z.object({ email: emailField });

export async function action({ request, context }: Route.ActionArgs) {
  const { services, locale, clientIp } = appContext(context);
  const t = translator(locale);
  const fields = formFields(await request.formData());
  const values = { email: fields.email?.trim() ?? "" };
  const parsed = forgotInput.safeParse(fields);
  if (!parsed.success) return data<FormState>({ values, errors: fieldErrors(parsed.error, t) }, { status: 400 });
  try {
    await requestPasswordReset(services, { email: parsed.data.email, ip: clientIp });
  } catch (error) {
    const failure = describeFailure(error, t);
    return data<FormState>({ ...failure.state, values }, { status: failure.status });
  }
  throw redirect("/check-email?for=reset");
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const t = useT();
  const navigation = useNavigation();
  const state = actionData as FormState | undefined;
  const errors = state?.errors ?? {};
  return (
    <div className="page narrow">
      <h1>{t("auth.forgot.title")}</h1>
      <p className="lede">{t("auth.forgot.lede")}</p>
      <ErrorSummary errors={errors} formError={state?.formError} />
      <Form method="post" className="stack" noValidate>
        <TextField
          name="email"
          label={t("auth.fields.email")}
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={state?.values?.email ?? ""}
          error={errors.email}
        />
        <p>
          <button type="submit" className="primary" disabled={navigation.state === "submitting"}>
            {t("auth.forgot.submit")}
          </button>
        </p>
      </Form>
      <ul className="auth-links">
        <li>
          <Link to="/sign-in">{t("auth.forgot.back")}</Link>
        </li>
        <li>
          <Link to="/sign-in/link">{t("auth.signIn.useLink")}</Link>
        </li>
      </ul>
    </div>
  );
}
