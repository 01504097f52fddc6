// One trainer for hub admins: where their standing is and why, the activity recorded for them and the trainings they
// trained in; record co-reflection or other activity, or set a standing by hand with a written reason (both audited).
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/trainer";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { longDate } from "#i18n/format.ts";
import { localized, localizedField } from "#i18n/localized.ts";
import { readTrainerRecord } from "#features/trainers/read-trainer-record.ts";
import { overrideStanding, recordTrainerActivity } from "#features/trainers/manage-standing.ts";
import { standingWords } from "#features/trainers/standing-text.ts";
import { actorOf, attempt, formFields, orNotFound, readForm } from "#web/form-state.server.ts";
import { oneOf } from "#web/search-params.ts";
import {
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useFormState,
} from "../../components/forms.tsx";
import { Detail } from "../../components/detail.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { StandingPill } from "./lib/standing-pill.tsx";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "trainers.admin.detail.title");

const activityKinds = ["co_reflection", "demo", "meeting", "refresher"] as const;
const overrideChoices = ["apprentice", "active", "lapsed", "alumni", "clear"] as const;
const notices = ["activity", "override"] as const;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { services, viewer, locale, timeZone } = appContext(context);
  const record = await orNotFound(readTrainerRecord(services, viewer, params.id));
  const date = (value: Date) => longDate(locale, timeZone, value);
  return {
    userId: record.userId,
    name: record.name,
    email: record.email,
    level: localized(record.level, locale),
    status: record.standing.status,
    words: standingWords(locale, record.standing, timeZone),
    since: record.standing.since ? date(record.standing.since) : null,
    changesOn: record.standing.changesAt ? date(record.standing.changesAt) : null,
    changesTo: record.standing.changesTo,
    credential: record.standing.credentialAt ? date(record.standing.credentialAt) : null,
    override: record.override
      ? {
          setOn: date(record.override.setAt),
          until: record.override.until ? date(record.override.until) : null,
          reason: record.override.reason,
          setByName: record.override.setByName,
        }
      : null,
    activities: record.activities.map((activity) => ({
      id: activity.id,
      kind: activity.kind,
      on: date(activity.occurredAt),
      recordedByName: activity.recordedByName,
    })),
    trainings: record.trainings.map((training) => ({
      sessionId: training.sessionId,
      role: training.role,
      title: localizedField(training, "title", locale),
      dates: longDate(locale, training.timeZone, training.startsAt),
    })),
    done: oneOf(notices, new URL(request.url).searchParams.get("done")),
    today: new Date(services.now()).toISOString().slice(0, 10),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await readForm(request));
  if (fields.intent === "override") {
    const values = { status: fields.status ?? "", reason: fields.reason ?? "", until: fields.until ?? "" };
    const result = await attempt(
      () =>
        overrideStanding(ctx.services, { viewer: ctx.viewer, input: { userId: params.id, ...values } }, actorOf(ctx)),
      t,
      { form: "override", values },
    );
    if (!result.ok) return result.response;
    throw redirect(`/admin/trainers/${params.id}?done=override`);
  }
  const values = { kind: fields.kind ?? "", occurredOn: fields.occurredOn ?? "" };
  const result = await attempt(
    () =>
      recordTrainerActivity(
        ctx.services,
        { viewer: ctx.viewer, input: { userId: params.id, ...values } },
        actorOf(ctx),
      ),
    t,
    { form: "activity", values },
  );
  if (!result.ok) return result.response;
  throw redirect(`/admin/trainers/${params.id}?done=activity`);
}

