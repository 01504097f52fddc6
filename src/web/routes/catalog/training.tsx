// One session's page: when (in the reader's time zone, the session's named), who trains, where, seats, price, what to do first, and one main action.
import { Link } from "react-router";
import type { Route } from "./+types/training";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { orNotFound } from "#web/form-state.server.ts";
import { DEFAULT_HUB_NAME } from "#core/hub-defaults.ts";
import { isLocale } from "#core/locale.ts";
import { isLive } from "#core/registration.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import { dateAndTime, dayRange, longDay, timeRange, zoneName } from "#i18n/format.ts";
import { localized, localizedWithLang } from "#i18n/localized.ts";
import { LocalizedText } from "../../components/localized-text.tsx";
import { showSession } from "#features/catalog/show-session.ts";
import { countSessionView } from "#features/impact/count-session-view.ts";
import { listPublicTrainers } from "#features/trainers/list-trainers.ts";
import { TrainerCard } from "../../components/trainer-card.tsx";
import { trainerCardView } from "../../components/trainer-card.server.ts";
import { Markdown } from "../../components/markdown.tsx";
import { renderMarkdown } from "../../components/markdown.server.ts";
import { Notice } from "../../components/forms.tsx";
import { useLocale, useT } from "../../components/i18n.tsx";
import catalogStyles from "../../styles/catalog.css?url";
import { formKeys, formatLabel, priceLines, seatsText } from "./lib/session-wording.ts";

export const handle: RouteHandle = { access: "public" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: catalogStyles }];

export const meta: Route.MetaFunction = ({ data, matches }) => {
  const root = matches.find((match) => match?.id === "root")?.loaderData as
    { locale?: string; hub?: { name?: string } } | undefined;
  const hub = root?.hub?.name ?? DEFAULT_HUB_NAME;
  if (!data)
    return [{ title: `${translator(isLocale(root?.locale) ? root.locale : "en")("errors.notFound.title")} · ${hub}` }];
  return [
    { title: `${data.title.text} · ${hub}` },
    ...(data.metaDescription ? [{ name: "description", content: data.metaDescription }] : []),
  ];
};

const windowReasons = {
  not_published: "catalog.closed.not_published",
  cancelled: "catalog.closed.cancelled",
  not_yet_open: "catalog.closed.not_yet_open",
  closed: "catalog.closed.closed",
  started: "catalog.closed.started",
} as const satisfies Record<string, MessageKey>;

const registrationKeys = {
  pending_approval: "catalog.mine.pending_approval",
  approved: "catalog.mine.approved",
  confirmed: "catalog.mine.confirmed",
  waitlisted: "catalog.mine.waitlisted",
  offered: "catalog.mine.offered",
  declined: "catalog.mine.ended",
  expired: "catalog.mine.ended",
  cancelled: "catalog.mine.ended",
  denied: "catalog.mine.denied",
  transferred: "catalog.mine.transferred",
  no_show: "catalog.mine.ended",
} as const satisfies Record<string, MessageKey>;

