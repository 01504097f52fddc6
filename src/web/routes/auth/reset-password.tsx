// Choose a new password from a reset link; afterwards the person signs in with it on the sign-in page.
import { data, Form, Link, redirect, useNavigation } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/reset-password";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { resetPassword } from "#features/accounts/reset-password.ts";
import { MIN_PASSWORD_LENGTH } from "#features/accounts/create-account.ts";
import { ErrorSummary, TextField } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/page-meta.ts";
import { describeFailure, fieldErrors, formFields, type FormState } from "./form-input.server.ts";
import { newPasswordField } from "./schemas.server.ts";

export const handle: RouteHandle = { access: "public" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "auth.reset.title");

export function loader({ request }: Route.LoaderArgs) {
  return { token: new URL(request.url).searchParams.get("token") ?? "", minPasswordLength: MIN_PASSWORD_LENGTH };
}

const resetInput = z.object({ token: z.string().max(200), password: newPasswordField });

type ResetState = FormState & { invalidLink?: boolean };

export async function action({ request, context }: Route.ActionArgs) {
  const { services, locale } = appContext(context);
  const t = translator(locale);
  const fields = formFields(await request.formData());
  const parsed = resetInput.safeParse(fields);
  if (!parsed.success) return data<ResetState>({ errors: fieldErrors(parsed.error, t) }, { status: 400 });
  try {
    const result = await resetPassword(services, { token: parsed.data.token, newPassword: parsed.data.password });
    if (result.status === "invalid-link") return data<ResetState>({ invalidLink: true }, { status: 400 });
  } catch (error) {
    const failure = describeFailure(error, t);
    return data<ResetState>(failure.state, { status: failure.status });
  }
  throw redirect("/sign-in?notice=password-reset");
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const navigation = useNavigation();
  const state = actionData as ResetState | undefined;
  const errors = state?.errors ?? {};
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
        <TextField
          name="password"
          label={t("auth.fields.newPassword")}
          hint={t("auth.fields.newPasswordHint", { min: loaderData.minPasswordLength })}
          type="password"
          autoComplete="new-password"
          required
          minLength={loaderData.minPasswordLength}
          error={errors.password}
        />
        <p>
          <button type="submit" className="primary" disabled={navigation.state === "submitting"}>
            {t("auth.reset.submit")}
          </button>
        </p>
      </Form>
    </div>
  );
}
