// Ask for a one-time sign-in link by email: no password needed. The answer is the same for every address.
import { Link } from "react-router";
import type { Route } from "./+types/sign-in-link";
import type { RouteHandle } from "#web/route-handle.ts";
import type { RequestContext } from "#web/request-context.ts";
import { requestMagicLink } from "#features/accounts/request-magic-link.ts";
import { emailRequestAction } from "#web/email-request.server.ts";
import { EmailRequestForm } from "../../components/credential-fields.tsx";
import { useFormState } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { safeReturnPath } from "#core/safe-redirect.ts";

export const handle: RouteHandle = { access: "guest" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "auth.link.title");

export function loader({ request }: Route.LoaderArgs) {
  return { next: safeReturnPath(new URL(request.url).searchParams.get("next"), "") };
}

export function action(args: Route.ActionArgs) {
  const send = ({ services, clientIp }: RequestContext, email: string, next: string) =>
    requestMagicLink(services, { email, ip: clientIp, headers: args.request.headers, next });
  return emailRequestAction(args, send, "magic-link");
}

export default function SignInLink({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state } = useFormState(actionData);
  const next = loaderData.next;
  const query = next ? `?next=${encodeURIComponent(next)}` : "";
  return (
    <div className="page narrow">
      <h1>{t("auth.link.title")}</h1>
      <p className="lede">{t("auth.link.lede")}</p>
      <EmailRequestForm state={state} submitLabel={t("auth.link.submit")} next={next} />
      <ul className="auth-links">
        <li>
          <Link to={`/sign-in${query}`}>{t("auth.link.usePassword")}</Link>
        </li>
        <li>
          {t("auth.signIn.noAccount")} <Link to={`/sign-up${query}`}>{t("auth.signIn.createAccount")}</Link>
        </li>
      </ul>
    </div>
  );
}
