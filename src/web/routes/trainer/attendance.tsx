// A session's attendance for its trainers, phone first: pick a meeting, mark each person in a compact row (Full or
// Absent, other times folded behind "Different times…"; every mark saves at once and works without JavaScript), mark
// everyone else present in one go, open the check-in code full screen, then — once the training has started — read
// everyone's result with its reasons and sign off.
import { useEffect, useRef } from "react";
import { Form, Link, useFetcher, useRevalidator } from "react-router";
import type { Route } from "./+types/attendance";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { actorOf, attempt, formFields, type FormState, readForm } from "#web/form-state.server.ts";
import { contactMinutes } from "#core/completion.ts";
import { utcToZoned } from "#core/local-time.ts";
import { translator } from "#i18n/translate.ts";
import type { Locale } from "#core/locale.ts";
import { clockTime, dayRange, longDay, shortDay, timeRange, timeWithZone } from "#i18n/format.ts";
import { localizedField } from "#i18n/localized.ts";
import { readSessionResults } from "#features/attendance/session-results.ts";
import { recordAttendanceMark } from "#features/attendance/record-attendance.ts";
import { markEveryoneElsePresent } from "#features/attendance/mark-everyone-else-present.ts";
import { signOffSession } from "#features/attendance/sign-off-session.ts";
import { ErrorSummary, Notice } from "../../components/forms.tsx";
import { useLocale, useT } from "../../components/i18n.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { orRefused } from "../admin/lib/roster-access.server.ts";
import { pageTitle } from "../public/lib/page-meta.ts";
import attendanceStyles from "../../styles/attendance.css?url";
import { duration, reasonText, resultState } from "./lib/attendance-text.ts";

export const handle: RouteHandle = { access: "trainer" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: attendanceStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "attendance.page.title");

/** While people can check themselves in, the roster reads the marks again twice a minute, so their check-ins appear. */
const CHECK_IN_REFRESH_MS = 30_000;

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const ctx = appContext(context);
  const now = ctx.services.now();
  const results = await orRefused(readSessionResults(ctx.services.db, ctx.viewer, params.id, now));
  const { session } = results;
  const wanted = new URL(request.url).searchParams.get("meeting");
  // Without a choice: the meeting going on now or next, else the last one.
  const selected =
    session.meetings.find((meeting) => meeting.id === wanted) ??
    session.meetings.find((meeting) => meeting.endsAt > now) ??
    session.meetings.at(-1) ??
    null;
  return {
    session: {
      id: session.id,
      title: localizedField(session.course, "title", ctx.locale),
      timeZone: session.timeZone,
      status: session.status,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      started: session.meetings.length > 0 && now >= session.meetings[0]!.startsAt,
      defaultRules: session.course.defaultRules,
    },
    viewerRole: results.viewerRole,
    meetings: session.meetings.map((meeting) => ({
      id: meeting.id,
      position: meeting.position,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      contactMinutes: contactMinutes(meeting),
      ended: meeting.endsAt <= now,
      started: meeting.startsAt <= now,
    })),
    selectedId: selected?.id ?? null,
    // The same test as the code itself (self-check-in.ts): a meeting not yet over, of a session not cancelled.
    checkInOpen: selected !== null && now < selected.endsAt && session.status !== "cancelled",
    people: results.people.map((person) => {
      const mark = selected ? person.marks[selected.id] : undefined;
      return {
        registrationId: person.registrationId,
        name: person.name,
        pronouns: person.pronouns,
        mark: mark
          ? {
              minutesPresent: mark.minutesPresent,
              method: mark.method,
              arrivedAt: mark.arrivedAt,
              /** "HH:MM" in the session's zone, as a time field holds it. */
              arrivedAtClock: mark.arrivedAt ? utcToZoned(mark.arrivedAt, session.timeZone).time : null,
            }
          : null,
        result: person.result,
        signedOff: person.signedOff,
      };
    }),
    signedOffAt: results.signedOffAt,
    meetingsEnded: results.meetingsEnded,
  };
}

type MarkState = FormState & {
  saved?: string;
  everyoneElse?: { marked: number };
  signedOff?: { completed: number; notCompleted: number; credentialsRequested: number; sessionCompleted: boolean };
};

