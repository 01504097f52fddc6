// One circle, for its members: who is in it and whose turn it is to facilitate, the meetings with your answer for each
// date, attendance, the group agreement with its history, your reminders; and for organizers, planning and inviting.
// Works without JavaScript. Nothing said in a meeting is asked for or kept.
import { Form, Link } from "react-router";
import type { Route } from "./+types/circle";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { formFields, orNotFound, readForm } from "#web/form-state.server.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import { longDate, meetingTime, zoneName } from "#i18n/format.ts";
import { languageName } from "#core/locale.ts";
import { utcToZoned } from "#core/local-time.ts";
import { readCircle } from "#features/circles/read-circle.ts";
import { listPrompts } from "#features/prompts/list-prompts.ts";
import { localizedField } from "#i18n/localized.ts";
import { MAX_AGREEMENT, reminderChoices } from "#features/circles/circle-input.ts";
import {
  ConfirmAction,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useFormState,
} from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { circleAction, type CircleFormState } from "./lib/circle-actions.server.ts";
import { circleNotice } from "./lib/circle-notice.ts";
import { ArchiveCircleForm } from "./lib/archive-circle-form.tsx";

export const handle: RouteHandle = { access: "signed-in" };

export const meta: Route.MetaFunction = ({ data, matches }) =>
  data
    ? [{ title: `${data.circle.name} · ${pageTitle(matches, "circles.list.title")[0]!.title}` }]
    : pageTitle(matches, "circles.list.title");

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { services, viewer, locale, timeZone } = appContext(context);
  const now = services.now();
  const view = await orNotFound(readCircle(services.db, { viewer, circleId: params.id, now }));
  const t = translator(locale);
  const names = new Map(view.members.map((m) => [m.userId, m.name]));
  const meetings = view.meetings.map((m) => ({
    id: m.id,
    when: meetingTime(locale, timeZone, m),
    circleLocal: utcToZoned(m.startsAt, view.circle.timeZone),
    durationMinutes: Math.round((m.endsAt.getTime() - m.startsAt.getTime()) / 60_000),
    past: m.startsAt <= now,
    status: m.status,
    moved: m.moved,
    facilitatorId: m.facilitatorId,
    facilitator: m.facilitatorId ? (names.get(m.facilitatorId) ?? null) : null,
    myAnswer: m.myAnswer,
    going: m.going,
    maybe: m.maybe,
    attended: m.attended,
    prompt: m.prompt
      ? { id: m.prompt.id, text: localizedField(m.prompt, "text", locale), chosen: m.prompt.chosen }
      : null,
  }));
  const me = viewer!.userId;
  const upcoming = meetings.filter((m) => !m.past);
  // The library is read only for someone who may choose a prompt for one of the dates ahead.
  const mayChoosePrompts = upcoming.some(
    (m) => m.status === "scheduled" && (view.may.organize || m.facilitatorId === me),
  );
  const promptLibrary = mayChoosePrompts
    ? (await listPrompts(services.db, { locale })).map(({ id, text }) => ({ id, text }))
    : [];
  return {
    me,
    circle: {
      id: view.circle.id,
      name: view.circle.name,
      description: view.circle.description,
      language: view.circle.language,
      place: view.circle.place,
      // An archived circle holds no more meetings, so its meeting link is no longer handed out.
      videoUrl: view.archived ? null : view.circle.videoUrl,
      zone: zoneName(locale, view.circle.timeZone, now),
      maxMembers: view.circle.maxMembers,
    },
    may: view.may,
    archived: view.archived
      ? { date: longDate(locale, timeZone, view.archived.at), reason: view.archived.reason }
      : null,
    members: view.members,
    requests: view.requests,
    pendingInvitations: view.pendingInvitations,
    nextFacilitator: view.nextFacilitator,
    upcoming,
    promptLibrary,
    past: meetings.filter((m) => m.past).reverse(),
    agreement: {
      ...view.agreement,
      versions: view.agreement.versions.map((v) => ({
        version: v.version,
        body: v.body,
        published: t("circles.agreement.current", {
          version: v.version,
          date: longDate(locale, timeZone, v.publishedAt),
        }),
      })),
    },
    reminderMinutes: view.myReminderMinutes ?? 0,
    notice: circleNotice(new URL(request.url).searchParams.get("done"), t),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const form = await readForm(request);
  return circleAction(ctx, params.id, form, formFields(form));
}

