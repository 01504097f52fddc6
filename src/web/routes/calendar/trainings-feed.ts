// GET /trainings.ics: every published session still to come, for anyone's calendar (no join details); `?lang=es` for Spanish.
import type { Route } from "./+types/trainings-feed";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { readHubSettingsForPages } from "#features/hub/hub-settings.ts";
import { readTrainingsFeed } from "#features/calendar/read-trainings-feed.ts";
import { calendarResponse, feedLocale } from "./lib/calendar-response.ts";

export const handle: RouteHandle = { access: "public" };

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, locale: requestLocale } = appContext(context);
  const locale = feedLocale(request, requestLocale);
  const hub = await readHubSettingsForPages(services.db);
  const ics = await readTrainingsFeed(services.db, {
    locale,
    publicUrl: services.config.publicUrl,
    hubName: hub.name,
    now: services.now(),
  });
  return calendarResponse(ics, { cache: "public" });
}
