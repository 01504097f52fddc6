// The page shell every route shares: language, skip link, quick exit, navigation by role, support link, footer.
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useRouteError,
  type LinksFunction,
} from "react-router";
import type { Route } from "./+types/root";
import stylesHref from "./styles/app.css?url";
import { enforceRouteAccess, refuseMalformedAddress } from "./route-access.ts";
import { appContext } from "./request-context.ts";
import { I18nProvider, useT } from "./components/i18n.tsx";
import { useDocumentLocale, useNonce } from "./components/nonce.tsx";
import { SiteHeader } from "./components/site-header.tsx";
import { SiteFooter } from "./components/site-footer.tsx";
import { useHubName, useRootData } from "./components/root-data.ts";
import { navigationSections } from "#core/access.ts";
import { DEFAULT_ACCENT } from "#core/theme-colors.ts";
import { readHubSettingsForPages } from "#features/hub/hub-settings.ts";

export const middleware: Route.MiddlewareFunction[] = [refuseMalformedAddress, enforceRouteAccess];

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  // The hub's accent colour from settings, after the main stylesheet so its variables win.
  { rel: "stylesheet", href: "/theme.css" },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ context }: Route.LoaderArgs) {
  const { services, viewer, locale, timeZone } = appContext(context);
  const hub = await readHubSettingsForPages(services.db);
  return {
    locale,
    timeZone,
    demo: services.config.demo,
    hub: { name: hub.name, tagline: hub.tagline, logoUrl: hub.logoUrl, accentColor: hub.accentColor },
    viewer: viewer ? { name: viewer.name, sections: navigationSections(viewer) } : null,
  };
}

export type RootData = Awaited<ReturnType<typeof loader>>;

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
        <script src="/quick-exit.js" defer nonce={nonce} />
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

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const t = useT();
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
    <div className="page narrow">
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <a className="button" href="/">
          {t("errors.backHome")}
        </a>
      </p>
    </div>
  );
}
