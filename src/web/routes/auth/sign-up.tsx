// Create an account: chosen name, email, password; then a confirmation link by email, in the page's language.
import { MAX_CHOSEN_NAME_LENGTH } from "#core/names.ts";
import { useEffect, useState } from "react";
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/sign-up";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { signUp } from "#features/accounts/sign-up.ts";
import { attempt, authPages, formFields, readForm } from "#web/form-state.server.ts";
import { EmailField, NewPasswordField } from "../../components/credential-fields.tsx";
import { ErrorSummary, Notice, SubmitButton, TextField, useFormState } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { registrationSessionOf, safeReturnPath } from "#core/safe-redirect.ts";
import { localized } from "#i18n/localized.ts";
import { readSessionTitle } from "#features/catalog/read-session-title.ts";

export const handle: RouteHandle = { access: "guest" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "auth.signUp.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, locale, timeZone } = appContext(context);
  // Where the person was going (a training's registration): the confirmation email brings them back there.
  const next = safeReturnPath(new URL(request.url).searchParams.get("next"), "");
  const sessionId = registrationSessionOf(next);
  const title = sessionId ? await readSessionTitle(services.db, sessionId) : null;
  return { timeZone, next, training: title ? localized(title, locale) : null };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { services, locale, timeZone, clientIp } = appContext(context);
  const fields = formFields(await readForm(request));
  const values = { name: fields.name?.trim() ?? "", email: fields.email?.trim() ?? "" };
  const created = await attempt(
    () =>
      signUp(services, {
        name: fields.name ?? "",
        email: fields.email ?? "",
        password: fields.password ?? "",
        locale,
        timeZone: fields.timeZone || timeZone,
        ip: clientIp,
        next: safeReturnPath(fields.next, ""),
      }),
    translator(locale),
    { values },
    authPages,
  );
  if (!created.ok) return created.response;
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
  const { state, errors } = useFormState(actionData);
  const query = loaderData.next ? `?next=${encodeURIComponent(loaderData.next)}` : "";
  return (
    <div className="page narrow">
      <h1>{t("auth.signUp.title")}</h1>
      <p className="lede">{t("auth.signUp.lede")}</p>
      <p>{t("auth.signUp.next")}</p>
      {loaderData.training ? (
        <Notice standing>{t("auth.signUp.continuing", { training: loaderData.training })}</Notice>
      ) : null}
      <ErrorSummary errors={errors} formError={state?.formError} />
      <Form method="post" className="stack" noValidate>
        <BrowserTimeZone fallback={loaderData.timeZone} />
        {loaderData.next ? <input type="hidden" name="next" value={loaderData.next} /> : null}
        <TextField
          name="name"
          label={t("auth.fields.name")}
          hint={t("auth.fields.nameHint")}
          autoComplete="name"
          required
          maxLength={MAX_CHOSEN_NAME_LENGTH}
          defaultValue={state?.values?.name ?? ""}
          error={errors.name}
        />
        <EmailField hint={t("auth.fields.emailHint")} defaultValue={state?.values?.email ?? ""} error={errors.email} />
        <NewPasswordField label={t("auth.fields.password")} error={errors.password} />
        <p className="muted">
          {t("auth.signUp.privacy")} <Link to="/privacy">{t("auth.signUp.privacyLink")}</Link>
        </p>
        <p>
          <SubmitButton>{t("auth.signUp.submit")}</SubmitButton>
        </p>
      </Form>
      <p>
        {t("auth.signUp.haveAccount")} <Link to={`/sign-in${query}`}>{t("auth.signUp.signIn")}</Link>
      </p>
    </div>
  );
}
