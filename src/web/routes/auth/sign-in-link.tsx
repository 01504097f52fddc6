// Ask for a one-time sign-in link by email: no password needed. The answer is the same for every address.
import { data, Form, Link, redirect, useNavigation } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/sign-in-link";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { requestMagicLink } from "#features/accounts/request-magic-link.ts";
import { ErrorSummary, TextField } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/page-meta.ts";
import { describeFailure, fieldErrors, formFields, type FormState } from "./form-input.server.ts";
import { emailField } from "./schemas.server.ts";

export const handle: RouteHandle = { access: "guest" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "auth.link.title");

const linkInput = z.object({ email: emailField });

export async function action({ request, context }: Route.ActionArgs) {
  const { services, locale, clientIp } = appContext(context);
  const t = translator(locale);
  const fields = formFields(await request.formData());
  const values = { email: fields.email?.trim() ?? "" };
  const parsed = linkInput.safeParse(fields);
  if (!parsed.success) return data<FormState>({ values, errors: fieldErrors(parsed.error, t) }, { status: 400 });
  try {
    await requestMagicLink(services, { email: parsed.data.email, ip: clientIp, headers: request.headers });
  } catch (error) {
    const failure = describeFailure(error, t);
    return data<FormState>({ ...failure.state, values }, { status: failure.status });
  }
  throw redirect("/check-email?for=magic-link");
}

export default function SignInLink({ actionData }: Route.ComponentProps) {
  const t = useT();
  const navigation = useNavigation();
  const state = actionData as FormState | undefined;
  const errors = state?.errors ?? {};
  return (
    <div className="page narrow">
      <h1>{t("auth.link.title")}</h1>
      <p className="lede">{t("auth.link.lede")}</p>
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
            {t("auth.link.submit")}
          </button>
        </p>
      </Form>
      <ul className="auth-links">
        <li>
          <Link to="/sign-in">{t("auth.link.usePassword")}</Link>
        </li>
        <li>
          {t("auth.signIn.noAccount")} <Link to="/sign-up">{t("auth.signIn.createAccount")}</Link>
        </li>
      </ul>
    </div>
  );
}
