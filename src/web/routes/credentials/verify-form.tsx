// /verify: type the code printed on a certificate (or follow /verify?code=…) to reach its verification page; or paste or
// upload a digital credential from any issuer (JSON with an embedded proof, or a VC-JWT) and see each check's result.
import { data, redirect } from "react-router";
import type { Route } from "./+types/verify-form";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { readForm } from "#web/form-state.server.ts";
import { normalizeCredentialCode } from "#core/credential-code.ts";
import { translator } from "#i18n/translate.ts";
import { MAX_CREDENTIAL_BYTES, verifyAnyCredential } from "#features/credentials/verify-any-credential.ts";
import { useT } from "../../components/i18n.tsx";
import { pageDescription, pageTitle } from "../public/lib/page-meta.ts";
import { CodeForm } from "./lib/code-form.tsx";
import { CredentialCheckForm, CredentialCheckReport, type CheckReport } from "./lib/credential-check.tsx";
import credentialStyles from "../../styles/credentials.css?url";

export const handle: RouteHandle = { access: "public" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: credentialStyles }];

export const meta: Route.MetaFunction = ({ matches }) => [
  ...pageTitle(matches, "credentials.verify.title"),
  ...pageDescription(matches, "credentials.verify.description"),
];

export async function loader({ request, context }: Route.LoaderArgs) {
  const typed = new URL(request.url).searchParams.get("code");
  if (typed === null) return { typed: "", error: null };
  const code = normalizeCredentialCode(typed);
  if (code) throw redirect(`/verify/${code}`);
  const t = translator(appContext(context).locale);
  return data({ typed: typed.slice(0, 40), error: t("credentials.verify.code.wrong") }, { status: 400 });
}

type CheckState = { pasted: string; error: string | null; report: CheckReport | null };

export async function action({ request, context }: Route.ActionArgs) {
  const { services, locale } = appContext(context);
  const t = translator(locale);
  const form = await readForm(request);
  const pasted = form.get("credential");
  const file = form.get("file");
  let text = typeof pasted === "string" ? pasted.trim() : "";
  if (!text && file instanceof File && file.size > 0) {
    if (file.size > MAX_CREDENTIAL_BYTES)
      return data<CheckState>(
        { pasted: "", error: t("credentials.check.format.tooLarge"), report: null },
        { status: 400 },
      );
    text = (await file.text()).trim();
  }
  if (!text)
    return data<CheckState>({ pasted: "", error: t("credentials.verify.any.empty"), report: null }, { status: 400 });
  // Checked here, with nothing sent anywhere but requests for the issuer's public key and status list.
  const report = await verifyAnyCredential(services, { credential: text });
  return {
    pasted: text.length <= MAX_CREDENTIAL_BYTES ? text : "",
    error: null,
    report: { valid: report.valid, issuer: report.issuer, checks: report.checks },
  } satisfies CheckState;
}

export default function VerifyForm({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="page narrow">
      <h1>{t("credentials.verify.title")}</h1>
      <p className="lede">{t("credentials.verify.lede")}</p>
      <CodeForm defaultValue={loaderData.typed} error={loaderData.error ?? undefined} />
      <section aria-labelledby="check-any-title" className="check-any">
        <h2 id="check-any-title">{t("credentials.verify.any.title")}</h2>
        <p>{t("credentials.verify.any.lede")}</p>
        {actionData?.report ? <CredentialCheckReport report={actionData.report} /> : null}
        <CredentialCheckForm pasted={actionData?.pasted ?? ""} error={actionData?.error ?? undefined} />
      </section>
    </div>
  );
}
