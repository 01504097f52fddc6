// /my/trainings: a person's trainings — upcoming and past, where each stands, join details once confirmed, and what they
// can do (accept or decline an offer, cancel, leave the line, withdraw, move to another date), plus their calendar feed.
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/trainings";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { actorOf, attempt, formFields, type FormState, readForm } from "#web/form-state.server.ts";
import { oneOf } from "#web/search-params.ts";
import type { Locale } from "#core/locale.ts";
import { selfCancelAllowed, type RegistrationStatus } from "#core/registration.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import { dateAndTime, dayRange, hoursFigure, timeWithZone } from "#i18n/format.ts";
import { localizedField } from "#i18n/localized.ts";
import { readMyTrainings, type MyTraining, type TransferChoice } from "#features/registration/read-my-trainings.ts";
import { cancelRegistration } from "#features/registration/cancel-registration.ts";
import { acceptOffer } from "#features/registration/accept-offer.ts";
import { declineOffer } from "#features/registration/decline-offer.ts";
import { transferRegistration } from "#features/registration/transfer-registration.ts";
import { rotatePersonalFeed, stopPersonalFeed } from "#features/calendar/personal-feed.ts";
import { ConfirmAction, Notice, SelectField, SubmitButton, useFormState } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { LocalizedText } from "../../components/localized-text.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { formatLabel } from "../catalog/lib/session-wording.ts";
import { reasonText } from "../trainer/lib/attendance-text.ts";
import myTrainingsStyles from "../../styles/my-trainings.css?url";
import { MyTrainingsPage } from "./lib/my-nav.tsx";

export const handle: RouteHandle = { access: "signed-in" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: myTrainingsStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "myTrainings.title");

const notices = ["cancelled", "left", "withdrawn", "accepted", "declined", "moved", "feedStopped"] as const;
const doneStatuses = ["confirmed", "waitlisted", "pending_approval"] as const;

/**
 * The reader's language and zone for one answer, with each session a place could move to worded once: every card of a
 * course offers the same few sessions, and one object (or list) is sent once in the page's data, however many cards
 * point to it.
 */
function pageWording(locale: Locale, timeZone: string, now: Date) {
  const t = translator(locale);
  const lists = new Map<readonly TransferChoice[], Array<{ id: string; label: string }>>();
  const transferOptions = (choices: readonly TransferChoice[]) => {
    let options = lists.get(choices);
    if (!options) {
      options = choices.map((s) => ({
        id: s.id,
        label: t("myTrainings.transfer.option", {
          dates: dayRange(locale, timeZone, s.startsAt, s.endsAt),
          format: formatLabel(t, s.format),
        }),
      }));
      lists.set(choices, options);
    }
    return options;
  };
  return { t, locale, timeZone, now, transferOptions };
}

type PageWording = ReturnType<typeof pageWording>;

/** A place still to come as its card shows it: words and dates already in the reader's language and time zone. */
function describeUpcoming(r: MyTraining, { t, locale, timeZone, now, transferOptions }: PageWording) {
  const cutoffHours = Math.round((r.startsAt.getTime() - r.cancelCutoffAt.getTime()) / 3_600_000);
  const mayCancel = selfCancelAllowed({ startsAt: r.startsAt, cutoffHours, now });
  return {
    id: r.id,
    status: r.status,
    title: localizedField(r, "courseTitle", locale),
    sessionId: r.sessionId,
    dates: dayRange(locale, timeZone, r.startsAt, r.endsAt),
    starts: t("catalog.card.starts", { time: timeWithZone(locale, timeZone, r.startsAt) }),
    format: formatLabel(t, r.format),
    where: r.format === "online" ? null : [r.venueName, r.venueAddress].filter(Boolean).join(", ") || null,
    online: r.format !== "in_person",
    joinUrl: r.joinUrl,
    joinDetails: r.joinDetails?.en || r.joinDetails?.es ? r.joinDetails : null,
    position: r.waitlistPosition,
    holdHours: r.offerHoldHours,
    offerDeadline: r.offerExpiresAt ? dateAndTime(locale, timeZone, r.offerExpiresAt) : null,
    inGroup: r.groupId !== null,
    cancel:
      r.status === "confirmed"
        ? mayCancel
          ? { until: dateAndTime(locale, timeZone, r.cancelCutoffAt) }
          : { closedHours: cutoffHours }
        : null,
    transferTo:
      r.status === "waitlisted" || (r.status === "confirmed" && mayCancel) ? transferOptions(r.transferTo) : [],
  };
}

