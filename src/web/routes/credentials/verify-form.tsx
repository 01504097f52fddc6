// /verify: type the code printed on a certificate (or follow /verify?code=…) to reach its verification page.
import { data, redirect } from "react-router";
import type { Route } from "./+types/verify-form";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { normalizeCredentialCode } from "#core/credential-code.ts";
import { translator } from "#i18n/translate.ts";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { CodeForm } from "./lib/code-form.tsx";

export const handle: RouteHandle = { access: "public" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "credentials.verify.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const typed = new URL(request.url).searchParams.get("code");
  if (typed === null) return { typed: "", error: null };
  const code = normalizeCredentialCode(typed);
  if (code) throw redirect(`/verify/${code}`);
  const t = translator(appContext(context).locale);
  return data({ typed: typed.slice(0, 40), error: t("credentials.verify.code.wrong") }, { status: 400 });
}

export default function VerifyForm({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="page narrow">
      <h1>{t("credentials.verify.title")}</h1>
      <p className="lede">{t("credentials.verify.lede")}</p>
      <CodeForm defaultValue={loaderData.typed} error={loaderData.error ?? undefined} />
    </div>
  );
}
