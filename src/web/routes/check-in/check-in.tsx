// Where a scanned check-in code lands: it says what the code is for and asks the person to confirm (a GET never
// checks anyone in), then "You're checked in for day 2 at 9:07" — or a refusal that says what to do instead.
import { Form, Link } from "react-router";
import type { Route } from "./+types/check-in";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { actorOf, describeFailure } from "#web/form-state.server.ts";
import { translator } from "#i18n/translate.ts";
import { longDay, timeRange, timeWithZone } from "#i18n/format.ts";
import { localizedField } from "#i18n/localized.ts";
import { previewCheckIn, selfCheckIn, type CheckInTarget } from "#features/attendance/self-check-in.ts";
import { Notice } from "../../components/forms.tsx";
import { useLocale, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";

export const handle: RouteHandle = { access: "signed-in" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "attendance.checkIn.pageTitle");

type Target = { title: string; timeZone: string; position: number; meetingCount: number; startsAt: Date; endsAt: Date };

function targetView(locale: "en" | "es", target: CheckInTarget): Target {
  return {
    title: localizedField(target.course, "title", locale),
    timeZone: target.timeZone,
    position: target.meeting.position,
    meetingCount: target.meetingCount,
    startsAt: target.meeting.startsAt,
    endsAt: target.meeting.endsAt,
  };
}

export async function loader({ params, context }: Route.LoaderArgs) {
  const ctx = appContext(context);
  try {
    const target = await previewCheckIn(ctx.services, { viewer: ctx.viewer, code: params.code });
    return { target: targetView(ctx.locale, target), refusal: null };
  } catch (error) {
    return { target: null, refusal: describeFailure(error, translator(ctx.locale)).state.formError ?? null };
  }
}

export async function action({ params, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  try {
    const outcome = await selfCheckIn(ctx.services, { viewer: ctx.viewer, code: params.code }, actorOf(ctx));
    return {
      outcome: { ...targetView(ctx.locale, outcome), state: outcome.state, arrivedAt: outcome.arrivedAt },
      refusal: null,
    };
  } catch (error) {
    return { outcome: null, refusal: describeFailure(error, translator(ctx.locale)).state.formError ?? null };
  }
}

export default function CheckIn({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const outcome = actionData?.outcome ?? null;
  const refusal = actionData ? actionData.refusal : loaderData.refusal;
  const target = outcome ?? loaderData.target;
  const when = (value: Target) =>
    `${longDay(locale, value.timeZone, value.startsAt)} · ${timeRange(locale, value.timeZone, value.startsAt, value.endsAt)}`;
  return (
    <div className="page narrow">
      <h1>{t("attendance.checkIn.pageTitle")}</h1>
      {outcome ? (
        <>
          <Notice>
            <p>
              {outcome.state === "recorded"
                ? t("attendance.checkIn.recorded", { position: outcome.position })
                : t(outcome.state === "already" ? "attendance.checkIn.already" : "attendance.checkIn.done", {
                    position: outcome.position,
                    time: outcome.arrivedAt ? timeWithZone(locale, outcome.timeZone, outcome.arrivedAt) : "",
                  })}
            </p>
          </Notice>
          <p>
            {outcome.title} · {when(outcome)}
          </p>
          <p>{t("attendance.checkIn.next")}</p>
        </>
      ) : refusal ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <h2>{t("attendance.checkIn.refused")}</h2>
          <p>{refusal}</p>
        </div>
      ) : target ? (
        <>
          <p className="lede">
            {t("attendance.checkIn.confirmLede", {
              position: target.position,
              count: target.meetingCount,
              course: target.title,
            })}
          </p>
          <p>{when(target)}</p>
          <Form method="post">
            <button type="submit" className="primary">
              {t("attendance.checkIn.confirm", { position: target.position })}
            </button>
          </Form>
          <p className="muted">{t("attendance.checkIn.confirmExplain")}</p>
        </>
      ) : null}
      <p>
        <Link to="/">{t("attendance.checkIn.home")}</Link>
      </p>
    </div>
  );
}
