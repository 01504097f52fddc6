// "Check your email": what was sent, how long the link works, and what to do if nothing arrives.
import { Link } from "react-router";
import type { Route } from "./+types/check-email";
import type { RouteHandle } from "#web/route-handle.ts";
import type { MessageKey } from "#i18n/translate.ts";
import { oneOf } from "#web/search-params.ts";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";

export const handle: RouteHandle = { access: "public" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "auth.checkEmail.title");

const reasons = ["sign-up", "magic-link", "reset", "verify"] as const;
type Reason = (typeof reasons)[number];

export function loader({ request }: Route.LoaderArgs) {
  return { reason: oneOf(reasons, new URL(request.url).searchParams.get("for")) ?? "sign-up" };
}

const copy: Record<Reason, { body: MessageKey; retry: MessageKey; retryLabel: MessageKey; retryTo: string }> = {
  "sign-up": {
    body: "auth.checkEmail.signUp",
    retry: "auth.checkEmail.retrySignUp",
    retryLabel: "auth.checkEmail.signIn",
    retryTo: "/sign-in",
  },
  "magic-link": {
    body: "auth.checkEmail.magicLink",
    retry: "auth.checkEmail.retry",
    retryLabel: "auth.checkEmail.tryAgain",
    retryTo: "/sign-in/link",
  },
  reset: {
    body: "auth.checkEmail.reset",
    retry: "auth.checkEmail.retry",
    retryLabel: "auth.checkEmail.tryAgain",
    retryTo: "/forgot-password",
  },
  verify: {
    body: "auth.checkEmail.verify",
    retry: "auth.checkEmail.retrySignUp",
    retryLabel: "auth.checkEmail.signIn",
    retryTo: "/sign-in",
  },
};

export default function CheckEmail({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const text = copy[loaderData.reason];
  return (
    <div className="page narrow">
      <div className="check-email-mark" aria-hidden="true" />
      <h1>{t("auth.checkEmail.title")}</h1>
      <p className="lede">{t(text.body)}</p>
      <h2>{t("auth.checkEmail.nothingTitle")}</h2>
      <ul>
        <li>{t("auth.checkEmail.wait")}</li>
        <li>{t("auth.checkEmail.spam")}</li>
        <li>
          {t(text.retry)} <Link to={text.retryTo}>{t(text.retryLabel)}</Link>
        </li>
      </ul>
      <p className="muted">{t("auth.checkEmail.close")}</p>
    </div>
  );
}
