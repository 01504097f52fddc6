// Sign in with email and password; links to the email-link sign-in, recovery and sign-up; demo sign-ins in demo mode.
import { roleName } from "../../components/roles.tsx";
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/sign-in";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { registrationSessionOf, safeReturnPath } from "#core/safe-redirect.ts";
import { localized } from "#i18n/localized.ts";
import { readSessionTitle } from "#features/catalog/read-session-title.ts";
import { signIn } from "#features/accounts/sign-in.ts";
import { resendVerification } from "#features/accounts/resend-verification.ts";
import { demoSignIns } from "#features/demo/demo-accounts.ts";
import { attempt, authPages, formFields, type FormState, readForm } from "#web/form-state.server.ts";
import { oneOf } from "#web/search-params.ts";
import { EmailField } from "../../components/credential-fields.tsx";
import { CheckboxField, ErrorSummary, Notice, SubmitButton, TextField, useFormState } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";

export const handle: RouteHandle = { access: "guest" };

export const meta: Route.MetaFunction = ({ data, matches }) =>
  pageTitle(matches, data?.training ? "auth.signIn.toRegister.title" : "auth.signIn.title");

const notices = ["password-reset", "confirmed", "email-changed", "account-deleted"] as const;
type SignInNotice = (typeof notices)[number];

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, locale } = appContext(context);
  const url = new URL(request.url);
  const next = safeReturnPath(url.searchParams.get("next"), "");
  // On the way to a training's registration: the page offers signing in and a free account as equals, and names it.
  const sessionId = registrationSessionOf(next);
  const title = sessionId ? await readSessionTitle(services.db, sessionId) : null;
  return {
    next,
    training: title ? localized(title, locale) : null,
    notice: oneOf(notices, url.searchParams.get("notice")),
    demo: services.config.demo
      ? demoSignIns.map(({ email, name, roles, password }) => ({ email, name, roles, password }))
      : null,
  };
}

type SignInState = FormState & { unconfirmed?: boolean };

export async function action({ request, context }: Route.ActionArgs) {
  const { services, locale, clientIp } = appContext(context);
  const t = translator(locale);
  const fields = formFields(await readForm(request));
  const values = { email: fields.email?.trim() ?? "", next: safeReturnPath(fields.next, "") };

  if (fields.intent === "resend-verification") {
    const sent = await attempt<void, SignInState>(
      () => resendVerification(services, { email: values.email, ip: clientIp, next: values.next }),
      t,
      { values, unconfirmed: true },
      authPages,
    );
    if (!sent.ok) return sent.response;
    throw redirect("/check-email?for=verify");
  }

  const signedIn = await attempt(
    () =>
      signIn(services, {
        email: values.email,
        password: fields.password ?? "",
        remember: fields.remember === "on",
        ip: clientIp,
        headers: request.headers,
      }),
    t,
    { values },
    authPages,
  );
  if (!signedIn.ok) return signedIn.response;
  const result = signedIn.value;
  if (result.status === "signed-in")
    throw redirect(safeReturnPath(values.next, "/account"), { headers: result.cookies });
  if (result.status === "unconfirmed") return data<SignInState>({ values, unconfirmed: true }, { status: 403 });
  return data<SignInState>({ values, formError: t("auth.signIn.refused") }, { status: 401 });
}

