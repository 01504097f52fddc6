// The footer: what the hub stands for, and links to privacy, support and (for the people who use it) the API reference.
import { useT } from "./i18n.tsx";
import { useHubName, useRootData } from "./root-data.ts";

export function SiteFooter() {
  const t = useT();
  const hubName = useHubName();
  const developer = useRootData()?.viewer?.developer ?? false;
  return (
    <footer className="site-footer">
      <p>{t("shell.footer.tagline")}</p>
      <ul>
        <li>
          <a href="/support">{t("shell.supportNow")}</a>
        </li>
        <li>
          <a href="/privacy">{t("shell.footer.privacy")}</a>
        </li>
        {developer ? (
          <li>
            <a href="/api/docs">{t("shell.footer.api")}</a>
          </li>
        ) : null}
      </ul>
      <p className="muted">{hubName}</p>
    </footer>
  );
}