export async function action({ params, request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await readForm(request));
  if (fields.intent === "sign-off") {
    const result = await attempt(
      () => signOffSession(ctx.services, { viewer: ctx.viewer, sessionId: params.id }, actorOf(ctx)),
      t,
      { form: "sign-off" },
    );
    if (!result.ok) return result.response;
    const { outcomes, credentialsRequested, sessionCompleted } = result.value;
    const completed = outcomes.filter((outcome) => outcome.completed).length;
    return {
      form: "sign-off",
      signedOff: { completed, notCompleted: outcomes.length - completed, credentialsRequested, sessionCompleted },
    } satisfies MarkState;
  }
  if (fields.intent === "everyone-else") {
    const result = await attempt(
      () =>
        markEveryoneElsePresent(
          ctx.services,
          { viewer: ctx.viewer, sessionId: params.id, input: { meetingId: fields.meetingId ?? "" } },
          actorOf(ctx),
        ),
      t,
      { form: "everyone-else" },
    );
    if (!result.ok) return result.response;
    return { form: "everyone-else", everyoneElse: result.value } satisfies MarkState;
  }
  const input = {
    registrationId: fields.registrationId ?? "",
    meetingId: fields.meetingId ?? "",
    shortcut: fields.shortcut ?? "",
    arrivedAt: fields.arrivedAt ?? "",
    leftAt: fields.leftAt ?? "",
  };
  const kept = { form: input.registrationId, values: { arrivedAt: input.arrivedAt, leftAt: input.leftAt } };
  const result = await attempt(
    () => recordAttendanceMark(ctx.services, { viewer: ctx.viewer, sessionId: params.id, input }, actorOf(ctx)),
    t,
    kept,
  );
  if (!result.ok) return result.response;
  return { form: input.registrationId, saved: input.registrationId } satisfies MarkState;
}

type LoaderData = Route.ComponentProps["loaderData"];

type Person = LoaderData["people"][number];
type MeetingView = LoaderData["meetings"][number];

