// The footer: what the hub stands for, and links to privacy, support and the API reference.
import { useT } from "./i18n.tsx";
import { useHubName } from "./root-data.ts";

export function SiteFooter() {
  const t = useT();
  const hubName = useHubName();
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
        <li>
          <a href="/api/docs">{t("shell.footer.api")}</a>
        </li>
      </ul>
      <p className="muted">{hubName}</p>
    </footer>
  );
}
