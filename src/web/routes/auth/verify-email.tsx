// Follows an email-confirmation link: confirms and signs in, or finishes an email change; a calm page if the link fails.
import { data, Form, Link, redirect, useNavigation } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/verify-email";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { verifyEmail } from "#features/accounts/verify-email.ts";
import { resendVerification } from "#features/accounts/resend-verification.ts";
import { ErrorSummary, TextField } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/page-meta.ts";
import { describeFailure, fieldErrors, formFields, type FormState } from "./form-input.server.ts";
import { emailField } from "./schemas.server.ts";

export const handle: RouteHandle = { access: "public" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "auth.verify.metaTitle");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  // The link is a signed token that can be followed more than once, so confirming on GET is safe.
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const result = await verifyEmail(services, { token, headers: request.headers });
  switch (result.status) {
    case "confirmed":
      throw redirect(result.signedIn ? "/account?welcome=1" : "/sign-in?notice=confirmed", { headers: result.cookies });
    case "already-confirmed":
      throw redirect(viewer ? "/account" : "/sign-in?notice=confirmed");
    case "email-changed":
      throw redirect(viewer ? "/account?emailChanged=1" : "/sign-in?notice=email-changed", { headers: result.cookies });
    default:
      return data({ problem: result.status, email: result.email ?? "" }, { status: 400 });
  }
}

const resendInput = z.object({ email: emailField });

export async function action({ request, context }: Route.ActionArgs) {
  const { services, locale, clientIp } = appContext(context);
  const t = translator(locale);
  const fields = formFields(await request.formData());
  const values = { email: fields.email?.trim() ?? "" };
  const parsed = resendInput.safeParse(fields);
  if (!parsed.success) return data<FormState>({ values, errors: fieldErrors(parsed.error, t) }, { status: 400 });
  try {
    await resendVerification(services, { email: parsed.data.email, ip: clientIp });
  } catch (error) {
    const failure = describeFailure(error, t);
    return data<FormState>({ ...failure.state, values }, { status: failure.status });
  }
  throw redirect("/check-email?for=verify");
}

export default function VerifyEmail({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const navigation = useNavigation();
  const state = actionData as FormState | undefined;
  const errors = state?.errors ?? {};
  const expired = loaderData.problem === "expired";
  return (
    <div className="page narrow">
      <h1>{expired ? t("auth.verify.expired.title") : t("auth.verify.invalid.title")}</h1>
      <p className="lede">{expired ? t("auth.verify.expired.body") : t("auth.verify.invalid.body")}</p>
      <ErrorSummary errors={errors} formError={state?.formError} />
      <Form method="post" className="stack" noValidate>
        <TextField
          name="email"
          label={t("auth.fields.email")}
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={state?.values?.email ?? loaderData.email}
          error={errors.email}
        />
        <p>
          <button type="submit" className="primary" disabled={navigation.state === "submitting"}>
            {t("auth.verify.resend")}
          </button>
        </p>
      </Form>
      <p>
        {t("auth.verify.alreadyDone")} <Link to="/sign-in">{t("auth.signUp.signIn")}</Link>
      </p>
    </div>
  );
}
