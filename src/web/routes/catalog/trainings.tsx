// The public catalog: find a training by words and filters (a plain GET form that works without JavaScript), soonest first.
import type { Route } from "./+types/trainings";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { flag, oneOf } from "#web/search-params.ts";
import { courseForms, sessionFormats, type CourseForm, type SessionFormat } from "#core/catalog.ts";
import { languageNames, locales, type Locale } from "#core/locale.ts";
import type { Executor } from "#db/client.ts";
import { translator } from "#i18n/translate.ts";
import { inLocale, MAX_QUERY_LENGTH, searchSessions } from "#features/catalog/search-sessions.ts";
import { useT } from "../../components/i18n.tsx";
import { Pagination } from "../../components/pagination.tsx";
import { pageTitle } from "../public/page-meta.ts";
import catalogStyles from "../../styles/catalog.css?url";
import { freshCatalogPage } from "./catalog-page-cache.server.ts";
import { dayRange, formKeys, formatLabel, priceSummary, seatsText, timeWithZone } from "./session-facts.tsx";

export const handle: RouteHandle = { access: "public" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: catalogStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "catalog.title");

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTHS_AHEAD = 12;

/** This month and the next ones, as the reader's clock counts them: the month filter's choices. */
function monthChoices(now: Date, timeZone: string, locale: Locale): { value: string; label: string }[] {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric" }).formatToParts(now);
  const year = Number(parts.find((part) => part.type === "year")?.value);
  const month = Number(parts.find((part) => part.type === "month")?.value);
  const label = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
  return Array.from({ length: MONTHS_AHEAD }, (_, index) => {
    const first = new Date(Date.UTC(year, month - 1 + index, 15));
    return { value: first.toISOString().slice(0, 7), label: label.format(first) };
  });
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, locale, timeZone } = appContext(context);
  const url = new URL(request.url);
  const params = url.searchParams;
  const filters = {
    q: (params.get("q") ?? "").trim().slice(0, MAX_QUERY_LENGTH),
    form: oneOf(courseForms, params.get("form")),
    format: oneOf(sessionFormats, params.get("format")),
    language: oneOf(locales, params.get("language")),
    month: MONTH.test(params.get("month") ?? "") ? params.get("month")! : null,
    seats: flag(url, "seats"),
  };
  const page = Math.min(Math.max(1, Math.trunc(Number(params.get("page"))) || 1), 10_000);
  const query: Record<string, string> = {};
  if (filters.q) query.q = filters.q;
  if (filters.form) query.form = filters.form;
  if (filters.format) query.format = filters.format;
  if (filters.language) query.language = filters.language;
  if (filters.month) query.month = filters.month;
  if (filters.seats) query.seats = "1";
  const listing = await freshCatalogPage(JSON.stringify([locale, timeZone, query, page]), () =>
    listingFor(services.db, { ...filters, page, now: services.now(), locale, timeZone }),
  );
  return { filters, query, maxQueryLength: MAX_QUERY_LENGTH, filtered: Object.keys(query).length > 0, ...listing };
}

/** The cards of one page of results, said once here on the server in the reader's language and time zone. */
async function listingFor(
  db: Executor,
  input: { q: string; form: CourseForm | null; format: SessionFormat | null; language: Locale | null; month: string | null; seats: boolean; page: number; now: Date; locale: Locale; timeZone: string },
) {
  const { locale, timeZone } = input;
  const result = await searchSessions(db, {
    q: input.q,
    form: input.form ?? undefined,
    format: input.format ?? undefined,
    language: input.language ?? undefined,
    month: input.month ?? undefined,
    hasSeats: input.seats,
    page: input.page,
    timeZone,
    now: input.now,
  });
  const t = translator(locale);
  const cards = result.sessions.map((session) => ({
    id: session.id,
    title: inLocale(session.course.title, locale),
    form: t(formKeys[session.course.form]),
    dates: dayRange(locale, timeZone, session.startsAt, session.endsAt),
    starts: t("catalog.card.starts", { time: timeWithZone(locale, timeZone, session.startsAt) }),
    where:
      session.format !== "online" && session.venueName
        ? t("catalog.card.formatAt", { format: formatLabel(t, session.format), place: session.venueName })
        : formatLabel(t, session.format),
    language: languageNames[session.language],
    languageTag: session.language,
    seats: seatsText(t, session.seats, session.window),
    open: session.window === "open" && session.seats.available > 0,
    price: priceSummary(t, locale, session.priceTiers, session.currency),
  }));
  return { months: monthChoices(input.now, timeZone, locale), cards, total: result.total, page: result.page, pageCount: result.pageCount };
}

