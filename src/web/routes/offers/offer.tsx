// /offers/:token: the page an offer email's link opens. Reading it changes nothing (mail scanners open links); the button acts once.
import { Form, Link } from "react-router";
import type { Route } from "./+types/offer";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import type { Locale } from "#core/locale.ts";
import { fullDateTime, meetingTime } from "#i18n/format.ts";
import { localized } from "#i18n/localized.ts";
import { actorOf } from "#web/form-state.server.ts";
import { sessionLocation, type CalendarSession } from "#features/calendar/session-calendar.ts";
import { MY_TRAININGS_PATH } from "#features/registration/notice-mail.ts";
import { readOfferLink, redeemOfferLink, type OfferLinkView } from "#features/registration/offer-links.ts";
import { Detail } from "../../components/detail.tsx";
import { SubmitButton } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { LocalizedText } from "../../components/localized-text.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";

export const handle: RouteHandle = { access: "public" };

export const meta: Route.MetaFunction = ({ matches }) => [
  ...pageTitle(matches, "notices.offerPage.title"),
  { name: "robots", content: "noindex" },
];

/** What the page shows of a session: its title, schedule and place, already written in the person's zone. Never the join link. */
type SessionSummary = { title: string; schedule: string[]; where: string };

function summarize(session: CalendarSession, locale: Locale, timeZone: string): SessionSummary {
  return {
    title: localized(session.title, locale),
    schedule: session.meetings.map((meeting) => meetingTime(locale, timeZone, meeting)),
    where: sessionLocation(session, locale),
  };
}

type Closed = { state: "used" | "expired" | "closed" | "unknown"; title: string | null };

function closedState(view: OfferLinkView, locale: Locale): Closed {
  return {
    state: view.state === "open" ? "used" : view.state,
    title: view.state === "unknown" ? null : localized(view.session.title, locale),
  };
}

export async function loader({ params, context }: Route.LoaderArgs) {
  const { services, locale } = appContext(context);
  const view = await readOfferLink(services.db, { token: params.token, now: services.now() });
  if (view.state !== "open") return { view: closedState(view, locale), myTrainings: MY_TRAININGS_PATH };
  return {
    myTrainings: MY_TRAININGS_PATH,
    view: {
      state: "open" as const,
      action: view.action,
      session: summarize(view.session, locale, view.timeZone),
      deadline: fullDateTime(locale, view.timeZone, view.deadline),
    },
  };
}

export async function action({ params, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const result = await redeemOfferLink(
    ctx.services,
    { token: params.token },
    { ...actorOf(ctx), label: ctx.viewer?.email ?? "offer link" },
  );
  if (result.outcome === "accepted") {
    const { session } = result;
    return {
      result: {
        outcome: "accepted" as const,
        session: summarize(session, ctx.locale, result.timeZone),
        // The person holds a confirmed seat now, which is what the join details are for.
        joinUrl: session.joinUrl,
        joinDetails:
          session.joinDetails || session.joinDetailsEs
            ? { en: session.joinDetails ?? "", es: session.joinDetailsEs ?? "" }
            : null,
      },
    };
  }
  if (result.outcome === "declined")
    return { result: { outcome: "declined" as const, title: localized(result.session.title, ctx.locale) } };
  return { result: { outcome: "closed" as const, closed: closedState(result.view, ctx.locale) } };
}

function SessionFacts({ session }: { session: SessionSummary }) {
  const t = useT();
  return (
    <dl className="details card">
      <Detail term={t("notices.detail.training")}>{session.title}</Detail>
      <Detail term={t("notices.offerPage.schedule")}>
        {session.schedule.length === 1 ? (
          session.schedule[0]
        ) : (
          <ol className="plain-list">
            {session.schedule.map((when) => (
              <li key={when}>{when}</li>
            ))}
          </ol>
        )}
      </Detail>
      {session.where ? <Detail term={t("notices.detail.where")}>{session.where}</Detail> : null}
    </dl>
  );
}

function ClosedPage({ closed, myTrainings }: { closed: Closed; myTrainings: string }) {
  const t = useT();
  const text = {
    used: ["notices.offerPage.used.title", "notices.offerPage.used.body"],
    expired: ["notices.offerPage.expired.title", "notices.offerPage.expired.body"],
    closed: ["notices.offerPage.closed.title", "notices.offerPage.closed.body"],
    unknown: ["notices.offerPage.unknown.title", "notices.offerPage.unknown.body"],
  } as const;
  const [title, body] = text[closed.state];
  return (
    <div className="page narrow">
      <h1>{t(title)}</h1>
      <p className="lede">{t(body, { title: closed.title ?? "" })}</p>
      <p className="actions">
        <Link className="button" to={myTrainings}>
          {t("notices.offerPage.myTrainings")}
        </Link>
        <Link className="button secondary" to="/trainings">
          {t("notices.offerPage.trainings")}
        </Link>
      </p>
    </div>
  );
}

export default function Offer({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const result = actionData?.result;
  const { myTrainings } = loaderData;
  if (result?.outcome === "accepted") {
    return (
      <div className="page narrow">
        <h1>{t("notices.offerPage.accepted.title")}</h1>
        <p className="lede" role="status">
          {t("notices.offerPage.accepted.body", { title: result.session.title })}
        </p>
        <SessionFacts session={result.session} />
        {result.joinUrl || result.joinDetails ? (
          <section className="card" aria-labelledby="join-title">
            <h2 id="join-title">{t("notices.offerPage.join.title")}</h2>
            {result.joinUrl ? (
              <p>
                <a href={result.joinUrl} className="break-anywhere">
                  {result.joinUrl}
                </a>
              </p>
            ) : null}
            {result.joinDetails ? <LocalizedText as="p" className="pre-line" text={result.joinDetails} /> : null}
          </section>
        ) : null}
        <p className="actions">
          <Link className="button" to={myTrainings}>
            {t("notices.offerPage.myTrainings")}
          </Link>
        </p>
      </div>
    );
  }
  if (result?.outcome === "declined") {
    return (
      <div className="page narrow">
        <h1>{t("notices.offerPage.declined.title")}</h1>
        <p className="lede" role="status">
          {t("notices.offerPage.declined.body", { title: result.title })}
        </p>
        <p className="actions">
          <Link className="button" to="/trainings">
            {t("notices.offerPage.trainings")}
          </Link>
        </p>
      </div>
    );
  }
  if (result?.outcome === "closed") return <ClosedPage closed={result.closed} myTrainings={myTrainings} />;

  const view = loaderData.view;
  if (view.state !== "open") return <ClosedPage closed={view} myTrainings={myTrainings} />;
  const accepting = view.action === "accept";
  return (
    <div className="page narrow">
      <h1>{t("notices.offerPage.title")}</h1>
      <p className="lede">
        {t(accepting ? "notices.offerPage.accept.lede" : "notices.offerPage.decline.lede", {
          title: view.session.title,
        })}
      </p>
      <p>{t("notices.offerPage.deadline", { deadline: view.deadline })}</p>
      <SessionFacts session={view.session} />
      <Form method="post">
        <SubmitButton>
          {t(accepting ? "notices.offerPage.accept.button" : "notices.offerPage.decline.button")}
        </SubmitButton>
      </Form>
      <p className="muted">{t("notices.offerPage.changeMind")}</p>
    </div>
  );
}
