// GET /theme.css: the hub's accent colour as CSS variables, loaded after the main stylesheet so it wins.
import type { Route } from "./+types/theme-css";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { themeColors, themeVersion } from "#core/theme-colors.ts";
import { readHubSettingsForPages } from "#features/hub/hub-settings.ts";

export const handle: RouteHandle = { access: "public" };

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const asked = new URL(request.url).searchParams.get("v");
  const hub = await readHubSettingsForPages(services.db);
  // themeColors only ever returns "#rrggbb", so nothing from the settings reaches the stylesheet unchecked.
  const { accent, accentStrong } = themeColors(hub.accentColor);
  const css = `:root{--accent:${accent};--accent-strong:${accentStrong}}\n`;
  // Pages link to /theme.css?v=<colour> (themeHref): when the colour asked for is today's, the answer never changes, so
  // it is kept a year; an old or missing colour gets today's stylesheet for a minute only.
  const current = asked !== null && asked === themeVersion(hub.accentColor);
  return new Response(css, {
    headers: {
      "Content-Type": "text/css; charset=utf-8",
      "Cache-Control": current ? "public, max-age=31536000, immutable" : "public, max-age=60",
    },
  });
}
