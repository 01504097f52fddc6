// Follows an email-confirmation link: confirms and signs in, or finishes an email change; a calm page if the link fails.
import { data, Link, redirect } from "react-router";
import type { Route } from "./+types/verify-email";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { verifyEmail } from "#features/accounts/verify-email.ts";
import { resendVerification } from "#features/accounts/resend-verification.ts";
import { emailRequestAction } from "#web/email-request.server.ts";
import { EmailRequestForm } from "../../components/credential-fields.tsx";
import { useFormState } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { safeReturnPath, withParam } from "#core/safe-redirect.ts";

export const handle: RouteHandle = { access: "public" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "auth.verify.metaTitle");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  // The link is a signed token that can be followed more than once, so confirming on GET is safe.
  const url = new URL(request.url);
  const token = url.searchParams.get("token") ?? "";
  // Where the person was going when they signed up (a training's registration): confirming brings them back there.
  const next = safeReturnPath(url.searchParams.get("next"), "");
  const signInAgain = next ? `/sign-in?notice=confirmed&next=${encodeURIComponent(next)}` : "/sign-in?notice=confirmed";
  const result = await verifyEmail(services, { token, headers: request.headers });
  switch (result.status) {
    case "confirmed":
      throw redirect(result.signedIn ? withParam(next || "/account", "welcome", "1") : signInAgain, {
        headers: result.cookies,
      });
    case "already-confirmed":
      throw redirect(viewer ? next || "/account" : signInAgain);
    case "email-changed":
      throw redirect(viewer ? "/account?emailChanged=1" : "/sign-in?notice=email-changed", { headers: result.cookies });
    default:
      return data({ problem: result.status, email: result.email ?? "", next }, { status: 400 });
  }
}

export function action(args: Route.ActionArgs) {
  return emailRequestAction(
    args,
    ({ services, clientIp }, email, next) => resendVerification(services, { email, ip: clientIp, next }),
    "verify",
  );
}

export default function VerifyEmail({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state } = useFormState(actionData);
  const expired = loaderData.problem === "expired";
  return (
    <div className="page narrow">
      <h1>{expired ? t("auth.verify.expired.title") : t("auth.verify.invalid.title")}</h1>
      <p className="lede">{expired ? t("auth.verify.expired.body") : t("auth.verify.invalid.body")}</p>
      <EmailRequestForm
        state={state}
        defaultEmail={loaderData.email}
        submitLabel={t("auth.verify.resend")}
        next={loaderData.next}
      />
      <p>
        {t("auth.verify.alreadyDone")} <Link to="/sign-in">{t("auth.signUp.signIn")}</Link>
      </p>
    </div>
  );
}