export default function Trainings({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { filters, cards } = loaderData;
  return (
    <div className="page catalog">
      <h1>{t("catalog.title")}</h1>
      <p className="lede">{t("catalog.lede")}</p>

      {/* A plain GET form: the same with or without JavaScript, and the address can be shared or bookmarked. */}
      <form method="get" action="/trainings" className="catalog-filters" role="search" aria-label={t("catalog.filters.label")}>
        <div className="field catalog-search">
          <label htmlFor="catalog-q">{t("catalog.search.label")}</label>
          <p className="field-hint" id="catalog-q-hint">
            {t("catalog.search.hint")}
          </p>
          <input id="catalog-q" type="search" name="q" defaultValue={filters.q} maxLength={loaderData.maxQueryLength} aria-describedby="catalog-q-hint" />
        </div>
        <div className="field">
          <label htmlFor="catalog-form">{t("catalog.filters.form")}</label>
          <select id="catalog-form" name="form" defaultValue={filters.form ?? ""}>
            <option value="">{t("catalog.filters.anyForm")}</option>
            {courseForms.map((form) => (
              <option key={form} value={form}>
                {t(formKeys[form])}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="catalog-format">{t("catalog.filters.format")}</label>
          <select id="catalog-format" name="format" defaultValue={filters.format ?? ""}>
            <option value="">{t("catalog.filters.anyFormat")}</option>
            {sessionFormats.map((format) => (
              <option key={format} value={format}>
                {formatLabel(t, format)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="catalog-language">{t("catalog.filters.language")}</label>
          <select id="catalog-language" name="language" defaultValue={filters.language ?? ""}>
            <option value="">{t("catalog.filters.anyLanguage")}</option>
            {locales.map((language) => (
              <option key={language} value={language} lang={language}>
                {languageNames[language]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="catalog-month">{t("catalog.filters.month")}</label>
          <select id="catalog-month" name="month" defaultValue={filters.month ?? ""}>
            <option value="">{t("catalog.filters.anyMonth")}</option>
            {loaderData.months.map((month) => (
              <option key={month.value} value={month.value}>
                {month.label}
              </option>
            ))}
          </select>
        </div>
        <div className="checkbox catalog-seats">
          <input type="checkbox" id="catalog-seats" name="seats" value="1" defaultChecked={filters.seats} />
          <label htmlFor="catalog-seats">{t("catalog.filters.hasSeats")}</label>
        </div>
        <div className="catalog-filter-actions">
          <button type="submit" className="primary">
            {t("catalog.filters.submit")}
          </button>
          {loaderData.filtered ? <a href="/trainings">{t("catalog.filters.clear")}</a> : null}
        </div>
      </form>

      <h2 className="catalog-count" id="results-title">
        {t("catalog.results.count", { total: loaderData.total })}
      </h2>
      {cards.length === 0 ? (
        <div className="card catalog-empty">
          <p>{loaderData.filtered ? t("catalog.empty.filtered") : t("catalog.empty.none")}</p>
          {loaderData.filtered ? (
            <p>
              <a href="/trainings">{t("catalog.filters.clear")}</a>
            </p>
          ) : (
            <p>
              <a href="/learn">{t("catalog.empty.learn")}</a>
            </p>
          )}
        </div>
      ) : (
        <ol className="session-cards" aria-labelledby="results-title">
          {cards.map((card) => (
            // Plain links and elements: twelve cards of React Router <Link>s cost more to render than the data costs to read.
            <li key={card.id} className="card session-card">
              <p className="session-form">{card.form}</p>
              <h3>
                <a href={`/trainings/${card.id}`}>{card.title}</a>
              </h3>
              <p className="session-when">
                {card.dates}
                <br />
                <span className="muted">{card.starts}</span>
              </p>
              <p>
                {card.where} · <span lang={card.languageTag}>{card.language}</span>
              </p>
              <p className="session-card-footer">
                <span className={card.open ? "seats seats-open" : "seats"}>{card.seats}</span>
                <span className="price">{card.price}</span>
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={loaderData.page} pageCount={loaderData.pageCount} query={loaderData.query} label={t("catalog.pagination.label")} />
    </div>
  );
}
