// GET /trainings/:id/calendar.ics: one session to add to a calendar; join details only for those allowed to see them.
import type { Route } from "./+types/session-calendar";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { isAppError } from "#platform/app-error.ts";
import { readSessionCalendar } from "#features/calendar/read-session-calendar.ts";
import { calendarResponse, feedLocale } from "./lib/calendar-response.ts";

export const handle: RouteHandle = { access: "public" };

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { services, viewer, locale: requestLocale } = appContext(context);
  const locale = feedLocale(request, requestLocale);
  if (!/^[0-9a-f-]{36}$/i.test(params.id)) throw new Response(null, { status: 404 });
  const calendar = await readSessionCalendar(services.db, {
    sessionId: params.id,
    viewer,
    locale,
    publicUrl: services.config.publicUrl,
    now: services.now(),
  }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") throw new Response(null, { status: 404 });
    throw error;
  });
  return calendarResponse(calendar.ics, {
    cache: calendar.withJoin ? "private" : "public",
    fileName: calendar.fileName,
  });
}
