// Check-in for people who cannot scan: the room's screen shows six digits and this page's address; a signed-in person
// types the digits and is checked in, or told plainly why not (the code changed, it is not theirs, too many tries).
import { Form, Link } from "react-router";
import type { Route } from "./+types/type-code";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { actorOf, attempt, formFields, type FormState, readForm } from "#web/form-state.server.ts";
import { translator } from "#i18n/translate.ts";
import { longDay, timeRange, timeWithZone } from "#i18n/format.ts";
import { localizedField } from "#i18n/localized.ts";
import { selfCheckInByShortCode } from "#features/attendance/self-check-in.ts";
import { ErrorSummary, Notice, TextField } from "../../components/forms.tsx";
import { useLocale, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";

export const handle: RouteHandle = { access: "signed-in" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "attendance.checkIn.typeTitle");

type TypedState = FormState & {
  values?: { code: string };
  outcome?: {
    state: "checked_in" | "already" | "recorded";
    title: string;
    position: number;
    timeZone: string;
    startsAt: Date;
    endsAt: Date;
    arrivedAt: Date | null;
  };
};

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const code = (formFields(await readForm(request)).code ?? "").slice(0, 40);
  const kept = { values: { code } };
  if (code.trim() === "")
    return { ...kept, errors: { code: t("attendance.checkIn.codeMissing") } } satisfies TypedState;
  const result = await attempt(
    () => selfCheckInByShortCode(ctx.services, { viewer: ctx.viewer, shortCode: code }, actorOf(ctx)),
    t,
    kept,
    { rateLimited: "attendance.checkIn.rateLimited" },
  );
  if (!result.ok) return result.response;
  const outcome = result.value;
  return {
    outcome: {
      state: outcome.state,
      title: localizedField(outcome.course, "title", ctx.locale),
      position: outcome.meeting.position,
      timeZone: outcome.timeZone,
      startsAt: outcome.meeting.startsAt,
      endsAt: outcome.meeting.endsAt,
      arrivedAt: outcome.arrivedAt,
    },
  } satisfies TypedState;
}

export default function TypeCheckInCode({ actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const state = actionData as TypedState | undefined;
  const outcome = state?.outcome;
  if (outcome)
    return (
      <div className="page narrow">
        <h1>{t("attendance.checkIn.pageTitle")}</h1>
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
          {outcome.title} · {longDay(locale, outcome.timeZone, outcome.startsAt)} ·{" "}
          {timeRange(locale, outcome.timeZone, outcome.startsAt, outcome.endsAt)}
        </p>
        <p>{t("attendance.checkIn.next")}</p>
        <p>
          <Link to="/">{t("attendance.checkIn.home")}</Link>
        </p>
      </div>
    );
  // The refusal is said once, in the summary that takes focus; the field only shows the field's own problem.
  const codeError = state?.errors?.code;
  return (
    <div className="page narrow">
      <h1>{t("attendance.checkIn.typeTitle")}</h1>
      <p className="lede">{t("attendance.checkIn.typeLede")}</p>
      <ErrorSummary errors={state?.errors} formError={state?.formError} />
      <Form method="post" noValidate>
        <TextField
          name="code"
          label={t("attendance.checkIn.codeLabel")}
          hint={t("attendance.checkIn.codeHint")}
          error={codeError}
          defaultValue={state?.values?.code ?? ""}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={40}
          className="short-code-input"
        />
        <button type="submit" className="primary">
          {t("attendance.checkIn.submit")}
        </button>
      </Form>
    </div>
  );
}
