// The header: hub name, quick exit, support link, language switch and navigation for this person's roles.
import { Form, NavLink, useLocation } from "react-router";
import { useHubName, useRootData } from "./root-data.ts";
import { useLocale, useT } from "./i18n.tsx";

export const QUICK_EXIT_URL = "https://www.weather.gov/";

export function SiteHeader() {
  const root = useRootData();
  const hubName = useHubName();
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const returnTo = location.pathname + location.search;
  const viewer = root?.viewer;
  return (
    <header className="site-header">
      <div className="utility-bar">
        <a className="support-link" href="/support">
          {t("shell.supportNow")}
        </a>
        <Form method="post" action="/language" className="language-form" reloadDocument>
          <input type="hidden" name="locale" value={locale === "en" ? "es" : "en"} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <button type="submit" className="link-button" lang={locale === "en" ? "es" : "en"}>
            {t("shell.language.switchTo")}
          </button>
        </Form>
        <a
          className="quick-exit"
          id="quick-exit"
          href={QUICK_EXIT_URL}
          rel="noreferrer"
          title={t("shell.quickExitHint")}
        >
          {t("shell.quickExit")}
        </a>
      </div>
      <div className="brand-row">
        <a className="brand" href="/">
          {root?.hub.logoUrl ? (
            <img src={root.hub.logoUrl} alt="" width={40} height={40} />
          ) : (
            <span className="brand-mark" aria-hidden="true" />
          )}
          <span>{hubName}</span>
        </a>
        <nav aria-label={t("shell.nav.label")} className="main-nav">
          <ul>
            <li>
              <NavLink to="/" end>
                {t("shell.nav.home")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/trainings">{t("catalog.nav")}</NavLink>
            </li>
            <li>
              <NavLink to="/learn">{t("shell.nav.learn")}</NavLink>
            </li>
            {viewer?.sections.includes("trainer") ? (
              <li>
                <NavLink to="/trainer">{t("attendance.nav")}</NavLink>
              </li>
            ) : null}
            {viewer?.sections.includes("partner") ? (
              <li>
                <NavLink to="/partner">{t("shell.nav.partner")}</NavLink>
              </li>
            ) : null}
            {viewer?.sections.includes("admin") ? (
              <li>
                <NavLink to="/admin">{t("shell.nav.admin")}</NavLink>
              </li>
            ) : null}
            {viewer ? (
              <>
                <li>
                  <NavLink to="/my/trainings">{t("myTrainings.nav")}</NavLink>
                </li>
                {/* — journal — */}
                <li>
                  <NavLink to="/my/journal">{t("journal.nav")}</NavLink>
                </li>
                {/* — circles — */}
                <li>
                  <NavLink to="/circles">{t("circles.nav")}</NavLink>
                </li>
                <li>
                  <NavLink to="/account">{t("shell.nav.account")}</NavLink>
                </li>
                <li>
                  <Form method="post" action="/sign-out">
                    <button type="submit" className="link-button">
                      {t("shell.nav.signOut")}
                    </button>
                  </Form>
                </li>
              </>
            ) : (
              <>
                <li>
                  <NavLink to="/sign-in">{t("shell.nav.signIn")}</NavLink>
                </li>
                <li>
                  <NavLink to="/sign-up">{t("shell.nav.signUp")}</NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