/** A past training (or a place that ended) as its line shows it: the outcome, or where the place stands. */
function describeEarlier(r: MyTraining, { t, locale, timeZone }: PageWording) {
  return {
    id: r.id,
    status: r.status,
    title: localizedField(r, "courseTitle", locale),
    sessionId: r.sessionId,
    sessionCancelled: r.sessionStatus === "cancelled",
    dates: dayRange(locale, timeZone, r.startsAt, r.endsAt),
    result: r.result,
    hours: r.outcome
      ? {
          attended: hoursFigure(locale, r.outcome.attendedMinutes),
          contact: hoursFigure(locale, r.outcome.contactMinutes),
        }
      : null,
    reasons: (r.outcome?.reasons ?? [])
      .filter((reason) => reason.code !== "awaiting_sign_off")
      .map((reason) => reasonText(t, reason)),
    certificateId: r.certificateId,
  };
}

// Only what the page renders goes in its data: all of it is written into the page again for hydration.
export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer, locale, timeZone } = appContext(context);
  const now = services.now();
  const mine = await readMyTrainings(services.db, { userId: viewer!.userId, now });
  const wording = pageWording(locale, timeZone, now);
  const url = new URL(request.url);
  const doneId = url.searchParams.get("done");
  const done = doneId ? [...mine.upcoming, ...mine.earlier].find((r) => r.id === doneId) : undefined;
  const doneStatus = done ? oneOf(doneStatuses, done.status) : null;
  return {
    upcoming: mine.upcoming.map((r) => describeUpcoming(r, wording)),
    earlier: mine.earlier.map((r) => describeEarlier(r, wording)),
    done:
      done && doneStatus
        ? { status: doneStatus, position: done.waitlistPosition ?? 0, hours: done.offerHoldHours }
        : null,
    notice: oneOf(notices, url.searchParams.get("notice")),
    feed: mine.feed ? { since: dateAndTime(locale, timeZone, mine.feed.createdAt) } : null,
    hubContactEmail: mine.hubContactEmail,
  };
}

type TrainingsState = FormState & { feedUrl?: string };

const cancelNotices = { cancel: "cancelled", leave: "left", withdraw: "withdrawn" } as const;

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await readForm(request));
  const viewer = ctx.viewer;
  const actor = actorOf(ctx);
  const registrationId = fields.registrationId ?? "";
  const intent = fields.intent ?? "";

  if (intent === "feed") {
    const feed = await rotatePersonalFeed(
      ctx.services.db,
      { userId: viewer!.userId, publicUrl: ctx.services.config.publicUrl },
      actor,
    );
    // Not a redirect: the address exists only in this answer and is never shown again.
    return data<TrainingsState>({ feedUrl: feed.url });
  }
  if (intent === "feed-stop") {
    await stopPersonalFeed(ctx.services.db, { userId: viewer!.userId }, actor);
    throw redirect("/my/trainings?notice=feedStopped");
  }
  if (intent === "cancel" || intent === "leave" || intent === "withdraw") {
    const result = await attempt(() => cancelRegistration(ctx.services, { viewer, registrationId }, actor), t, {
      form: registrationId,
    });
    if (!result.ok) return result.response;
    throw redirect(`/my/trainings?notice=${cancelNotices[intent]}`);
  }
  if (intent === "accept" || intent === "decline") {
    const answer = intent === "accept" ? acceptOffer : declineOffer;
    const result = await attempt(() => answer(ctx.services, { viewer, registrationId }, actor), t, {
      form: registrationId,
    });
    if (!result.ok) return result.response;
    throw redirect(`/my/trainings?notice=${intent === "accept" ? "accepted" : "declined"}`);
  }
  if (intent === "transfer") {
    const result = await attempt(
      () =>
        transferRegistration(ctx.services, { viewer, registrationId, toSessionId: fields.toSessionId ?? "" }, actor),
      t,
      {
        form: registrationId,
      },
    );
    if (!result.ok) return result.response;
    throw redirect(`/my/trainings?notice=moved&done=${encodeURIComponent(result.value.id)}`);
  }
  return data<TrainingsState>({ formError: t("admin.errors.conflict") }, { status: 400 });
}