export async function loader({ params, context }: Route.LoaderArgs) {
  const { services, viewer, locale, timeZone } = appContext(context);
  const now = services.now();
  const session = await orNotFound(showSession(services.db, { id: params.id, now }, viewer));
  // — impact (issue 12): the funnel's "viewed" stage, an anonymous count per session and day —
  await countSessionView(services.db, { sessionId: session.id, now });
  // Profiles only of the session's trainers who consented to be shown; the others keep just their name and role.
  const profiles = new Map(
    (await listPublicTrainers(services, { userIds: session.trainers.map((trainer) => trainer.userId) })).map(
      (trainer) => [trainer.userId, trainerCardView(trainer, locale)],
    ),
  );
  const t = translator(locale);
  const otherZone = session.timeZone !== timeZone;
  const mine = session.viewerRegistration;
  const live = mine !== null && isLive(mine.status);

  // The one main action: register, apply or join the line while registration is open and the person has no live place.
  let action: { label: string; explain: string } | null = null;
  let closedReason: string | null = null;
  if (session.status === "completed") closedReason = t("catalog.closed.completed");
  else if (session.window !== "open") {
    const at =
      session.window === "not_yet_open"
        ? session.registrationOpensAt
        : session.window === "closed"
          ? session.registrationClosesAt
          : null;
    closedReason = t(windowReasons[session.window], { date: at ? dateAndTime(locale, timeZone, at) : "" });
  } else if (!live) {
    if (session.course.requiresApproval)
      action = {
        label: t("catalog.action.apply"),
        explain: t(session.seats.available > 0 ? "catalog.action.applyExplain" : "catalog.action.applyFullExplain"),
      };
    else if (session.seats.available > 0)
      action = { label: t("catalog.action.register"), explain: t("catalog.action.registerExplain") };
    else
      action = {
        label: t("catalog.action.waitlist"),
        explain: t("catalog.action.waitlistExplain", { hours: session.offerHoldHours }),
      };
  }

  return {
    id: session.id,
    status: session.status,
    title: localizedWithLang(session.course.title, locale),
    summary: session.course.summary,
    metaDescription: localized(session.course.summary, locale),
    // The description is Markdown, so it cannot go through LocalizedText; its language travels beside it for the lang.
    description: (({ text, lang }) => ({ html: renderMarkdown(text), lang }))(
      localizedWithLang(session.course.description, locale),
    ),
    audience: session.course.audience,
    notes: session.notes,
    form: t(formKeys[session.course.form]),
    contactHours: session.course.contactMinutes / 60,
    dates: dayRange(locale, timeZone, session.startsAt, session.endsAt),
    viewerZone: zoneName(locale, timeZone, session.startsAt),
    sessionZone: otherZone ? zoneName(locale, session.timeZone, session.startsAt) : null,
    meetings: session.meetings.map((meeting) => ({
      id: meeting.id,
      position: meeting.position,
      day: longDay(locale, timeZone, meeting.startsAt),
      times: timeRange(locale, timeZone, meeting.startsAt, meeting.endsAt),
      sessionTimes: otherZone
        ? `${longDay(locale, session.timeZone, meeting.startsAt)}, ${timeRange(locale, session.timeZone, meeting.startsAt, meeting.endsAt)}`
        : null,
    })),
    trainers: session.trainers.map((trainer) => ({
      id: trainer.userId,
      name: trainer.name,
      pronouns: trainer.pronouns?.trim() || null,
      role: trainer.role,
      profile: profiles.get(trainer.userId) ?? null,
    })),
    format: formatLabel(t, session.format),
    online: session.format === "online",
    joinsOnline: session.format !== "in_person",
    language: session.language,
    venueName: session.venueName,
    venueAddress: session.venueAddress,
    accessibilityNotes: session.accessibilityNotes,
    prices: priceLines(t, locale, session.priceTiers, session.currency),
    prerequisites: {
      mode: session.prerequisites.mode,
      titles: session.prerequisites.courses.map((course) => localized(course.title, locale)),
    },
    seats: {
      text: seatsText(t, session.seats, session.window),
      available: session.seats.available,
      capacity: session.seats.capacity,
      waitlisted: session.seats.waitlisted,
    },
    action,
    closedReason,
    cancelReason: session.status === "cancelled" ? session.cancelReason : null,
    mine: mine
      ? {
          text: t(registrationKeys[mine.status], {
            position: mine.waitlistPosition ?? 0,
            until: mine.offerExpiresAt ? dateAndTime(locale, timeZone, mine.offerExpiresAt) : "",
          }),
          live,
        }
      : null,
    join: session.join,
    viewerIsTrainer: session.viewerIsTrainer,
  };
}

