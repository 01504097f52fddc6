// The page shell every route shares: language, skip link, quick exit, navigation by role, support link, footer.
import {
  Form,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useRouteError,
  useLocation,
  useMatches,
  useNavigation,
  type LinksFunction,
} from "react-router";
import { useEffect, useRef } from "react";
import type { Route } from "./+types/root";
import stylesHref from "./styles/app.css?url";
import { enforceRouteAccess, refuseMalformedAddress } from "./route-access.ts";
import { I18nProvider, useT } from "./components/i18n.tsx";
import { useDocumentLocale, useNonce } from "./components/nonce.tsx";
import { SiteHeader } from "./components/site-header.tsx";
import { SiteFooter } from "./components/site-footer.tsx";
import type { RouteHandle } from "./route-handle.ts";
import { useHubName, useRootData } from "./components/root-data.ts";
import { DEFAULT_ACCENT, themeHref } from "#core/theme-colors.ts";
import { loadShellData, type ShellData } from "./shell-data.server.ts";

export const middleware: Route.MiddlewareFunction[] = [refuseMalformedAddress, enforceRouteAccess];

// Built into /assets/ with its content hash in the name, so it can be cached for a year and still change on release.
import quickExitHref from "./quick-exit.js?url&no-inline";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ context }: Route.LoaderArgs) {
  return loadShellData(context);
}

export type RootData = ShellData;

export { useHubName, useRootData };

export function Layout({ children }: { children: React.ReactNode }) {
  const root = useRootData();
  const nonce = useNonce();
  const documentLocale = useDocumentLocale();
  const locale = root?.locale ?? documentLocale.locale;
  const accent = root?.hub.accentColor ?? DEFAULT_ACCENT;
  return (
    <html lang={locale} dir="ltr" data-accent={accent}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <Meta />
        <Links />
        {/* The hub's accent colour from settings, after the main stylesheet so its variables win; the colour is in the
            address, so the stylesheet is cached for a year and a new colour is a new address. */}
        <link rel="stylesheet" href={themeHref(accent)} nonce={nonce} />
        <script src={quickExitHref} defer nonce={nonce} />
      </head>
      <body>
        <I18nProvider locale={locale} timeZone={root?.timeZone ?? documentLocale.timeZone}>
          <Shell>{children}</Shell>
        </I18nProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function Shell({ children }: { children: React.ReactNode }) {
  const t = useT();
  useFocusMainAfterSending();
  // A page shown to a room (the check-in code) has no header or footer: nothing of the trainer's account is projected.
  const chromeFree = useMatches().some((match) => (match.handle as RouteHandle | undefined)?.chrome === "none");
  if (chromeFree)
    return (
      <main id="main" tabIndex={-1} className="chrome-free">
        {children}
      </main>
    );
  return (
    <>
      <a className="skip-link" href="#main">
        {t("shell.skipToContent")}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}

/**
 * After a form is sent and the page settles, focus belongs to what answers it (the error summary or notice take it
 * themselves, src/web/components/forms.tsx); when nothing on the new page answers and focus fell to <body>, the main
 * content takes it, so the next Tab and the screen reader start from the page, not from the top of the document.
 */
function useFocusMainAfterSending(): void {
  const state = useNavigation().state;
  const sending = useRef(false);
  useEffect(() => {
    if (state === "submitting") sending.current = true;
    else if (state === "idle" && sending.current) {
      sending.current = false;
      const active = document.activeElement;
      if (!active || active === document.body) document.getElementById("main")?.focus({ preventScroll: true });
    }
  }, [state]);
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  const hubName = useHubName();
  const location = useLocation();
  const signedIn = Boolean(useRootData()?.viewer);
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const [title, body] =
    status === 404
      ? [t("errors.notFound.title"), t("errors.notFound.body")]
      : status === 403
        ? [t("errors.forbidden.title"), t("errors.forbidden.body")]
        : status === 503
          ? [t("errors.unavailable.title"), t("errors.unavailable.body")]
          : status >= 400 && status < 500
            ? [t("errors.badRequest.title"), t("errors.badRequest.body")]
            : [t("errors.generic.title"), t("errors.generic.body")];
  return (
    <div className="page narrow error-page">
      {/* No route's meta runs for an error, so the page names itself here (React places it in the head). */}
      <title>{`${title} · ${hubName}`}</title>
      <h1>{title}</h1>
      <p className="lede">{body}</p>
      <h2 className="error-onward-title">{t("errors.onward.title")}</h2>
      <ul className="error-onward">
        <li>
          <a className="button" href="/">
            {t("errors.backHome")}
          </a>
        </li>
        <li>
          <a href="/trainings">{t("errors.onward.catalog")}</a>
        </li>
        {status === 403 && signedIn ? (
          <>
            <li>
              <a href="/my/trainings">{t("errors.onward.myTrainings")}</a>
            </li>
            <li>
              {/* Signing out first, then back to this page: the way to reach it with the account that may. */}
              <Form method="post" action="/sign-out" reloadDocument>
                <input type="hidden" name="next" value={location.pathname + location.search} />
                <button type="submit" className="link-button">
                  {t("errors.onward.otherAccount")}
                </button>
              </Form>
            </li>
          </>
        ) : null}
        <li>
          <a href="/support">{t("errors.onward.support")}</a>
        </li>
      </ul>
    </div>
  );
}
