// Builds the catalog page's content for one search: reads the sessions, says each card in the reader's language and
// time zone, and renders the whole body to HTML once, so the many visitors of the next few seconds reuse it.
import { renderToStaticMarkup } from "react-dom/server";
import type { CourseForm, SessionFormat } from "#core/catalog.ts";
import { languageNames, type Locale } from "#core/locale.ts";
import { utcToZoned } from "#core/local-time.ts";
import type { Executor } from "#db/client.ts";
import { translator } from "#i18n/translate.ts";
import { dayRange, monthAndYear, timeWithZone } from "#i18n/format.ts";
import { localized } from "#i18n/localized.ts";
import { searchSessions } from "#features/catalog/search-sessions.ts";
import { CatalogBody, type CatalogCard, type CatalogFilters } from "./catalog-body.tsx";
import { formKeys, formatLabel, priceSummary, seatsText } from "./session-wording.ts";

const MONTHS_AHEAD = 12;

/** This month and the next ones, as the reader's clock counts them: the month filter's choices. */
function monthChoices(now: Date, timeZone: string, locale: Locale): { value: string; label: string }[] {
  const [year, month] = utcToZoned(now, timeZone).date.split("-").map(Number) as [number, number];
  return Array.from({ length: MONTHS_AHEAD }, (_, index) => {
    const midMonth = new Date(Date.UTC(year, month - 1 + index, 15));
    return { value: midMonth.toISOString().slice(0, 7), label: monthAndYear(locale, midMonth) };
  });
}

export type CatalogSearch = CatalogFilters & {
  form: CourseForm | null;
  format: SessionFormat | null;
  language: Locale | null;
  page: number;
};

export async function catalogPage(
  db: Executor,
  input: { search: CatalogSearch; query: Record<string, string>; now: Date; locale: Locale; timeZone: string },
) {
  const { search, locale, timeZone, now } = input;
  const result = await searchSessions(db, {
    q: search.q,
    form: search.form ?? undefined,
    format: search.format ?? undefined,
    language: search.language ?? undefined,
    month: search.month ?? undefined,
    hasSeats: search.seats,
    page: search.page,
    timeZone,
    now,
  });
  const t = translator(locale);
  const cards: CatalogCard[] = result.sessions.map((session) => ({
    id: session.id,
    title: localized(session.course.title, locale),
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
  const html = renderToStaticMarkup(
    <CatalogBody
      t={t}
      filters={search}
      query={input.query}
      filtered={Object.keys(input.query).some((name) => name !== "filters")}
      months={monthChoices(now, timeZone, locale)}
      cards={cards}
      total={result.total}
      page={result.page}
      pageCount={result.pageCount}
    />,
  );
  return { html, total: result.total, page: result.page };
}
