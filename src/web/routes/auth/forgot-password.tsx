// Forgot your password: ask for a link to choose a new one. Every address gets the same answer.
import { Link } from "react-router";
import type { Route } from "./+types/forgot-password";
import type { RouteHandle } from "#web/route-handle.ts";
import { requestPasswordReset } from "#features/accounts/request-password-reset.ts";
import { emailRequestAction } from "#web/email-request.server.ts";
import { EmailRequestForm } from "../../components/credential-fields.tsx";
import { useFormState } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";

export const handle: RouteHandle = { access: "public" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "auth.forgot.title");

export function action(args: Route.ActionArgs) {
  return emailRequestAction(
    args,
    ({ services, clientIp }, email) => requestPasswordReset(services, { email, ip: clientIp }),
    "reset",
  );
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const t = useT();
  const { state } = useFormState(actionData);
  return (
    <div className="page narrow">
      <h1>{t("auth.forgot.title")}</h1>
      <p className="lede">{t("auth.forgot.lede")}</p>
      <EmailRequestForm state={state} submitLabel={t("auth.forgot.submit")} />
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
