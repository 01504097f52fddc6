// The page a sign-in link opens: a button that signs in, so mail scanners that open links cannot use them up.
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/magic-link";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { verifyMagicLink } from "#features/accounts/verify-magic-link.ts";
import { SubmitButton } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { useHubName } from "../../root.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { readForm } from "#web/form-state.server.ts";
import { safeReturnPath } from "#core/safe-redirect.ts";

export const handle: RouteHandle = { access: "public" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "auth.magic.title");

export function loader({ request }: Route.LoaderArgs) {
  // Reading the page must not use the token: only the button does.
  const url = new URL(request.url);
  return { token: url.searchParams.get("token") ?? "", next: safeReturnPath(url.searchParams.get("next"), "") };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { services } = appContext(context);
  const form = await readForm(request);
  const token = String(form.get("token") ?? "");
  const result = await verifyMagicLink(services, { token, headers: request.headers });
  if (result.status === "signed-in")
    throw redirect(safeReturnPath(form.get("next"), "/account"), { headers: result.cookies });
  return data({ invalid: true }, { status: 400 });
}

export default function MagicLink({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const hubName = useHubName();
  if (!loaderData.token || actionData?.invalid) {
    return (
      <div className="page narrow">
        <h1>{t("auth.magic.invalid.title")}</h1>
        <p>{t("auth.magic.invalid.body")}</p>
        <p>
          <Link className="button" to="/sign-in/link">
            {t("auth.magic.invalid.action")}
          </Link>
        </p>
        <p>
          <Link to="/sign-in">{t("auth.link.usePassword")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page narrow">
      <h1>{t("auth.magic.title")}</h1>
      <p className="lede">{t("auth.magic.body", { hub: hubName })}</p>
      <Form method="post">
        <input type="hidden" name="token" value={loaderData.token} />
        {loaderData.next ? <input type="hidden" name="next" value={loaderData.next} /> : null}
        <SubmitButton>{t("auth.magic.submit")}</SubmitButton>
      </Form>
      <p className="muted">{t("auth.magic.why")}</p>
    </div>
  );
}
