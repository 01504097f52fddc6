// A new session of a course (?course=id picks it): meetings in a named time zone, place or link, seats, prices, trainers.
import { data, redirect } from "react-router";
import type { Route } from "./+types/session-new";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { isSupportedTimeZone, timeZoneChoices } from "#core/time-zones.ts";
import { createSession } from "#features/catalog/create-session.ts";
import { listSessionChoices } from "#features/catalog/list-session-choices.ts";
import { actorOf, attempt, readForm } from "#web/form-state.server.ts";
import { useFormState } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import catalogAdminStyles from "../../styles/catalog-admin.css?url";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { SessionForm } from "./lib/session-form.tsx";
import { sessionFormValues, sessionFromForm } from "./lib/session-form.server.ts";

export const handle: RouteHandle = { access: "admin" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: catalogAdminStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "sessions.new.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, timeZone } = appContext(context);
  const choices = await listSessionChoices(services.db);
  const wanted = new URL(request.url).searchParams.get("course") ?? "";
  const courseId = choices.courses.some((course) => course.id === wanted) ? wanted : "";
  return {
    ...sessionFormValues(null, {
      courseId,
      timeZone: isSupportedTimeZone(timeZone) ? timeZone : "America/Los_Angeles",
    }),
    choices: { ...choices, zones: timeZoneChoices() },
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const form = await readForm(request);
  const { session, values, meetingRows } = sessionFromForm(form);
  // "Add a day" only shows one more blank meeting row; nothing is saved yet.
  if (form.get("intent") === "more-meetings")
    return data({ values: { ...values, meetingRows: String(meetingRows + 1) } });
  const result = await attempt(
    () => createSession(ctx.services.db, { viewer: ctx.viewer, session }, actorOf(ctx)),
    translator(ctx.locale),
    { values },
  );
  if (!result.ok) return result.response;
  throw redirect(`/admin/sessions/${result.value.id}?done=created`);
}

export default function SessionNew({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state } = useFormState(actionData);
  return (
    <AdminPage title={t("sessions.new.title")} back={{ to: "/admin/sessions", label: t("sessions.back") }} narrow>
      <p className="lede">{t("sessions.new.lede")}</p>
      {loaderData.choices.courses.length === 0 ? (
        <p className="card empty-state">{t("sessions.new.noCourses")}</p>
      ) : null}
      <SessionForm
        values={loaderData.values}
        meetingRows={loaderData.meetingRows}
        state={state}
        choices={loaderData.choices}
        submitLabel={t("sessions.new.submit")}
      />
    </AdminPage>
  );
}
