// GET /calendar/:token.ics: a person's secret feed of their own sessions, with join details for their confirmed seats.
import type { Route } from "./+types/personal-feed";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { readHubSettingsForPages } from "#features/hub/hub-settings.ts";
import { readPersonalFeed } from "#features/calendar/personal-feed.ts";
import { calendarResponse } from "./lib/calendar-response.ts";

// The secret in the address is the key: calendar programs fetch it without a session.
export const handle: RouteHandle = { access: "public" };

export async function loader({ params, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const hub = await readHubSettingsForPages(services.db);
  const ics = await readPersonalFeed(services.db, {
    token: params.token,
    publicUrl: services.config.publicUrl,
    hubName: hub.name,
    now: services.now(),
  });
  if (ics === null)
    throw new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return calendarResponse(ics, { cache: "private" });
}
