// The public catalog: find a training by words and filters (a plain GET form that works without JavaScript), soonest first.
import { useMemo } from "react";
import type { Route } from "./+types/trainings";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { flag, oneOf } from "#web/search-params.ts";
import { courseForms, sessionFormats } from "#core/catalog.ts";
import { locales } from "#core/locale.ts";
import { MAX_QUERY_LENGTH } from "#features/catalog/search-sessions.ts";
import { pageDescription, pageTitle } from "../public/lib/page-meta.ts";
import catalogStyles from "../../styles/catalog.css?url";
import { freshCatalogPage } from "./lib/catalog-page-cache.server.ts";
import { catalogPage } from "./lib/catalog-page.server.tsx";

// Nothing personal on this page: visitors who are not signed in may get a copy at most 2 seconds old (seat counts included).
export const handle: RouteHandle = { access: "public", sharedCacheSeconds: 2 };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: catalogStyles }];

export const meta: Route.MetaFunction = ({ matches }) => [
  ...pageTitle(matches, "catalog.title"),
  ...pageDescription(matches, "catalog.description"),
];

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, locale, timeZone } = appContext(context);
  const url = new URL(request.url);
  const params = url.searchParams;
  const search = {
    q: (params.get("q") ?? "").trim().slice(0, MAX_QUERY_LENGTH),
    form: oneOf(courseForms, params.get("form")),
    format: oneOf(sessionFormats, params.get("format")),
    language: oneOf(locales, params.get("language")),
    month: MONTH.test(params.get("month") ?? "") ? params.get("month")! : null,
    seats: flag(url, "seats"),
    // The filters' disclosure stays open after its own button was used (the button sends filters=open).
    filtersOpen: params.get("filters") === "open",
    page: Math.min(Math.max(1, Math.trunc(Number(params.get("page"))) || 1), 10_000),
  };
  // Only what was chosen, in a fixed order: the key of the cached page and the query its page links keep.
  const query: Record<string, string> = {};
  if (search.q) query.q = search.q;
  if (search.form) query.form = search.form;
  if (search.format) query.format = search.format;
  if (search.language) query.language = search.language;
  if (search.month) query.month = search.month;
  if (search.seats) query.seats = "1";
  if (search.filtersOpen) query.filters = "open";
  const page = await freshCatalogPage(JSON.stringify([locale, timeZone, query, search.page]), () =>
    catalogPage(services.db, { search, query, now: services.now(), locale, timeZone }),
  );
  return { html: page.html };
}

/**
 * The content is the same for everyone with the same search, language and time zone, so the server renders it to HTML
 * once every few seconds and every visitor in between gets that copy: the cards, form and page links cost no React
 * rendering per request. Nothing in it is personal (the session page shows each person's own registration).
 */
export default function Trainings({ loaderData }: Route.ComponentProps) {
  // One object per HTML string: React writes innerHTML again whenever this object changes, which would throw away what a
  // person already typed or chose in the search form (and where the focus was) when the page re-renders after hydrating.
  const html = useMemo(() => ({ __html: loaderData.html }), [loaderData.html]);
  return <div className="page catalog" dangerouslySetInnerHTML={html} />;
}