type Row = Route.ComponentProps["loaderData"]["upcoming"][number];
type PastRow = Route.ComponentProps["loaderData"]["earlier"][number];

const explainKeys: Partial<Record<RegistrationStatus, MessageKey>> = {
  pending_approval: "myTrainings.application.explain",
  approved: "myTrainings.approved.explain",
  confirmed: "myTrainings.confirmed.explain",
  waitlisted: "myTrainings.waitlisted.position",
  offered: "myTrainings.offered.deadline",
};

function StatusPill({ status }: { status: RegistrationStatus }) {
  const t = useT();
  return <span className={`pill status-${status}`}>{t(`myTrainings.status.${status}`)}</span>;
}

function Facts({ row }: { row: Row }) {
  const t = useT();
  return (
    <dl className="details compact">
      <div>
        <dt>{t("myTrainings.when")}</dt>
        <dd>
          {row.dates}
          <span className="block muted">{row.starts}</span>
        </dd>
      </div>
      <div>
        <dt>{t("myTrainings.where")}</dt>
        <dd>{row.where ? `${row.format} · ${row.where}` : row.format}</dd>
      </div>
    </dl>
  );
}

function Actions({
  row,
  hubContactEmail,
  error,
  fieldError,
}: {
  row: Row;
  hubContactEmail: string | null;
  error?: string;
  fieldError?: string;
}) {
  const t = useT();
  const hidden = (intent: string) => (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="registrationId" value={row.id} />
    </>
  );
  return (
    <>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {row.status === "offered" && !row.inGroup ? (
        <div className="card-actions">
          <Form method="post">
            {hidden("accept")}
            <SubmitButton>{t("myTrainings.offered.accept")}</SubmitButton>
          </Form>
          <ConfirmAction
            label={t("myTrainings.offered.decline")}
            context={row.title}
            explanation={t("myTrainings.offered.declineExplain")}
            confirmLabel={t("myTrainings.offered.declineConfirm")}
            fields={{ intent: "decline", registrationId: row.id }}
          />
        </div>
      ) : null}
      {row.inGroup ? <p className="muted">{t("myTrainings.group")}</p> : null}
      {row.transferTo.length > 0 ? (
        <Form method="post" className="transfer-form">
          {hidden("transfer")}
          <SelectField
            name="toSessionId"
            id={`field-toSessionId-${row.id}`}
            label={t("myTrainings.transfer.label")}
            hint={t("myTrainings.transfer.hint")}
            error={fieldError}
          >
            {row.transferTo.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="secondary">
            {t("myTrainings.transfer.submit")}
          </button>
        </Form>
      ) : null}
      <div className="card-actions">
        {row.cancel && "until" in row.cancel ? (
          <ConfirmAction
            label={t("myTrainings.cancel.label")}
            context={row.title}
            explanation={t("myTrainings.cancel.explain", { cutoff: row.cancel.until })}
            confirmLabel={t("myTrainings.cancel.confirm")}
            fields={{ intent: "cancel", registrationId: row.id }}
          />
        ) : null}
        {row.status === "waitlisted" ? (
          <ConfirmAction
            label={t("myTrainings.leave.label")}
            context={row.title}
            explanation={t("myTrainings.leave.explain")}
            confirmLabel={t("myTrainings.leave.confirm")}
            fields={{ intent: "leave", registrationId: row.id }}
          />
        ) : null}
        {row.status === "pending_approval" || row.status === "approved" ? (
          <ConfirmAction
            label={t("myTrainings.withdraw.label")}
            context={row.title}
            explanation={t("myTrainings.withdraw.explain")}
            confirmLabel={t("myTrainings.withdraw.confirm")}
            fields={{ intent: "withdraw", registrationId: row.id }}
          />
        ) : null}
      </div>
      {row.cancel && "closedHours" in row.cancel ? (
        <p className="muted">
          {t("myTrainings.cancel.closed", { hours: row.cancel.closedHours })}{" "}
          {hubContactEmail ? (
            <>
              {t("myTrainings.cancel.contact")} <a href={`mailto:${hubContactEmail}`}>{hubContactEmail}</a>
            </>
          ) : (
            t("myTrainings.cancel.contactNoEmail")
          )}
        </p>
      ) : null}
    </>
  );
}

function UpcomingTraining({
  row,
  hubContactEmail,
  state,
}: {
  row: Row;
  hubContactEmail: string | null;
  state: TrainingsState | undefined;
}) {
  const t = useT();
  const explain = explainKeys[row.status];
  const hasDetails = Boolean(row.joinDetails?.en || row.joinDetails?.es);
  const mine = state?.form === row.id;
  const headingId = `training-${row.id}`;
  return (
    <li className="card my-training" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link to={`/trainings/${row.sessionId}`}>{row.title}</Link>
      </h3>
      <p>
        <StatusPill status={row.status} />
      </p>
      <Facts row={row} />
      {explain ? (
        <p>{t(explain, { position: row.position ?? 0, hours: row.holdHours, deadline: row.offerDeadline ?? "" })}</p>
      ) : null}
      {row.status === "confirmed" && row.online ? (
        <section className="join-box" aria-labelledby={`${headingId}-join`}>
          <h4 id={`${headingId}-join`}>{t("myTrainings.join.title")}</h4>
          {row.joinUrl ? (
            <p>
              <a href={row.joinUrl} className="break-anywhere">
                {row.joinUrl}
              </a>
            </p>
          ) : null}
          {hasDetails ? <LocalizedText as="p" className="pre-line" text={row.joinDetails!} /> : null}
          {!row.joinUrl && !hasDetails ? <p className="muted">{t("myTrainings.join.none")}</p> : null}
        </section>
      ) : null}
      <Actions
        row={row}
        hubContactEmail={hubContactEmail}
        error={mine ? state?.formError : undefined}
        fieldError={mine ? state?.errors?.toSessionId : undefined}
      />
    </li>
  );
}

/** A past training's outcome as the trainer signed it off, what it means, and a kind next step when not completed. */
function Outcome({ row, hubContactEmail }: { row: PastRow; hubContactEmail: string | null }) {
  const t = useT();
  return (
    <>
      <p className="outcome-line">
        {row.result === "completed" ? (
          <>
            <span className="pill result-completed">{t("myTrainings.outcome.completed")}</span>
            {row.certificateId ? (
              <>
                {" · "}
                <Link to={`/my/certificates#certificate-${row.certificateId}`}>
                  {t("myTrainings.outcome.certificateReady")}
                </Link>
              </>
            ) : null}
          </>
        ) : row.result === "not_completed" ? (
          <span className="pill result-incomplete">
            {t("myTrainings.outcome.notCompleted", {
              attended: row.hours?.attended ?? "0",
              contact: row.hours?.contact ?? "0",
            })}
          </span>
        ) : (
          <span className="pill result-awaiting">{t("myTrainings.outcome.awaiting")}</span>
        )}
      </p>
      <p className="muted">{row.dates}</p>
      {row.result === "completed" && !row.certificateId ? <p>{t("myTrainings.outcome.certificateComing")}</p> : null}
      {row.result === "awaiting_sign_off" ? <p>{t("myTrainings.outcome.awaitingExplain")}</p> : null}
      {row.result === "not_completed" ? (
        <>
          {row.reasons.length ? (
            <>
              <p>{t("attendance.my.why")}</p>
              <ul className="reason-list">
                {row.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="what-next">
            {hubContactEmail ? (
              <>
                {t("myTrainings.outcome.nextStep")} <a href={`mailto:${hubContactEmail}`}>{hubContactEmail}</a>.
              </>
            ) : (
              t("myTrainings.outcome.nextStepNoEmail")
            )}
          </p>
        </>
      ) : null}
      <p>
        {/* Every past training has this link: the training's title tells a screen reader which one it is. */}
        <Link to={`/my/results/${row.id}`} aria-describedby={`past-${row.id}`}>
          {t("myTrainings.outcome.seeResult")}
        </Link>
      </p>
    </>
  );
}

function CalendarFeed({ feed, feedUrl }: { feed: { since: string } | null; feedUrl: string | undefined }) {
  const t = useT();
  return (
    <section className="card calendar-feed" aria-labelledby="feed-title">
      <h2 id="feed-title">{t("myTrainings.feed.title")}</h2>
      <p>{t("myTrainings.feed.explain")}</p>
      <p className="muted">{t("myTrainings.feed.private")}</p>
      {feedUrl ? (
        <div className="token-created" role="status">
          <p>{t("myTrainings.feed.created")}</p>
          <label htmlFor="feed-address" className="block">
            {t("myTrainings.feed.address")}
          </label>
          <textarea id="feed-address" className="feed-address" readOnly rows={3} value={feedUrl} />
          <p className="field-hint">{t("myTrainings.feed.howTo")}</p>
          <p>
            <a href={feedUrl.replace(/^https?:/, "webcal:")}>{t("myTrainings.feed.open")}</a>
          </p>
        </div>
      ) : feed ? (
        <>
          <p>{t("myTrainings.feed.on", { date: feed.since })}</p>
          <p>{t("myTrainings.feed.lost")}</p>
        </>
      ) : null}
      <div className="card-actions">
        <Form method="post">
          <input type="hidden" name="intent" value="feed" />
          <button type="submit" className={feed || feedUrl ? "secondary" : "primary"}>
            {t(feed || feedUrl ? "myTrainings.feed.rotate" : "myTrainings.feed.create")}
          </button>
        </Form>
        {feed || feedUrl ? (
          <ConfirmAction
            label={t("myTrainings.feed.stop")}
            explanation={t("myTrainings.feed.stopExplain")}
            confirmLabel={t("myTrainings.feed.stopConfirm")}
            fields={{ intent: "feed-stop" }}
          />
        ) : null}
      </div>
    </section>
  );
}

export default function MyTrainings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state } = useFormState<TrainingsState>(actionData);
  const { upcoming, earlier, done, notice } = loaderData;
  const cardError = state?.form && !upcoming.some((row) => row.id === state.form) ? state.formError : undefined;
  return (
    <MyTrainingsPage title={t("myTrainings.title")}>
      <p className="lede">{t("myTrainings.lede")}</p>
      {!state && notice ? <Notice>{t(`myTrainings.notice.${notice}`)}</Notice> : null}
      {!state && done ? (
        <Notice>{t(`myTrainings.done.${done.status}`, { position: done.position, hours: done.hours })}</Notice>
      ) : null}
      {cardError || (state?.formError && !state.form) ? (
        <div className="error-summary" role="alert">
          <p>{cardError ?? state?.formError}</p>
        </div>
      ) : null}

      <section aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t("myTrainings.upcoming")}</h2>
        {upcoming.length === 0 ? (
          <div className="card empty-state">
            <p>{t("myTrainings.empty")}</p>
            <p>
              <Link className="button" to="/trainings">
                {t("myTrainings.empty.find")}
              </Link>
            </p>
          </div>
        ) : (
          <ul className="my-training-list">
            {upcoming.map((row) => (
              <UpcomingTraining key={row.id} row={row} hubContactEmail={loaderData.hubContactEmail} state={state} />
            ))}
          </ul>
        )}
      </section>

      <CalendarFeed feed={loaderData.feed} feedUrl={state?.feedUrl} />

      {earlier.length > 0 ? (
        <section aria-labelledby="earlier-title">
          <h2 id="earlier-title">{t("myTrainings.earlier")}</h2>
          <ul className="my-training-list earlier">
            {earlier.map((row) => (
              <li key={row.id} className="my-training-past">
                <h3 id={`past-${row.id}`}>
                  <Link to={`/trainings/${row.sessionId}`}>{row.title}</Link>
                </h3>
                {row.result ? (
                  <Outcome row={row} hubContactEmail={loaderData.hubContactEmail} />
                ) : (
                  <>
                    <p>
                      <StatusPill status={row.status} /> <span className="muted">{row.dates}</span>
                    </p>
                    {row.sessionCancelled ? <p className="muted">{t("myTrainings.sessionCancelled")}</p> : null}
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </MyTrainingsPage>
  );
}
