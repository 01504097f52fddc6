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

export function action(args: Route.ActionArgs) {
  return emailRequestAction(
    args,
    ({ services, clientIp }, email) => resendVerification(services, { email, ip: clientIp }),
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
      <EmailRequestForm state={state} defaultEmail={loaderData.email} submitLabel={t("auth.verify.resend")} />
      <p>
        {t("auth.verify.alreadyDone")} <Link to="/sign-in">{t("auth.signUp.signIn")}</Link>
      </p>
    </div>
  );
}