export default function Trainer({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state } = useFormState(actionData);
  const activityErrors = state?.form === "activity" ? (state.errors ?? {}) : {};
  const overrideErrors = state?.form === "override" ? (state.errors ?? {}) : {};
  const activityValues = state?.form === "activity" ? state.values : undefined;
  const overrideValues = state?.form === "override" ? state.values : undefined;
  const data = loaderData;
  return (
    <AdminPage title={data.name} back={{ to: "/admin/trainers", label: t("trainers.admin.back") }}>
      {data.done && !state ? (
        <Notice>
          {t(data.done === "activity" ? "trainers.admin.activity.saved" : "trainers.admin.override.saved")}
        </Notice>
      ) : null}
      <section className="card" aria-labelledby="standing-now">
        <h2 id="standing-now">{t("trainers.admin.detail.standing")}</h2>
        <p className="pill-row">
          <StandingPill status={data.status} />
          {data.since ? <span className="muted">{t("trainers.standing.since", { date: data.since })}</span> : null}
        </p>
        {data.words.next.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <dl className="details">
          <Detail term={t("trainers.admin.table.level")}>{data.level}</Detail>
          <Detail term={t("admin.person.email")}>{data.email}</Detail>
          <Detail term={t("trainers.admin.table.changes")}>
            {data.changesOn
              ? data.changesTo
                ? t("trainers.admin.changesTo", {
                    date: data.changesOn,
                    status: t(`trainers.status.${data.changesTo}`),
                  })
                : t("trainers.admin.changesOn", { date: data.changesOn })
              : t("trainers.admin.noChange")}
          </Detail>
          <Detail term={t("trainers.admin.detail.credentialTerm")}>
            {data.credential
              ? t("trainers.admin.detail.credential", { date: data.credential })
              : t("trainers.admin.detail.noCredential")}
          </Detail>
          {data.override ? (
            <Detail term={t("trainers.admin.overridden")}>
              {t("trainers.admin.detail.overrideBy", {
                name: data.override.setByName ?? t("trainers.admin.detail.someone"),
                date: data.override.setOn,
              })}{" "}
              <q>{data.override.reason}</q>
            </Detail>
          ) : null}
        </dl>
        <p>
          <Link to={`/admin/people/${data.userId}`}>{t("trainers.admin.detail.person")}</Link>
        </p>
      </section>

      <section aria-labelledby="activity-title">
        <h2 id="activity-title">{t("trainers.admin.detail.activities")}</h2>
        {data.activities.length === 0 ? (
          <p className="muted">{t("trainers.admin.detail.noActivities")}</p>
        ) : (
          <ul>
            {data.activities.map((activity) => (
              <li key={activity.id}>
                {t(`trainers.admin.activity.kind.${activity.kind}`)} · {activity.on}
                {activity.recordedByName ? (
                  <span className="muted">
                    {" "}
                    {t("trainers.admin.detail.recordedBy", { name: activity.recordedByName })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="trainings-title">
        <h2 id="trainings-title">{t("trainers.admin.detail.trainings")}</h2>
        {data.trainings.length === 0 ? (
          <p className="muted">{t("trainers.admin.detail.noTrainings")}</p>
        ) : (
          <ul>
            {data.trainings.map((training) => (
              <li key={training.sessionId}>
                <Link to={`/admin/sessions/${training.sessionId}`}>{training.title}</Link> · {training.dates} ·{" "}
                {t(training.role === "lead" ? "trainers.admin.detail.lead" : "trainers.admin.detail.co")}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="narrow card" aria-labelledby="record-title">
        <h2 id="record-title">{t("trainers.admin.activity.title")}</h2>
        <ErrorSummary errors={activityErrors} formError={state?.form === "activity" ? state.formError : undefined} />
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="activity" />
          <SelectField
            name="kind"
            label={t("trainers.admin.activity.kind")}
            error={activityErrors.kind}
            defaultValue={activityValues?.kind ?? "co_reflection"}
          >
            {activityKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`trainers.admin.activity.kind.${kind}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            name="occurredOn"
            type="date"
            label={t("trainers.admin.activity.date")}
            error={activityErrors.occurredOn}
            defaultValue={activityValues?.occurredOn ?? data.today}
            max={data.today}
            required
          />
          <SubmitButton>{t("trainers.admin.activity.submit")}</SubmitButton>
        </Form>
      </section>

      <section className="narrow card" aria-labelledby="override-title">
        <h2 id="override-title">{t("trainers.admin.override.title")}</h2>
        <p>{t("trainers.admin.override.hint")}</p>
        <ErrorSummary errors={overrideErrors} formError={state?.form === "override" ? state.formError : undefined} />
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="override" />
          <SelectField
            name="status"
            label={t("trainers.admin.override.status")}
            error={overrideErrors.status}
            defaultValue={overrideValues?.status ?? (data.override ? "clear" : "active")}
          >
            {overrideChoices
              .filter((choice) => choice !== "clear" || data.override)
              .map((choice) => (
                <option key={choice} value={choice}>
                  {choice === "clear" ? t("trainers.admin.override.clear") : t(`trainers.status.${choice}`)}
                </option>
              ))}
          </SelectField>
          <TextAreaField
            name="reason"
            label={t("trainers.admin.override.reason")}
            error={overrideErrors.reason}
            defaultValue={overrideValues?.reason ?? ""}
            rows={3}
            maxLength={1000}
            required
          />
          <TextField
            name="until"
            type="date"
            label={t("trainers.admin.override.until")}
            error={overrideErrors.until}
            defaultValue={overrideValues?.until ?? ""}
          />
          <SubmitButton>{t("trainers.admin.override.submit")}</SubmitButton>
        </Form>
      </section>
    </AdminPage>
  );
}