type LoaderData = Route.ComponentProps["loaderData"];
type Meeting = LoaderData["upcoming"][number];

function FormErrors({ state, form }: { state: CircleFormState | undefined; form: string }) {
  if (state?.form !== form) return null;
  return <ErrorSummary errors={state.errors ?? {}} formError={state.formError} />;
}

function UpcomingMeeting({ meeting, data, state }: { meeting: Meeting; data: LoaderData; state?: CircleFormState }) {
  const t = useT();
  const cancelled = meeting.status === "cancelled";
  const kept = (name: string, fallback: string) =>
    state?.form === `move-${meeting.id}` ? (state.values?.[name] ?? fallback) : fallback;
  return (
    <li className="card stack" id={`meeting-${meeting.id}`}>
      <h3>{t("circles.page.meeting", { when: meeting.when })}</h3>
      {cancelled ? (
        <p>
          <strong>{t("circles.page.cancelled")}</strong>
        </p>
      ) : null}
      {meeting.moved && !cancelled ? <p className="muted">{t("circles.page.moved")}</p> : null}
      {!cancelled ? (
        <>
          <p className="muted">
            {meeting.facilitator ? `${t("circles.page.facilitator", { name: meeting.facilitator })} · ` : null}
            {t("circles.page.counts", { going: meeting.going, maybe: meeting.maybe })}
          </p>
          {meeting.prompt ? (
            <div className="meeting-prompt">
              <p>
                <strong>{t(meeting.prompt.chosen ? "circles.prompt.chosen" : "circles.prompt.inTurn")}</strong>
              </p>
              <blockquote>
                <p>{meeting.prompt.text}</p>
              </blockquote>
            </div>
          ) : null}
          <FormErrors state={state} form={`answer-${meeting.id}`} />
          {data.may.act ? (
            <Form method="post" className="stack">
              <input type="hidden" name="intent" value="answer" />
              <input type="hidden" name="meetingId" value={meeting.id} />
              <fieldset>
                <legend>{t("circles.page.yourAnswer")}</legend>
                {(["going", "maybe", "not_going"] as const).map((answer) => (
                  <div className="radio" key={answer}>
                    <input
                      type="radio"
                      id={`answer-${meeting.id}-${answer}`}
                      name="answer"
                      value={answer}
                      defaultChecked={meeting.myAnswer === answer}
                    />
                    <label htmlFor={`answer-${meeting.id}-${answer}`}>{t(`circles.page.answer.${answer}`)}</label>
                  </div>
                ))}
              </fieldset>
              <button type="submit" className="secondary">
                {t("circles.page.answerSave")}
                <span className="visually-hidden"> — {meeting.when}</span>
              </button>
            </Form>
          ) : null}
          {data.may.act && (data.may.organize || meeting.facilitatorId === data.me) ? (
            <details>
              <summary>
                {t("circles.page.takeTurn")}
                <span className="visually-hidden"> — {meeting.when}</span>
              </summary>
              <FormErrors state={state} form={`facilitator-${meeting.id}`} />
              <Form method="post" className="stack">
                <input type="hidden" name="intent" value="facilitator" />
                <input type="hidden" name="meetingId" value={meeting.id} />
                <SelectField
                  name="facilitatorId"
                  id={`facilitator-${meeting.id}`}
                  label={t("circles.page.facilitatorLabel")}
                  defaultValue={meeting.facilitatorId ?? ""}
                >
                  {data.members.map((m) => (
                    <option key={m.userId} value={m.userId}>
                      {m.name}
                    </option>
                  ))}
                </SelectField>
                <button type="submit" className="secondary">
                  {t("circles.page.facilitatorSave")}
                </button>
              </Form>
            </details>
          ) : null}
          {data.may.act && (data.may.organize || meeting.facilitatorId === data.me) && data.promptLibrary.length ? (
            <details open={state?.form === `prompt-${meeting.id}`}>
              <summary>
                {t("circles.prompt.choose")}
                <span className="visually-hidden"> — {meeting.when}</span>
              </summary>
              <FormErrors state={state} form={`prompt-${meeting.id}`} />
              <Form method="post" className="stack">
                <input type="hidden" name="intent" value="prompt" />
                <input type="hidden" name="meetingId" value={meeting.id} />
                <fieldset>
                  <legend>{t("circles.prompt.label")}</legend>
                  <p className="muted">{t("circles.prompt.hint")}</p>
                  {[{ id: "", text: t("circles.prompt.useTurn") }, ...data.promptLibrary].map((p) => (
                    <div className="radio" key={p.id || "turn"}>
                      <input
                        type="radio"
                        id={`prompt-${meeting.id}-${p.id || "turn"}`}
                        name="promptId"
                        value={p.id}
                        defaultChecked={(meeting.prompt?.chosen ? meeting.prompt.id : "") === p.id}
                      />
                      <label htmlFor={`prompt-${meeting.id}-${p.id || "turn"}`}>{p.text}</label>
                    </div>
                  ))}
                </fieldset>
                <button type="submit" className="secondary">
                  {t("circles.prompt.save")}
                  <span className="visually-hidden"> — {meeting.when}</span>
                </button>
              </Form>
            </details>
          ) : null}
          {data.may.organize ? (
            <details open={state?.form === `move-${meeting.id}`}>
              <summary>
                {t("circles.page.move")}
                <span className="visually-hidden"> — {meeting.when}</span>
              </summary>
              <FormErrors state={state} form={`move-${meeting.id}`} />
              <Form method="post" className="stack">
                <input type="hidden" name="intent" value="move" />
                <input type="hidden" name="meetingId" value={meeting.id} />
                <TextField
                  name="date"
                  id={`move-date-${meeting.id}`}
                  type="date"
                  label={t("circles.page.moveDate")}
                  defaultValue={kept("date", meeting.circleLocal.date)}
                />
                <TextField
                  name="startTime"
                  id={`move-time-${meeting.id}`}
                  type="time"
                  label={t("circles.page.moveTime")}
                  defaultValue={kept("startTime", meeting.circleLocal.time)}
                />
                <TextField
                  name="durationMinutes"
                  id={`move-duration-${meeting.id}`}
                  inputMode="numeric"
                  label={t("circles.schedule.duration")}
                  defaultValue={kept("durationMinutes", String(meeting.durationMinutes))}
                />
                <button type="submit" className="secondary">
                  {t("circles.page.moveSave")}
                </button>
              </Form>
              <Form method="post">
                <input type="hidden" name="intent" value="cancel" />
                <input type="hidden" name="meetingId" value={meeting.id} />
                <button type="submit" className="danger">
                  {t("circles.page.cancel")}
                </button>
              </Form>
            </details>
          ) : null}
        </>
      ) : null}
    </li>
  );
}

