// GET /circles/:id/calendar.ics: the circle's meetings for its members' calendars, with place and video link.
import type { Route } from "./+types/circle-calendar";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { orNotFound } from "#web/form-state.server.ts";
import { readCircleCalendar } from "#features/circles/circle-calendar.ts";
import { calendarResponse } from "../calendar/lib/calendar-response.ts";

export const handle: RouteHandle = { access: "signed-in" };

export async function loader({ params, context }: Route.LoaderArgs) {
  const { services, viewer, locale } = appContext(context);
  const { ics, fileName } = await orNotFound(
    readCircleCalendar(services.db, {
      viewer,
      circleId: params.id,
      locale,
      publicUrl: services.config.publicUrl,
      now: services.now(),
    }),
  );
  return calendarResponse(ics, { cache: "private", fileName });
}