export default function Training({ loaderData: s }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="page training-page">
      <p className="breadcrumb">
        <Link to="/trainings">{t("catalog.session.back")}</Link>
      </p>
      {s.status === "draft" ? <Notice standing>{t("catalog.session.draft")}</Notice> : null}
      {s.status === "cancelled" ? (
        <div className="notice notice-warning" role="status">
          <p>{t("catalog.session.cancelled")}</p>
          {s.cancelReason ? <p>{s.cancelReason}</p> : null}
        </div>
      ) : null}
      <p className="session-form">{s.form}</p>
      <h1 lang={s.title.lang === locale ? undefined : s.title.lang}>{s.title.text}</h1>
      <LocalizedText as="p" className="lede" text={s.summary} />

      <div className="training-layout">
        <section className="card training-action" aria-labelledby="register-title">
          <h2 id="register-title">{s.dates}</h2>
          <p className="seats-line">
            <strong>{s.seats.text}</strong>
          </p>
          {s.mine ? <p className={s.mine.live ? "notice" : "muted"}>{s.mine.text}</p> : null}
          {s.action ? (
            <>
              <p>
                <Link className="button" to={`/trainings/${s.id}/register`}>
                  {s.action.label}
                </Link>
              </p>
              <p className="muted">{s.action.explain}</p>
              {/* The teaching language beside the main action, so nobody registers for a training they cannot follow. */}
              <p className="taught-in">
                {t(s.language === "es" ? "catalog.session.taughtInEs" : "catalog.session.taughtInEn")}
              </p>
            </>
          ) : s.closedReason ? (
            <p>{s.closedReason}</p>
          ) : null}
          <p>
            <a href={`/trainings/${s.id}/calendar.ics`} download>
              {t("catalog.session.addToCalendar")}
            </a>
          </p>
        </section>

        <div className="training-details">
          <section aria-labelledby="schedule-title">
            <h2 id="schedule-title">{t("catalog.session.schedule")}</h2>
            <p className="muted">
              {s.sessionZone
                ? t("catalog.session.zones", { viewer: s.viewerZone, session: s.sessionZone })
                : t("catalog.session.zone", { zone: s.viewerZone })}
            </p>
            <ol className="meeting-list">
              {s.meetings.map((meeting) => (
                <li key={meeting.id}>
                  {s.meetings.length > 1 ? (
                    <strong>{t("catalog.session.meeting", { position: meeting.position })} </strong>
                  ) : null}
                  {meeting.day}
                  <br />
                  {meeting.times}
                  {meeting.sessionTimes ? (
                    <>
                      <br />
                      <span className="muted">{t("catalog.session.localTime", { time: meeting.sessionTimes })}</span>
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
            <p>{t("catalog.session.contactHours", { hours: s.contactHours })}</p>
          </section>

          <section aria-labelledby="place-title">
            <h2 id="place-title">{t("catalog.session.place")}</h2>
            <p>
              {s.format} · {t(s.language === "es" ? "catalog.session.taughtInEs" : "catalog.session.taughtInEn")}
            </p>
            {!s.online && s.venueName ? (
              <address>
                {s.venueName}
                {s.venueAddress ? (
                  <>
                    <br />
                    {s.venueAddress}
                  </>
                ) : null}
              </address>
            ) : null}
            {s.join ? (
              <div className="card join-details">
                <h3>{t("catalog.session.join")}</h3>
                {s.join.url ? (
                  <p>
                    <a href={s.join.url} rel="noopener noreferrer">
                      {s.join.url}
                    </a>
                  </p>
                ) : null}
                <LocalizedText
                  as="p"
                  className="pre-line"
                  text={s.join.details}
                  empty={s.join.url ? null : <p className="muted">{t("catalog.session.joinNone")}</p>}
                />
              </div>
            ) : s.joinsOnline ? (
              <p className="muted">{t("catalog.session.joinLater")}</p>
            ) : null}
            <h3>{t("catalog.session.accessibility")}</h3>
            <LocalizedText
              as="p"
              className="pre-line"
              text={s.accessibilityNotes}
              empty={<p className="muted">{t("catalog.session.accessibilityNone")}</p>}
            />
          </section>

          {s.trainers.length ? (
            <section aria-labelledby="trainers-title">
              <h2 id="trainers-title">{t("catalog.session.trainers")}</h2>
              <ul className="plain-list">
                {s.trainers.map((trainer) =>
                  trainer.profile ? (
                    <li key={trainer.id}>
                      <TrainerCard
                        trainer={trainer.profile}
                        heading="h3"
                        role={t(trainer.role === "lead" ? "catalog.session.lead" : "catalog.session.co")}
                      />
                    </li>
                  ) : (
                    <li key={trainer.id}>
                      {trainer.name}
                      {trainer.pronouns ? <span className="pronouns"> ({trainer.pronouns})</span> : null}{" "}
                      <span className="muted">
                        · {t(trainer.role === "lead" ? "catalog.session.lead" : "catalog.session.co")}
                      </span>
                    </li>
                  ),
                )}
              </ul>
            </section>
          ) : null}

          <section aria-labelledby="price-title">
            <h2 id="price-title">{t("catalog.session.price")}</h2>
            <ul className="plain-list">
              {s.prices.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p className="muted">{t("catalog.session.scholarships")}</p>
          </section>

          {s.prerequisites.titles.length ? (
            <section aria-labelledby="before-title">
              <h2 id="before-title">{t("catalog.session.prerequisites")}</h2>
              <p>
                {t(
                  s.prerequisites.mode === "all" || s.prerequisites.titles.length === 1
                    ? "catalog.session.prerequisitesAll"
                    : "catalog.session.prerequisitesAny",
                )}
              </p>
              <ul>
                {s.prerequisites.titles.map((title) => (
                  <li key={title}>{title}</li>
                ))}
              </ul>
              <p className="muted">{t("catalog.session.prerequisitesElsewhere")}</p>
            </section>
          ) : null}

          <section aria-labelledby="about-title">
            <h2 id="about-title">{t("catalog.session.about")}</h2>
            <div lang={s.description.lang === locale ? undefined : s.description.lang}>
              <Markdown html={s.description.html} />
            </div>
            {s.audience.en || s.audience.es ? (
              <>
                <h3>{t("catalog.session.audience")}</h3>
                <LocalizedText as="p" text={s.audience} />
              </>
            ) : null}
            <LocalizedText as="p" className="pre-line" text={s.notes} />
          </section>
        </div>
      </div>
    </div>
  );
}
