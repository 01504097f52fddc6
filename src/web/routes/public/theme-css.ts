// GET /theme.css: the hub's accent colour as CSS variables, loaded after the main stylesheet so it wins.
import type { Route } from "./+types/theme-css";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { themeColors } from "#core/theme-colors.ts";
import { readHubSettingsForPages } from "#features/hub/hub-settings.ts";

export const handle: RouteHandle = { access: "public" };

export async function loader({ context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const hub = await readHubSettingsForPages(services.db);
  // themeColors only ever returns "#rrggbb", so nothing from the settings reaches the stylesheet unchecked.
  const { accent, accentStrong } = themeColors(hub.accentColor);
  const css = `:root{--accent:${accent};--accent-strong:${accentStrong}}\n`;
  return new Response(css, {
    headers: {
      "Content-Type": "text/css; charset=utf-8",
      // Short, so a colour changed in settings shows within a minute.
      "Cache-Control": "public, max-age=60",
    },
  });
}
