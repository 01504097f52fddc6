// POST /language: remembers the chosen language in a cookie (and on the account when signed in), then goes back.
import { redirect } from "react-router";
import type { Route } from "./+types/language";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { isLocale } from "#core/locale.ts";
import { safeReturnPath } from "#core/safe-redirect.ts";
import { setLocale } from "#features/accounts/set-locale.ts";
import { languageCookie } from "#web/language-cookie.server.ts";
import { readForm } from "#web/form-state.server.ts";

export const handle: RouteHandle = { access: "public" };

export function loader() {
  throw redirect("/");
}

export async function action({ request, context }: Route.ActionArgs) {
  const { services, viewer } = appContext(context);
  const form = await readForm(request);
  const locale = form.get("locale");
  const back = safeReturnPath(form.get("returnTo"), "/");
  if (!isLocale(locale)) throw redirect(back);
  if (viewer) await setLocale(services.db, { userId: viewer.userId, locale });
  throw redirect(back, { headers: { "Set-Cookie": languageCookie(locale, services.config.env === "production") } });
}
