// One session for admins: edit it (people registered hear about a new time or place), copy it to a later date, or cancel it.
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/session";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { timeZoneChoices } from "#core/time-zones.ts";
import { readSessionForEdit } from "#features/catalog/read-session-for-edit.ts";
import { listSessionChoices } from "#features/catalog/list-session-choices.ts";
import { updateSession } from "#features/catalog/update-session.ts";
import { duplicateSession } from "#features/catalog/duplicate-session.ts";
import { cancelSession } from "#features/catalog/cancel-session.ts";
import { actorOf, attempt, formFields, orNotFound, readForm } from "#web/form-state.server.ts";
import { oneOf } from "#web/search-params.ts";
import { localizedField } from "#i18n/localized.ts";
import { ErrorSummary, Notice, TextAreaField, TextField, useFormState } from "../../components/forms.tsx";
import { Detail } from "../../components/detail.tsx";
import { useFormat, useLocale, useT } from "../../components/i18n.tsx";
import catalogAdminStyles from "../../styles/catalog-admin.css?url";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { SessionForm, formatKeys } from "./lib/session-form.tsx";
import { sessionFormValues, sessionFromForm } from "./lib/session-form.server.ts";
import { SessionDates, StatusPill, WaitingSummary } from "./lib/session-summary.tsx";
import { MAX_SESSION_CANCEL_REASON_LENGTH } from "#core/limits.ts";

export const handle: RouteHandle = { access: "admin" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: catalogAdminStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "sessions.edit.title");

const notices = ["created", "saved", "unchanged", "duplicated", "cancelled"] as const;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const session = await orNotFound(readSessionForEdit(services.db, { viewer, sessionId: params.id }));
  const choices = await listSessionChoices(services.db);
  // A trainer of this session who has since lost the role still shows, so saving other fields keeps them.
  const trainers = [
    ...choices.trainers,
    ...session.trainers
      .filter((t) => !choices.trainers.some((c) => c.id === t.userId))
      .map((t) => ({ id: t.userId, name: t.name, email: t.email })),
  ];
  const url = new URL(request.url);
  return {
    session: {
      id: session.id,
      status: session.status,
      courseTitleEn: session.course.titleEn,
      courseTitleEs: session.course.titleEs,
      courseId: session.course.id,
      format: session.format,
      timeZone: session.timeZone,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      meetingCount: session.meetings.length,
      capacity: session.capacity,
      seats: session.seats,
      cancelReason: session.cancelReason,
      cancelledAt: session.cancelledAt?.toISOString() ?? null,
    },
    ...sessionFormValues(session, { courseId: session.courseId, timeZone: session.timeZone }),
    choices: { ...choices, trainers, zones: timeZoneChoices(undefined, session.timeZone) },
    done: oneOf(notices, url.searchParams.get("done")),
    notified: Number(url.searchParams.get("notified")) || 0,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const form = await readForm(request);
  const intent = form.get("intent");
  const now = ctx.services.now();
  if (intent === "duplicate") {
    const fields = formFields(form);
    const values = { weeks: fields.weeks ?? "" };
    const result = await attempt(
      () =>
        duplicateSession(
          ctx.services.db,
          { viewer: ctx.viewer, sessionId: params.id, weeks: values.weeks },
          actorOf(ctx),
        ),
      t,
      {
        form: "duplicate",
        values,
      },
    );
    if (!result.ok) return result.response;
    throw redirect(`/admin/sessions/${result.value.id}?done=duplicated`);
  }
  if (intent === "cancel") {
    const fields = formFields(form);
    const values = { reason: fields.reason ?? "" };
    const result = await attempt(
      () =>
        cancelSession(
          ctx.services.db,
          { viewer: ctx.viewer, now, sessionId: params.id, reason: values.reason },
          actorOf(ctx),
        ),
      t,
      {
        form: "cancel",
        values,
      },
    );
    if (!result.ok) return result.response;
    throw redirect(`/admin/sessions/${params.id}?done=cancelled`);
  }
  const { session, values, meetingRows } = sessionFromForm(form);
  if (intent === "more-meetings")
    return data({ form: "edit", values: { ...values, meetingRows: String(meetingRows + 1) } });
  const result = await attempt(
    () => updateSession(ctx.services.db, { viewer: ctx.viewer, now, sessionId: params.id, session }, actorOf(ctx)),
    t,
    { form: "edit", values },
  );
  if (!result.ok) return result.response;
  const { changed, notified } = result.value;
  throw redirect(
    `/admin/sessions/${params.id}?done=${changed.length ? "saved" : "unchanged"}${notified ? `&notified=${notified}` : ""}`,
  );
}

const noticeKeys = {
  created: "sessions.edit.created",
  saved: "sessions.edit.saved",
  unchanged: "sessions.edit.unchanged",
  duplicated: "sessions.edit.duplicated",
  cancelled: "sessions.edit.cancelledNotice",
} as const satisfies Record<(typeof notices)[number], string>;

