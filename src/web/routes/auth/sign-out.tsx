// Sign out of this browser (POST). Opening the address asks first, so a link can never sign anyone out.
import { Form, redirect } from "react-router";
import type { Route } from "./+types/sign-out";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { signOut } from "#features/accounts/sign-out.ts";
import { safeReturnPath } from "#core/safe-redirect.ts";
import { formFields, readForm } from "#web/form-state.server.ts";
import { useT } from "../../components/i18n.tsx";
import { useHubName } from "../../root.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";

export const handle: RouteHandle = { access: "public" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "auth.signOut.title");

export function loader({ context }: Route.LoaderArgs) {
  if (!appContext(context).viewer) throw redirect("/");
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  const { services } = appContext(context);
  const next = safeReturnPath(formFields(await readForm(request)).next, "");
  const cookies = await signOut(services, { headers: request.headers });
  // From a page the account may not open (the 403 page): sign in again, as someone else, and come back to it.
  if (next) throw redirect(`/sign-in?next=${encodeURIComponent(next)}`, { headers: cookies });
  throw redirect("/?signedOut=1", { headers: cookies });
}

export default function SignOut() {
  const t = useT();
  const hubName = useHubName();
  return (
    <div className="page narrow">
      <h1>{t("auth.signOut.title")}</h1>
      <p className="lede">{t("auth.signOut.body", { hub: hubName })}</p>
      <Form method="post">
        <button type="submit" className="primary">
          {t("auth.signOut.submit")}
        </button>
      </Form>
    </div>
  );
}
