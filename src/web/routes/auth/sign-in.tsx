// Sign in with email and password; links to the email-link sign-in, recovery and sign-up; demo sign-ins in demo mode.
import { data, Form, Link, redirect, useNavigation } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/sign-in";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { safeReturnPath } from "#core/safe-redirect.ts";
import type { Role } from "#core/access.ts";
import { signIn } from "#features/accounts/sign-in.ts";
import { resendVerification } from "#features/accounts/resend-verification.ts";
import { demoSignIns } from "#features/demo/demo-accounts.ts";
import { ErrorSummary, Notice, TextField } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/page-meta.ts";
import { describeFailure, fieldErrors, formFields, type FormState } from "./form-input.server.ts";
import { currentPasswordField, emailField } from "./schemas.server.ts";

export const handle: RouteHandle = { access: "guest" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "auth.signIn.title");

const notices = ["password-reset", "confirmed", "email-changed"] as const;
type SignInNotice = (typeof notices)[number];

export function loader({ request, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const url = new URL(request.url);
  const notice = url.searchParams.get("notice");
  const next = url.searchParams.get("next");
  return {
    next: safeReturnPath(next, ""),
    notice: (notices as readonly string[]).includes(notice ?? "") ? (notice as SignInNotice) : null,
    demo: services.config.demo ? demoSignIns.map(({ email, name, roles, password }) => ({ email, name, roles, password })) : null,
  };
}

const signInInput = z.object({ email: emailField, password: currentPasswordField });

type SignInState = FormState & { unconfirmed?: boolean };

export async function action({ request, context }: Route.ActionArgs) {
  const { services, locale, clientIp } = appContext(context);
  const t = translator(locale);
  const fields = formFields(await request.formData());
  const values = { email: fields.email?.trim() ?? "", next: safeReturnPath(fields.next, "") };

  if (fields.intent === "resend-verification") {
    const email = emailField.safeParse(fields.email);
    if (!email.success) return data<SignInState>({ values, errors: fieldErrors(email.error, t) }, { status: 400 });
    try {
      await resendVerification(services, { email: email.data, ip: clientIp });
    } catch (error) {
      const failure = describeFailure(error, t);
      return data<SignInState>({ ...failure.state, values, unconfirmed: true }, { status: failure.status });
    }
    throw redirect("/check-email?for=verify");
  }

  const parsed = signInInput.safeParse(fields);
  if (!parsed.success) return data<SignInState>({ values, errors: fieldErrors(parsed.error, t) }, { status: 400 });
  try {
    const result = await signIn(services, {
      email: parsed.data.email,
      password: parsed.data.password,
      remember: fields.remember === "on",
      ip: clientIp,
      headers: request.headers,
    });
    if (result.status === "signed-in") throw redirect(safeReturnPath(values.next, "/account"), { headers: result.cookies });
    if (result.status === "unconfirmed") return data<SignInState>({ values, unconfirmed: true }, { status: 403 });
    return data<SignInState>({ values, formError: t("auth.signIn.refused") }, { status: 401 });
  } catch (error) {
    if (error instanceof Response) throw error;
    const failure = describeFailure(error, t);
    return data<SignInState>({ ...failure.state, values }, { status: failure.status });
  }
}

const roleKeys = {
  admin: "auth.role.admin",
  trainer: "auth.role.trainer",
  partner_admin: "auth.role.partnerAdmin",
  participant: "auth.role.participant",
} as const satisfies Record<Role, string>;

const noticeKeys = {
  "password-reset": "auth.signIn.notice.passwordReset",
  confirmed: "auth.signIn.notice.confirmed",
  "email-changed": "auth.signIn.notice.emailChanged",
} as const satisfies Record<SignInNotice, string>;

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const state = actionData as SignInState | undefined;
  const errors = state?.errors ?? {};
  const email = state?.values?.email ?? "";
  const next = state?.values?.next ?? loaderData.next;
  const query = next ? `?next=${encodeURIComponent(next)}` : "";

  return (
    <div className="page narrow">
      <h1>{t("auth.signIn.title")}</h1>
      {loaderData.notice ? <Notice>{t(noticeKeys[loaderData.notice])}</Notice> : null}
      {next && !loaderData.notice && !state ? <Notice>{t("auth.signIn.notice.signInFirst")}</Notice> : null}
      <p className="lede">{t("auth.signIn.lede")}</p>

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
            <button type="submit" className="primary" disabled={busy}>
              {t("auth.signIn.unconfirmed.resend")}
            </button>
          </Form>
        </section>
      ) : (
        <ErrorSummary errors={errors} formError={state?.formError} />
      )}

      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="next" value={next} />
        <TextField
          name="email"
          label={t("auth.fields.email")}
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={email}
          error={errors.email}
        />
        <TextField name="password" label={t("auth.fields.password")} type="password" autoComplete="current-password" required error={errors.password} />
        <div className="checkbox">
          <input type="checkbox" id="field-remember" name="remember" defaultChecked aria-describedby="field-remember-hint" />
          <div>
            <label htmlFor="field-remember">{t("auth.fields.remember")}</label>
            <p className="field-hint" id="field-remember-hint">
              {t("auth.fields.rememberHint")}
            </p>
          </div>
        </div>
        <p>
          <button type="submit" className="primary" disabled={busy}>
            {t("auth.signIn.submit")}
          </button>
        </p>
      </Form>

      <ul className="auth-links">
        <li>
          <Link to="/forgot-password">{t("auth.signIn.forgot")}</Link>
        </li>
        <li>
          <Link to={`/sign-in/link${query}`}>{t("auth.signIn.useLink")}</Link>
        </li>
        <li>
          {t("auth.signIn.noAccount")} <Link to="/sign-up">{t("auth.signIn.createAccount")}</Link>
        </li>
      </ul>

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
                  <span className="muted"> · {person.roles.map((role) => t(roleKeys[role])).join(", ")}</span>
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