export default function Attendance({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { session, meetings, people, checkInOpen } = loaderData;
  const state = actionData as MarkState | undefined;
  const selected = meetings.find((meeting) => meeting.id === loaderData.selectedId) ?? null;
  const revalidator = useRevalidator();
  const latest = useRef(revalidator);
  latest.current = revalidator;
  const marked = people.filter((person) => person.mark !== null).length;

  useEffect(() => {
    if (!checkInOpen) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible" && latest.current.state === "idle") void latest.current.revalidate();
    }, CHECK_IN_REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [checkInOpen]);

  return (
    <div className="page attendance-page">
      <p className="breadcrumb">
        <Link to="/trainer">{t("attendance.page.back")}</Link>
      </p>
      <h1>{t("attendance.page.heading", { course: session.title })}</h1>
      <p className="lede">{dayRange(locale, session.timeZone, session.startsAt, session.endsAt)}</p>
      {/* trainers (issue 10): someone who arrives after the start */}
      <p>
        <Link to={`/trainer/sessions/${encodeURIComponent(session.id)}/walk-in`}>{t("trainers.walkIn.link")}</Link>
      </p>

      {meetings.length === 0 ? (
        <p className="card empty-state">{t("attendance.page.noMeetings")}</p>
      ) : (
        <nav className="meeting-picker" aria-label={t("attendance.meetings.label")}>
          <ul>
            {meetings.map((meeting) => (
              <li key={meeting.id}>
                <Link
                  to={`?meeting=${encodeURIComponent(meeting.id)}`}
                  aria-current={meeting.id === selected?.id ? "page" : undefined}
                  preventScrollReset
                >
                  <span className="meeting-day">{t("attendance.meetings.day", { position: meeting.position })}</span>
                  <span className="meeting-date">{shortDay(locale, session.timeZone, meeting.startsAt)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      {selected ? (
        <section aria-labelledby="marks-title" className="marks-section">
          <h2 id="marks-title">{t("attendance.marks.title", { position: selected.position })}</h2>
          <p className="muted">
            {longDay(locale, session.timeZone, selected.startsAt)} ·{" "}
            {timeRange(locale, session.timeZone, selected.startsAt, selected.endsAt)} ·{" "}
            {t("attendance.marks.contact", { time: duration(t, selected.contactMinutes) })}
          </p>
          {!selected.started ? <p className="muted">{t("attendance.marks.notStarted")}</p> : null}

          {checkInOpen ? (
            // One tap to the code: the room's full-screen view (a full page load, see check-in-display.tsx).
            <p>
              <a
                className="check-in-link"
                href={`/trainer/sessions/${encodeURIComponent(session.id)}/check-in?meeting=${encodeURIComponent(selected.id)}`}
              >
                {t("attendance.checkIn.show")}
              </a>
            </p>
          ) : selected.ended ? (
            <p className="muted">{t("attendance.checkIn.closed")}</p>
          ) : null}

          {people.length === 0 ? (
            <p className="card empty-state">{t("attendance.marks.empty")}</p>
          ) : (
            <>
              <EveryoneElse
                meetingId={selected.id}
                marked={marked}
                total={people.length}
                state={state?.form === "everyone-else" ? state : undefined}
              />
              <ul className="mark-list">
                {people.map((person) => (
                  // Keyed by meeting too: a row's "Saved" answer belongs to the meeting it was sent for, not the next one picked.
                  <MarkRow
                    key={`${selected.id}:${person.registrationId}`}
                    person={person}
                    meeting={selected}
                    timeZone={session.timeZone}
                    state={state?.form === person.registrationId ? state : undefined}
                  />
                ))}
              </ul>
            </>
          )}
        </section>
      ) : null}

      <Results loaderData={loaderData} state={state?.form === "sign-off" ? state : undefined} />
    </div>
  );
}

/** The sticky count and "Mark everyone else present": Full for each person with no mark at this meeting yet. */
function EveryoneElse({
  meetingId,
  marked,
  total,
  state,
}: {
  meetingId: string;
  marked: number;
  total: number;
  state: MarkState | undefined;
}) {
  const t = useT();
  return (
    <>
      <div className="marks-tally">
        <p>{t("attendance.marks.count", { marked, total })}</p>
        {marked < total ? (
          <Form method="post" action={`?meeting=${encodeURIComponent(meetingId)}`} preventScrollReset>
            <input type="hidden" name="intent" value="everyone-else" />
            <input type="hidden" name="meetingId" value={meetingId} />
            <button type="submit" className="secondary">
              {t("attendance.marks.everyoneElse")}
            </button>
          </Form>
        ) : null}
      </div>
      {state?.everyoneElse ? (
        <Notice>
          {state.everyoneElse.marked > 0
            ? t("attendance.marks.everyoneElseDone", { count: state.everyoneElse.marked })
            : t("attendance.marks.everyoneElseNone")}
        </Notice>
      ) : null}
      <ErrorSummary formError={state?.formError} />
    </>
  );
}

function markText(
  t: ReturnType<typeof useT>,
  locale: Locale,
  timeZone: string,
  person: Person,
  meeting: MeetingView,
): string {
  const mark = person.mark;
  if (!mark) return t("attendance.mark.none");
  if (mark.method === "self_check_in" && mark.arrivedAt) {
    const time = clockTime(locale, timeZone, mark.arrivedAt);
    return t("attendance.mark.checkedIn", { time, duration: duration(t, mark.minutesPresent) });
  }
  if (mark.minutesPresent === 0) return t("attendance.mark.absent");
  if (mark.minutesPresent >= meeting.contactMinutes)
    return t("attendance.mark.full", { duration: duration(t, mark.minutesPresent) });
  return t("attendance.mark.partial", {
    duration: duration(t, mark.minutesPresent),
    of: duration(t, meeting.contactMinutes),
  });
}

function MarkRow({
  person,
  meeting,
  timeZone,
  state,
}: {
  person: Person;
  meeting: MeetingView;
  timeZone: string;
  state: MarkState | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const fetcher = useFetcher<MarkState>();
  // With JavaScript each row answers for itself; without it the page's answer names the row it is for.
  const answer = fetcher.data ?? state;
  const errors = answer?.errors ?? {};
  // Buttons stay enabled while a mark is on its way: a disabled button would drop the keyboard focus, and a mark sent twice is the same mark.
  const busy = fetcher.state !== "idle";
  const full = person.mark !== null && person.mark.minutesPresent >= meeting.contactMinutes;
  const absent = person.mark !== null && person.mark.minutesPresent === 0;
  const id = person.registrationId;
  const hidden = (
    <>
      <input type="hidden" name="intent" value="mark" />
      <input type="hidden" name="registrationId" value={id} />
      <input type="hidden" name="meetingId" value={meeting.id} />
    </>
  );
  // Without JavaScript the page comes back after each mark: the fragment brings the reader back to this row.
  const postTo = `?meeting=${encodeURIComponent(meeting.id)}#person-${id}`;
  const about = <span className="visually-hidden"> {t("attendance.mark.for", { name: person.name })}</span>;
  return (
    <li className="mark-row" id={`person-${id}`}>
      <div className="mark-person">
        <p className="mark-name">
          {person.name}
          {person.pronouns ? <span className="muted"> ({person.pronouns})</span> : null}
        </p>
        <p className="mark-state" aria-live="polite">
          {busy ? t("attendance.mark.saving") : markText(t, locale, timeZone, person, meeting)}
          {!busy && answer?.saved === id ? <span className="mark-saved"> · {t("attendance.mark.saved")}</span> : null}
        </p>
        {answer?.formError ? (
          <p className="field-error" role="alert">
            {answer.formError}
          </p>
        ) : null}
      </div>
      <div className="mark-buttons">
        <fetcher.Form method="post" action={postTo} preventScrollReset>
          {hidden}
          <input type="hidden" name="shortcut" value="full" />
          <button type="submit" className="mark-button" aria-pressed={full}>
            {t("attendance.mark.fullButton")}
            {about}
          </button>
        </fetcher.Form>
        <fetcher.Form method="post" action={postTo} preventScrollReset>
          {hidden}
          <input type="hidden" name="shortcut" value="absent" />
          <button type="submit" className="mark-button" aria-pressed={absent}>
            {t("attendance.mark.absentButton")}
            {about}
          </button>
        </fetcher.Form>
      </div>
      {/* Open by itself when its times were refused, so the errors are in view. */}
      <details className="mark-other" open={errors.arrivedAt || errors.leftAt ? true : undefined}>
        <summary>
          {t("attendance.mark.differentTimes")}
          {about}
        </summary>
        <fetcher.Form method="post" action={postTo} className="mark-times" preventScrollReset noValidate>
          {hidden}
          <input type="hidden" name="shortcut" value="times" />
          <div className={errors.arrivedAt ? "field field-invalid" : "field"}>
            <label htmlFor={`arrived-${id}`}>{t("attendance.mark.arrivedAt")}</label>
            {errors.arrivedAt ? (
              <p className="field-error" id={`arrived-${id}-error`}>
                {errors.arrivedAt}
              </p>
            ) : null}
            <input
              id={`arrived-${id}`}
              name="arrivedAt"
              type="time"
              defaultValue={answer?.values?.arrivedAt ?? person.mark?.arrivedAtClock ?? ""}
              aria-invalid={errors.arrivedAt ? true : undefined}
              aria-describedby={errors.arrivedAt ? `arrived-${id}-error` : undefined}
            />
          </div>
          <div className={errors.leftAt ? "field field-invalid" : "field"}>
            <label htmlFor={`left-${id}`}>{t("attendance.mark.leftAt")}</label>
            {errors.leftAt ? (
              <p className="field-error" id={`left-${id}-error`}>
                {errors.leftAt}
              </p>
            ) : null}
            <input
              id={`left-${id}`}
              name="leftAt"
              type="time"
              defaultValue={answer?.values?.leftAt ?? ""}
              aria-invalid={errors.leftAt ? true : undefined}
              aria-describedby={errors.leftAt ? `left-${id}-error` : undefined}
            />
          </div>
          <button type="submit" className="secondary mark-save">
            {t("attendance.mark.saveTimes")}
            {about}
          </button>
        </fetcher.Form>
      </details>
    </li>
  );
}

function Results({ loaderData, state }: { loaderData: LoaderData; state: MarkState | undefined }) {
  const t = useT();
  const locale = useLocale();
  const { session, people } = loaderData;
  const mayDecide = loaderData.viewerRole === "admin" || loaderData.viewerRole === "lead";
  const completing = people.filter((person) => resultState(person.result) !== "incomplete").length;
  const stateLabel = {
    completed: t("attendance.result.completed"),
    awaiting: t("attendance.result.awaiting"),
    incomplete: loaderData.meetingsEnded ? t("attendance.result.incomplete") : t("attendance.result.notYet"),
  };
  const boardRoster = (
    <p className="roster-download">
      <a href={`/trainer/sessions/${encodeURIComponent(session.id)}/board-roster.csv`} download>
        {t("attendance.boardRoster.download")}
      </a>
      <span className="muted"> {t("attendance.boardRoster.explain")}</span>
    </p>
  );
  // Before the first meeting every result would read "0 min of 35 h · Not completed yet": nothing worth a screen.
  if (!session.started)
    return (
      <section aria-labelledby="results-title" className="results-section">
        <h2 id="results-title">{t("attendance.results.title")}</h2>
        <p className="muted">{t("attendance.results.beforeStart")}</p>
        {boardRoster}
      </section>
    );
  return (
    <section aria-labelledby="results-title" className="results-section">
      <h2 id="results-title">{t("attendance.results.title")}</h2>
      <p>
        {loaderData.signedOffAt
          ? t("attendance.results.signedOffAt", {
              when: timeWithZone(locale, session.timeZone, loaderData.signedOffAt),
              day: longDay(locale, session.timeZone, loaderData.signedOffAt),
            })
          : t("attendance.results.lede")}
      </p>
      {!loaderData.meetingsEnded ? <p className="muted">{t("attendance.results.stillRunning")}</p> : null}
      {session.defaultRules ? <p className="muted">{t("attendance.results.defaultRules")}</p> : null}
      {people.length === 0 ? null : (
        <ResponsiveTable
          rows={people}
          rowKey={(person) => person.registrationId}
          className="results-table"
          columns={[
            { label: t("attendance.results.column.person"), rowHeader: true, cell: (person) => person.name },
            {
              label: t("attendance.results.column.attended"),
              cell: (person) =>
                t("attendance.results.attendedOf", {
                  attended: duration(t, person.result.attendedMinutes),
                  contact: duration(t, person.result.contactMinutes),
                }),
            },
            {
              label: t("attendance.results.column.result"),
              cell: (person) => {
                const state = resultState(person.result);
                const reasons = person.result.reasons.filter((reason) => reason.code !== "awaiting_sign_off");
                return (
                  <>
                    <span className={`pill result-${state}`}>{stateLabel[state]}</span>
                    {reasons.length ? (
                      <ul className="reason-list">
                        {reasons.map((reason) => (
                          <li key={reason.code + ("meetingId" in reason ? reason.meetingId : "")}>
                            {reasonText(t, reason)}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </>
                );
              },
            },
          ]}
        />
      )}

      {state?.signedOff ? (
        <Notice>
          {t("attendance.signOff.done", {
            completed: state.signedOff.completed,
            notCompleted: state.signedOff.notCompleted,
            requested: state.signedOff.credentialsRequested,
          })}
          {state.signedOff.sessionCompleted ? ` ${t("attendance.signOff.sessionCompleted")}` : ""}
        </Notice>
      ) : null}
      <ErrorSummary formError={state?.formError} />

      {!mayDecide ? (
        <p className="muted">{t("attendance.signOff.leadOnly")}</p>
      ) : (
        <details className="sign-off">
          <summary className="button">
            {loaderData.signedOffAt ? t("attendance.signOff.again") : t("attendance.signOff.open")}
          </summary>
          <div className="sign-off-panel">
            <p>{t("attendance.signOff.explain", { completing, total: people.length })}</p>
            {!loaderData.meetingsEnded ? <p>{t("attendance.signOff.beforeEnd")}</p> : null}
            <p>{t("attendance.signOff.again.explain")}</p>
            <Form method="post" preventScrollReset>
              <input type="hidden" name="intent" value="sign-off" />
              <button type="submit" className="primary">
                {t("attendance.signOff.confirm")}
              </button>
            </Form>
          </div>
        </details>
      )}

      {boardRoster}
    </section>
  );
}