export default function Session({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const { state } = useFormState(actionData);
  const { session } = loaderData;
  const title = localizedField(session, "courseTitle", locale);
  const editable = session.status === "draft" || session.status === "published";
  const duplicateState = state?.form === "duplicate" ? state : undefined;
  const cancelState = state?.form === "cancel" ? state : undefined;
  const done = loaderData.done;
  return (
    <AdminPage title={title} back={{ to: "/admin/sessions", label: t("sessions.back") }} narrow>
      {done && !state ? (
        <Notice>
          {done === "saved" && loaderData.notified
            ? t("sessions.edit.savedNotified", { count: loaderData.notified })
            : t(noticeKeys[done])}
        </Notice>
      ) : null}

      <section className="card session-summary" aria-labelledby="summary-title">
        <h2 id="summary-title" className="visually-hidden">
          {t("sessions.edit.summary")}
        </h2>
        <p className="session-when">
          <StatusPill status={session.status} />{" "}
          <SessionDates startsAt={session.startsAt} endsAt={session.endsAt} timeZone={session.timeZone} />
        </p>
        <dl className="details compact">
          <Detail term={t("sessions.field.format")}>{t(formatKeys[session.format])}</Detail>
          <Detail term={t("sessions.edit.meetings")}>{format.number(session.meetingCount)}</Detail>
          <Detail term={t("sessions.list.column.seats")}>
            {t("sessions.seats.confirmedOf", { confirmed: session.seats.confirmed, capacity: session.capacity })}
          </Detail>
          <Detail term={t("sessions.list.column.waiting")}>
            <WaitingSummary seats={session.seats} />
          </Detail>
        </dl>
        {session.status === "cancelled" ? (
          <p>
            {t("sessions.edit.cancelledOn", {
              date: format.date(session.cancelledAt ?? session.startsAt, { dateStyle: "medium" }),
            })}{" "}
            {session.cancelReason ? <q>{session.cancelReason}</q> : null}
          </p>
        ) : null}
        {session.status === "completed" ? <p>{t("sessions.edit.completedExplain")}</p> : null}
        <p className="actions">
          <Link className="button" to={`/admin/sessions/${session.id}/roster`}>
            {t("sessions.edit.roster")}
          </Link>{" "}
          <Link to={`/trainer/sessions/${session.id}/attendance`}>{t("sessions.edit.attendance")}</Link>
        </p>
      </section>

      {editable ? (
        <section aria-labelledby="edit-title">
          <h2 id="edit-title">{t("sessions.edit.formTitle")}</h2>
          <p className="muted">{t("sessions.edit.changeExplain")}</p>
          <SessionForm
            values={loaderData.values}
            meetingRows={loaderData.meetingRows}
            state={state?.form === "edit" ? state : undefined}
            choices={loaderData.choices}
            courseTitle={title}
            submitLabel={t("sessions.edit.submit")}
          />
        </section>
      ) : null}

      <section className="card narrow-card" aria-labelledby="duplicate-title" id="duplicate">
        <h2 id="duplicate-title">{t("sessions.duplicate.title")}</h2>
        <p>{t("sessions.duplicate.explain")}</p>
        <ErrorSummary errors={duplicateState?.errors} formError={duplicateState?.formError} />
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="duplicate" />
          <TextField
            name="weeks"
            type="number"
            inputMode="numeric"
            min={0}
            max={104}
            label={t("sessions.duplicate.weeks")}
            hint={t("sessions.duplicate.weeksHint")}
            error={duplicateState?.errors?.weeks}
            defaultValue={duplicateState?.values?.weeks ?? "1"}
            className="short-input"
          />
          <button type="submit" className="secondary">
            {t("sessions.duplicate.submit")}
          </button>
        </Form>
      </section>

      {editable ? (
        <section className="card narrow-card" aria-labelledby="cancel-title" id="cancel">
          <h2 id="cancel-title">{t("sessions.cancel.title")}</h2>
          <p>
            {t("sessions.cancel.explain", {
              count: session.seats.confirmed + session.seats.offered + session.seats.waitlisted + session.seats.pending,
            })}
          </p>
          <details className="confirm-action" open={Boolean(cancelState)}>
            <summary>{t("sessions.cancel.open")}</summary>
            <div className="confirm-panel">
              <ErrorSummary errors={cancelState?.errors} formError={cancelState?.formError} />
              <Form method="post" className="stack" noValidate>
                <input type="hidden" name="intent" value="cancel" />
                <TextAreaField
                  name="reason"
                  rows={3}
                  label={t("sessions.cancel.reason")}
                  hint={t("sessions.cancel.reasonHint")}
                  error={cancelState?.errors?.reason}
                  defaultValue={cancelState?.values?.reason ?? ""}
                  maxLength={MAX_SESSION_CANCEL_REASON_LENGTH}
                  required
                />
                <button type="submit" className="danger">
                  {t("sessions.cancel.confirm")}
                </button>
              </Form>
            </div>
          </details>
        </section>
      ) : null}
    </AdminPage>
  );
}
