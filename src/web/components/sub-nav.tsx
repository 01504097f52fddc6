// A row of links between the pages of one area (an account, the admin pages), the current one marked. A long row can
// fold into a disclosure on phones (`foldOnPhones`), so the page's own content starts on the first screen.
import { NavLink, matchPath, useLocation } from "react-router";
import type { MessageKey } from "#i18n/translate.ts";
import { useT } from "./i18n.tsx";

export type SubNavLink = { to: string; key: MessageKey; end?: boolean };

function LinkList({ links }: { links: readonly SubNavLink[] }) {
  const t = useT();
  return (
    <ul>
      {links.map((link) => (
        <li key={link.to}>
          <NavLink to={link.to} end={link.end ?? false}>
            {t(link.key)}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

export function SubNav({
  label,
  links,
  foldOnPhones = false,
}: {
  label: MessageKey;
  links: readonly SubNavLink[];
  /** Fold the links behind a "<area>: <current page>" summary on narrow screens; the wide row is unchanged. */
  foldOnPhones?: boolean;
}) {
  const t = useT();
  const { pathname } = useLocation();
  if (!foldOnPhones) {
    return (
      <nav className="sub-nav" aria-label={t(label)}>
        <LinkList links={links} />
      </nav>
    );
  }
  // The same match NavLink makes, so the summary names the link marked as current.
  const current = links.find((link) => matchPath({ path: link.to, end: link.end ?? false }, pathname));
  // Two copies of the list, one shown per width by CSS (display: none keeps the other out of the accessibility tree and
  // the tab order). A closed <details> hides its content at every width, so one folding list cannot also be the row.
  return (
    <nav className="sub-nav sub-nav-folding" aria-label={t(label)}>
      <div className="sub-nav-row">
        <LinkList links={links} />
      </div>
      <details className="sub-nav-fold">
        <summary>
          <span className="sub-nav-fold-label">{t(label)}</span>
          {current ? <span className="sub-nav-fold-current">{t(current.key)}</span> : null}
        </summary>
        <LinkList links={links} />
      </details>
    </nav>
  );
}
