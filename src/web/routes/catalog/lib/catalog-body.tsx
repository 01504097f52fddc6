// The catalog page's content: search form, result cards and page links. Rendered to plain HTML on the server, once per
// search, language and time zone every few seconds (see catalog-page.server.tsx), so it uses no hooks and no router links.
import { courseForms, sessionFormats } from "#core/catalog.ts";
import { languageNames, locales } from "#core/locale.ts";
import type { Translate } from "#i18n/translate.ts";
import { MAX_QUERY_LENGTH } from "#features/catalog/search-sessions.ts";
import { formKeys, formatLabel } from "./session-wording.ts";

export type CatalogFilters = {
  q: string;
  form: string | null;
  format: string | null;
  language: string | null;
  month: string | null;
  seats: boolean;
  /** The filters' disclosure was open when the search was sent. */
  filtersOpen: boolean;
};

export type CatalogCard = {
  id: string;
  title: string;
  form: string;
  dates: string;
  starts: string;
  where: string;
  language: string;
  languageTag: string;
  seats: string;
  open: boolean;
  price: string;
};

export type CatalogBodyProps = {
  t: Translate;
  filters: CatalogFilters;
  query: Record<string, string>;
  filtered: boolean;
  months: { value: string; label: string }[];
  cards: CatalogCard[];
  total: number;
  page: number;
  pageCount: number;
};

/** "Page 2 of 7" with previous and next links that keep the search (the shared Pagination needs the router). */
function PageLinks({
  t,
  page,
  pageCount,
  query,
}: {
  t: Translate;
  page: number;
  pageCount: number;
  query: Record<string, string>;
}) {
  if (pageCount <= 1) return null;
  const href = (target: number) => `/trainings?${new URLSearchParams({ ...query, page: String(target) }).toString()}`;
  return (
    <nav className="pagination" aria-label={t("catalog.pagination.label")}>
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {t("admin.pagination.previous")}
        </a>
      ) : null}
      <span>{t("admin.pagination.pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <a href={href(page + 1)} rel="next">
          {t("admin.pagination.next")}
        </a>
      ) : null}
    </nav>
  );
}

export function CatalogBody({ t, filters, query, filtered, months, cards, total, page, pageCount }: CatalogBodyProps) {
  const chosen = [filters.form, filters.format, filters.language, filters.month, filters.seats ? "seats" : null].filter(
    Boolean,
  ).length;
  return (
    <>
      <h1>{t("catalog.title")}</h1>
      <p className="lede">{t("catalog.lede")}</p>

      {/* A plain GET form: the same with or without JavaScript, and the address can be shared or bookmarked. Results come
          first on a phone: one line to search, and the filters behind a disclosure that stays open once it was used. */}
      <form
        method="get"
        action="/trainings"
        className="catalog-search-form"
        role="search"
        aria-label={t("catalog.filters.label")}
      >
        <div className="catalog-search">
          <label htmlFor="catalog-q">{t("catalog.search.label")}</label>
          <input
            id="catalog-q"
            type="search"
            name="q"
            defaultValue={filters.q}
            maxLength={MAX_QUERY_LENGTH}
            aria-describedby="catalog-q-hint"
          />
          <button type="submit" className="primary">
            {t("catalog.search.submit")}
          </button>
          <p className="field-hint catalog-search-hint" id="catalog-q-hint">
            {t("catalog.search.hint")}
          </p>
        </div>
        <details className="catalog-more" open={filters.filtersOpen}>
          <summary>
            {chosen > 0 ? t("catalog.filters.summaryChosen", { count: chosen }) : t("catalog.filters.summary")}
          </summary>
          <div className="catalog-filters">
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
                {months.map((month) => (
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
              {/* Only this button sends filters=open, so the disclosure is still open on the page it leads to. */}
              <button type="submit" className="primary" name="filters" value="open">
                {t("catalog.filters.submit")}
              </button>
              {filtered ? <a href="/trainings">{t("catalog.filters.clear")}</a> : null}
            </div>
          </div>
        </details>
      </form>

      <h2 className="catalog-count" id="results-title">
        {t("catalog.results.count", { total: total })}
      </h2>
      {cards.length === 0 ? (
        <div className="card catalog-empty">
          <p>{filtered ? t("catalog.empty.filtered") : t("catalog.empty.none")}</p>
          {filtered ? (
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
      <PageLinks t={t} page={page} pageCount={pageCount} query={query} />
    </>
  );
}