function PastMeeting({ meeting, data, state }: { meeting: Meeting; data: LoaderData; state?: CircleFormState }) {
  const t = useT();
  if (meeting.status === "cancelled")
    return (
      <li className="card" id={`meeting-${meeting.id}`}>
        <h3>{t("circles.page.meeting", { when: meeting.when })}</h3>
        <p>{t("circles.page.cancelled")}</p>
      </li>
    );
  const mayRecordOthers = data.may.act && (data.may.organize || meeting.facilitatorId === data.me);
  const iWasThere = meeting.attended.includes(data.me);
  return (
    <li className="card stack" id={`meeting-${meeting.id}`}>
      <h3>{t("circles.page.meeting", { when: meeting.when })}</h3>
      {meeting.facilitator ? (
        <p className="muted">{t("circles.page.facilitator", { name: meeting.facilitator })}</p>
      ) : null}
      <FormErrors state={state} form={`attendance-${meeting.id}`} />
      {iWasThere ? (
        <p>{t("circles.page.youWereThere")}</p>
      ) : !data.may.act ? null : (
        <Form method="post">
          <input type="hidden" name="intent" value="attended-self" />
          <input type="hidden" name="meetingId" value={meeting.id} />
          <button type="submit" className="secondary">
            {t("circles.page.iWasThere")}
            <span className="visually-hidden"> — {meeting.when}</span>
          </button>
        </Form>
      )}
      {mayRecordOthers ? (
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="attendance" />
          <input type="hidden" name="meetingId" value={meeting.id} />
          <fieldset>
            <legend>{t("circles.page.attendance", { count: meeting.attended.length })}</legend>
            {data.members.map((m) => (
              <div className="checkbox" key={m.userId}>
                <input type="hidden" name="member" value={m.userId} />
                <input
                  type="checkbox"
                  id={`present-${meeting.id}-${m.userId}`}
                  name="present"
                  value={m.userId}
                  defaultChecked={meeting.attended.includes(m.userId)}
                />
                <label htmlFor={`present-${meeting.id}-${m.userId}`}>{m.name}</label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="secondary">
            {t("circles.page.attendanceSave")}
            <span className="visually-hidden"> — {meeting.when}</span>
          </button>
        </Form>
      ) : null}
    </li>
  );
}

/** A folded form that sends the agreement's whole text: a member's proposal, or the organizer's published version. */
function AgreementTextForm({
  state,
  intent,
  rows,
  text,
  words,
}: {
  state?: CircleFormState;
  intent: "propose" | "publish";
  rows: number;
  text: string;
  words: { summary: MessageKey; label: MessageKey; submit: MessageKey };
}) {
  const t = useT();
  return (
    <details open={state?.form === intent}>
      <summary>{t(words.summary)}</summary>
      <FormErrors state={state} form={intent} />
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value={intent} />
        <TextAreaField
          name="body"
          id={`${intent}-body`}
          label={t(words.label)}
          rows={rows}
          maxLength={MAX_AGREEMENT}
          defaultValue={text}
          error={state?.form === intent ? state.errors?.body : undefined}
        />
        <SubmitButton>{t(words.submit)}</SubmitButton>
      </Form>
    </details>
  );
}

function Agreement({ data, state }: { data: LoaderData; state?: CircleFormState }) {
  const t = useT();
  const [current, ...history] = data.agreement.versions;
  const kept = (form: string, fallback: string) => (state?.form === form ? (state.values?.body ?? fallback) : fallback);
  return (
    <section aria-labelledby="agreement-title" className="stack">
      <h2 id="agreement-title">{t("circles.agreement.title")}</h2>
      <p className="muted">{t("circles.agreement.lede")}</p>
      {current ? (
        <article className="card stack">
          <h3>{current.published}</h3>
          <div className="agreement-text">
            {current.body.split("\n").map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
          <p className="muted">{t("circles.agreement.ackCount", { count: data.agreement.acknowledgements })}</p>
          <FormErrors state={state} form="acknowledge" />
          {data.agreement.acknowledgedCurrent ? (
            <p>{t("circles.agreement.acknowledged")}</p>
          ) : !data.may.act ? null : (
            <Form method="post">
              <input type="hidden" name="intent" value="acknowledge" />
              <input type="hidden" name="version" value={current.version} />
              <button type="submit" className="primary">
                {t("circles.agreement.acknowledge", { version: current.version })}
              </button>
            </Form>
          )}
        </article>
      ) : (
        <p className="card">{t("circles.agreement.none")}</p>
      )}
      {data.agreement.openProposals.length ? (
        <>
          <h3>{t("circles.agreement.proposals")}</h3>
          <ul className="plain-list stack">
            {data.agreement.openProposals.map((p) => (
              <li key={p.id} className="card">
                <p className="muted">{t("circles.agreement.proposalBy", { name: p.proposedBy ?? "—" })}</p>
                {p.body.split("\n").map((line, i) => (
                  <p key={i}>{line}</p>
                ))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {data.may.act ? (
        <AgreementTextForm
          state={state}
          intent="propose"
          rows={6}
          text={kept("propose", current?.body ?? "")}
          words={{
            summary: "circles.agreement.propose",
            label: "circles.agreement.proposeBody",
            submit: "circles.agreement.proposeSubmit",
          }}
        />
      ) : null}
      {data.may.publish ? (
        <AgreementTextForm
          state={state}
          intent="publish"
          rows={8}
          text={kept("publish", data.agreement.openProposals.at(-1)?.body ?? current?.body ?? "")}
          words={{
            summary: "circles.agreement.publish",
            label: "circles.agreement.publishBody",
            submit: "circles.agreement.publishSubmit",
          }}
        />
      ) : null}
      {history.length ? (
        <details>
          <summary>{t("circles.agreement.history")}</summary>
          {history.map((v) => (
            <article key={v.version} className="card stack">
              <h3>{v.published}</h3>
              {v.body.split("\n").map((line, i) => (
                <p key={i}>{line}</p>
              ))}
            </article>
          ))}
        </details>
      ) : null}
    </section>
  );
}

function Organize({ data, state }: { data: LoaderData; state?: CircleFormState }) {
  const t = useT();
  const kept = (form: string, name: string, fallback = "") =>
    state?.form === form ? (state.values?.[name] ?? fallback) : fallback;
  const errors = (form: string) => (state?.form === form ? (state.errors ?? {}) : {});
  return (
    <>
      <section aria-labelledby="schedule-title" className="stack">
        <h2 id="schedule-title">{t("circles.schedule.title")}</h2>
        <p className="muted">{t("circles.schedule.lede", { zone: data.circle.zone })}</p>
        <FormErrors state={state} form="schedule" />
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="schedule" />
          <SelectField
            name="frequency"
            label={t("circles.schedule.frequency")}
            defaultValue={kept("schedule", "frequency", "weekly")}
            error={errors("schedule").frequency}
          >
            {(["once", "weekly", "monthly_weekday", "monthly_date"] as const).map((f) => (
              <option key={f} value={f}>
                {t(`circles.schedule.${f}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            name="interval"
            inputMode="numeric"
            label={t("circles.schedule.interval")}
            defaultValue={kept("schedule", "interval", "1")}
            error={errors("schedule").interval}
          />
          <TextField
            name="firstDate"
            type="date"
            label={t("circles.schedule.firstDate")}
            defaultValue={kept("schedule", "firstDate")}
            error={errors("schedule").firstDate}
          />
          <TextField
            name="startTime"
            type="time"
            label={t("circles.schedule.startTime")}
            defaultValue={kept("schedule", "startTime", "18:00")}
            error={errors("schedule").startTime}
          />
          <TextField
            name="durationMinutes"
            inputMode="numeric"
            label={t("circles.schedule.duration")}
            defaultValue={kept("schedule", "durationMinutes", "90")}
            error={errors("schedule").durationMinutes}
          />
          <TextField
            name="count"
            inputMode="numeric"
            label={t("circles.schedule.count")}
            defaultValue={kept("schedule", "count", "12")}
            error={errors("schedule").count}
          />
          <SubmitButton>{t("circles.schedule.submit")}</SubmitButton>
        </Form>
      </section>
      <section aria-labelledby="invite-title" className="stack">
        <h2 id="invite-title">{t("circles.invite.title")}</h2>
        <FormErrors state={state} form="invite" />
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="invite" />
          <TextAreaField
            name="emails"
            label={t("circles.invite.emails")}
            hint={t("circles.invite.hint")}
            rows={4}
            defaultValue={kept("invite", "emails")}
            error={
              errors("invite").emails ?? Object.entries(errors("invite")).find(([k]) => k.startsWith("emails"))?.[1]
            }
          />
          <SubmitButton>{t("circles.invite.submit")}</SubmitButton>
        </Form>
        {data.pendingInvitations.length ? (
          <>
            <h3>{t("circles.invite.pending")}</h3>
            <ul>
              {data.pendingInvitations.map((i) => (
                <li key={i.id}>{i.email}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </>
  );
}

export default function Circle({ loaderData: data, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state } = useFormState<CircleFormState>(actionData);
  const { circle } = data;
  return (
    <div className="page stack circle-page">
      <p>
        <Link to="/circles">{t("circles.page.back")}</Link>
      </p>
      <h1>{circle.name}</h1>
      {data.notice && !state ? <Notice>{data.notice}</Notice> : null}
      {data.archived ? (
        <section className="card stack" aria-labelledby="archived-title">
          <h2 id="archived-title">{t("circles.archive.bannerTitle")}</h2>
          <p>{t("circles.archive.banner", { date: data.archived.date })}</p>
          {data.archived.reason ? <p>{t("circles.archive.reasonShown", { reason: data.archived.reason })}</p> : null}
        </section>
      ) : null}
      {/* Once archived, the forms are gone, so a refusal (a page open from before) is shown at the top. */}
      {state && (!state.form || data.archived) ? (
        <ErrorSummary errors={state.errors ?? {}} formError={state.formError} />
      ) : null}

      <section aria-labelledby="about-title" className="card stack">
        <h2 id="about-title">{t("circles.page.about")}</h2>
        {circle.description ? <p>{circle.description}</p> : null}
        <dl>
          <dt>{t("circles.list.language")}</dt>
          <dd>{languageName(circle.language)}</dd>
          {data.archived && !circle.place ? null : (
            <>
              <dt>{t("circles.page.where")}</dt>
              <dd>
                {circle.place ?? (circle.videoUrl ? null : t("circles.page.nowhere"))}
                {circle.videoUrl ? (
                  <>
                    {circle.place ? <br /> : null}
                    <a href={circle.videoUrl} rel="noopener noreferrer">
                      {t("circles.page.video")}
                    </a>
                  </>
                ) : null}
              </dd>
            </>
          )}
        </dl>
        <p>
          <a href={`/circles/${circle.id}/calendar.ics`}>{t("circles.page.calendar")}</a>
        </p>
      </section>

      <section aria-labelledby="members-title" className="stack">
        <h2 id="members-title">{t("circles.page.members")}</h2>
        {/* An archived circle has no next meeting to facilitate. */}
        {data.archived ? null : (
          <p>
            {data.nextFacilitator
              ? t("circles.page.nextFacilitator", { name: data.nextFacilitator.name })
              : t("circles.page.noFacilitator")}
          </p>
        )}
        <ul>
          {data.members.map((m) => (
            <li key={m.userId}>
              {m.name}
              {m.organizer ? ` · ${t("circles.page.organizer")}` : null}
              {m.rotationPosition !== null ? ` · ${t("circles.page.turn", { position: m.rotationPosition })}` : null}
            </li>
          ))}
        </ul>
        {data.requests.length ? (
          <>
            <h3>{t("circles.page.requests")}</h3>
            <FormErrors state={state} form="requests" />
            <ul className="plain-list stack">
              {data.requests.map((r) => (
                <li key={r.userId} className="actions">
                  <span>{r.name}</span>
                  <Form method="post">
                    <input type="hidden" name="userId" value={r.userId} />
                    <button type="submit" className="secondary" name="intent" value="admit">
                      {t("circles.page.admit", { name: r.name })}
                    </button>
                  </Form>
                  <Form method="post">
                    <input type="hidden" name="userId" value={r.userId} />
                    <button type="submit" className="secondary" name="intent" value="turn-down">
                      {t("circles.page.turnDown")}
                      <span className="visually-hidden"> — {r.name}</span>
                    </button>
                  </Form>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      {/* Archiving cancels every date ahead: an archived circle lists those as cancelled, or nothing when it had none. */}
      {data.archived && data.upcoming.length === 0 ? null : (
        <section aria-labelledby="upcoming-title" className="stack">
          <h2 id="upcoming-title">{t(data.archived ? "circles.page.upcomingArchived" : "circles.page.upcoming")}</h2>
          {data.upcoming.length === 0 ? (
            <p className="card">{t("circles.page.upcomingEmpty")}</p>
          ) : (
            <ol className="plain-list stack">
              {data.upcoming.map((m) => (
                <UpcomingMeeting key={m.id} meeting={m} data={data} state={state} />
              ))}
            </ol>
          )}
        </section>
      )}

      <Agreement data={data} state={state} />

      {data.may.act ? (
        <section aria-labelledby="reminder-title" className="stack">
          <h2 id="reminder-title">{t("circles.page.reminder")}</h2>
          <FormErrors state={state} form="reminder" />
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="reminder" />
            <SelectField
              name="minutes"
              label={t("circles.page.reminderLabel")}
              defaultValue={String(data.reminderMinutes)}
            >
              {reminderChoices.map((m) => (
                <option key={m} value={m}>
                  {t(`circles.page.reminder.${m}`)}
                </option>
              ))}
            </SelectField>
            <button type="submit" className="secondary">
              {t("circles.page.reminderSave")}
            </button>
          </Form>
        </section>
      ) : null}

      <section aria-labelledby="past-title" className="stack">
        <h2 id="past-title">{t("circles.page.past")}</h2>
        {data.past.length === 0 ? (
          <p className="card">{t("circles.page.pastEmpty")}</p>
        ) : (
          <ol className="plain-list stack">
            {data.past.map((m) => (
              <PastMeeting key={m.id} meeting={m} data={data} state={state} />
            ))}
          </ol>
        )}
      </section>

      {data.may.organize ? <Organize data={data} state={state} /> : null}

      {data.may.archive ? (
        <section aria-labelledby="archive-title" className="stack">
          <h2 id="archive-title">{t("circles.archive.title")}</h2>
          <FormErrors state={state} form="archive" />
          <ArchiveCircleForm
            circleId={circle.id}
            circleName={circle.name}
            reasonError={state?.form === "archive" ? state.errors?.reason : undefined}
          />
        </section>
      ) : null}

      <section aria-labelledby="leave-title" className="stack">
        <h2 id="leave-title">{t("circles.leave.title")}</h2>
        <FormErrors state={state} form="leave" />
        <ConfirmAction
          label={t("circles.leave.button")}
          explanation={t("circles.leave.explanation")}
          confirmLabel={t("circles.leave.confirm", { circle: circle.name })}
          fields={{ intent: "leave" }}
        />
      </section>
    </div>
  );
}