const noticeKeys = {
  "password-reset": "auth.signIn.notice.passwordReset",
  confirmed: "auth.signIn.notice.confirmed",
  "email-changed": "auth.signIn.notice.emailChanged",
  "account-deleted": "deletion.signedOut",
} as const satisfies Record<SignInNotice, string>;

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state, errors, busy } = useFormState<SignInState>(actionData);
  const email = state?.values?.email ?? "";
  const next = state?.values?.next ?? loaderData.next;
  const query = next ? `?next=${encodeURIComponent(next)}` : "";
  const training = loaderData.training;

  const form = (
    <>
      {state?.unconfirmed ? (
        <section className="card stack auth-unconfirmed" aria-labelledby="unconfirmed-title">
          <h2 id="unconfirmed-title">{t("auth.signIn.unconfirmed.title")}</h2>
          <p>{t("auth.signIn.unconfirmed.body")}</p>
          {state.formError ? (
            <p className="field-error" role="alert">
              {state.formError}
            </p>
          ) : null}
          <Form method="post">
            <input type="hidden" name="intent" value="resend-verification" />
            <input type="hidden" name="email" value={email} />
            <input type="hidden" name="next" value={next} />
            <SubmitButton>{t("auth.signIn.unconfirmed.resend")}</SubmitButton>
          </Form>
        </section>
      ) : (
        <ErrorSummary errors={errors} formError={state?.formError} />
      )}

      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="next" value={next} />
        <EmailField defaultValue={email} error={errors.email} />
        <TextField
          name="password"
          label={t("auth.fields.password")}
          type="password"
          autoComplete="current-password"
          required
          error={errors.password}
        />
        <CheckboxField
          name="remember"
          label={t("auth.fields.remember")}
          hint={t("auth.fields.rememberHint")}
          defaultChecked
        />
        <p>
          <SubmitButton>{t("auth.signIn.submit")}</SubmitButton>
        </p>
      </Form>
    </>
  );

  return (
    <div className={training ? "page" : "page narrow"}>
      {training ? (
        <>
          <h1>{t("auth.signIn.toRegister.title")}</h1>
          <p className="lede">{t("auth.signIn.toRegister.lede", { training })}</p>
          {loaderData.notice ? <Notice>{t(noticeKeys[loaderData.notice])}</Notice> : null}
          <div className="auth-choices">
            <section className="card stack" aria-labelledby="new-account-title">
              <h2 id="new-account-title">{t("auth.signIn.toRegister.newTitle")}</h2>
              <p>{t("auth.signIn.toRegister.newBody")}</p>
              <p>
                <Link className="button" to={`/sign-up${query}`}>
                  {t("auth.signIn.toRegister.create")}
                </Link>
              </p>
            </section>
            <section className="card stack" aria-labelledby="have-account-title">
              <h2 id="have-account-title">{t("auth.signIn.toRegister.haveTitle")}</h2>
              {form}
              <ul className="auth-links">
                <li>
                  <Link to="/forgot-password">{t("auth.signIn.forgot")}</Link>
                </li>
                <li>
                  <Link to={`/sign-in/link${query}`}>{t("auth.signIn.useLink")}</Link>
                </li>
              </ul>
            </section>
          </div>
        </>
      ) : (
        <>
          <h1>{t("auth.signIn.title")}</h1>
          {loaderData.notice ? (
            <Notice>
              {t(noticeKeys[loaderData.notice])}
              {loaderData.notice === "password-reset" ? ` ${t("auth.signIn.notice.passwordResetTokens")}` : null}
            </Notice>
          ) : null}
          {next && !loaderData.notice && !state ? (
            <Notice standing>{t("auth.signIn.notice.signInFirst")}</Notice>
          ) : null}
          <p className="lede">{t("auth.signIn.lede")}</p>
          {form}
          <ul className="auth-links">
            <li>
              <Link to="/forgot-password">{t("auth.signIn.forgot")}</Link>
            </li>
            <li>
              <Link to={`/sign-in/link${query}`}>{t("auth.signIn.useLink")}</Link>
            </li>
            <li>
              {t("auth.signIn.noAccount")} <Link to={`/sign-up${query}`}>{t("auth.signIn.createAccount")}</Link>
            </li>
          </ul>
        </>
      )}

      {loaderData.demo ? (
        <section className="card demo-sign-ins" aria-labelledby="demo-title">
          <h2 id="demo-title">{t("auth.demo.title")}</h2>
          <p>
            {t("auth.demo.body")} <code className="demo-password">{loaderData.demo[0]?.password}</code>
          </p>
          <ul className="demo-list">
            {loaderData.demo.map((person) => (
              <li key={person.email}>
                <div>
                  <strong>{person.name}</strong>
                  <span className="muted"> · {person.roles.map((role) => roleName(t, role)).join(", ")}</span>
                  <br />
                  <span className="demo-email">{person.email}</span>
                </div>
                <Form method="post">
                  <input type="hidden" name="email" value={person.email} />
                  <input type="hidden" name="password" value={person.password} />
                  <input type="hidden" name="next" value={next} />
                  <input type="hidden" name="remember" value="on" />
                  <button type="submit" className="secondary" disabled={busy}>
                    {t("auth.demo.signInAs", { name: person.name.split(" ")[0] ?? person.name })}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
