// Create an account: chosen name, email, password; then a confirmation link by email, in the page's language.
import { useEffect, useState } from "react";
import { data, Form, Link, redirect, useNavigation } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/sign-up";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { signUp } from "#features/accounts/sign-up.ts";
import { MIN_PASSWORD_LENGTH } from "#features/accounts/create-account.ts";
import { ErrorSummary, TextField } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/page-meta.ts";
import { describeFailure, fieldErrors, formFields, type FormState } from "./form-input.server.ts";
import { emailField, nameField, newPasswordField } from "./schemas.server.ts";

export const handle: RouteHandle = { access: "guest" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "auth.signUp.title");

export function loader({ context }: Route.LoaderArgs) {
  return { timeZone: appContext(context).timeZone, minPasswordLength: MIN_PASSWORD_LENGTH };
}

const signUpInput = z.object({ name: nameField, email: emailField, password: newPasswordField, timeZone: z.string().max(64).optional() });

export async function action({ request, context }: Route.ActionArgs) {
  const { services, locale, timeZone, clientIp } = appContext(context);
  const t = translator(locale);
  const fields = formFields(await request.formData());
  const values = { name: fields.name?.trim() ?? "", email: fields.email?.trim() ?? "" };
  const parsed = signUpInput.safeParse(fields);
  if (!parsed.success) return data<FormState>({ values, errors: fieldErrors(parsed.error, t) }, { status: 400 });
  try {
    await signUp(services, {
      name: parsed.data.name,
      email: parsed.data.email,
      password: parsed.data.password,
      locale,
      timeZone: parsed.data.timeZone || timeZone,
      ip: clientIp,
    });
  } catch (error) {
    const failure = describeFailure(error, t);
    return data<FormState>({ ...failure.state, values }, { status: failure.status });
  }
  throw redirect("/check-email?for=sign-up");
}

/** Without JavaScript the hub's default zone is kept; with it, the browser's own zone is sent. */
function BrowserTimeZone({ fallback }: { fallback: string }) {
  // State, not a DOM write: a hidden input's value is its attribute, which React re-applies on every render.
  const [zone, setZone] = useState(fallback);
  useEffect(() => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (browserZone) setZone(browserZone);
  }, []);
  return <input type="hidden" name="timeZone" value={zone} />;
}

export default function SignUp({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const navigation = useNavigation();
  const state = actionData as FormState | undefined;
  const errors = state?.errors ?? {};
  return (
    <div className="page narrow">
      <h1>{t("auth.signUp.title")}</h1>
      <p className="lede">{t("auth.signUp.lede")}</p>
      <p>{t("auth.signUp.next")}</p>
      <ErrorSummary errors={errors} formError={state?.formError} />
      <Form method="post" className="stack" noValidate>
        <BrowserTimeZone fallback={loaderData.timeZone} />
        <TextField
          name="name"
          label={t("auth.fields.name")}
          hint={t("auth.fields.nameHint")}
          autoComplete="name"
          required
          maxLength={120}
          defaultValue={state?.values?.name ?? ""}
          error={errors.name}
        />
        <TextField
          name="email"
          label={t("auth.fields.email")}
          hint={t("auth.fields.emailHint")}
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={state?.values?.email ?? ""}
          error={errors.email}
        />
        <TextField
          name="password"
          label={t("auth.fields.password")}
          hint={t("auth.fields.newPasswordHint", { min: loaderData.minPasswordLength })}
          type="password"
          autoComplete="new-password"
          required
          minLength={loaderData.minPasswordLength}
          error={errors.password}
        />
        <p className="muted">
          {t("auth.signUp.privacy")} <Link to="/privacy">{t("auth.signUp.privacyLink")}</Link>
        </p>
        <p>
          <button type="submit" className="primary" disabled={navigation.state === "submitting"}>
            {t("auth.signUp.submit")}
          </button>
        </p>
      </Form>
      <p>
        {t("auth.signUp.haveAccount")} <Link to="/sign-in">{t("auth.signUp.signIn")}</Link>
      </p>
    </div>
  );
}
