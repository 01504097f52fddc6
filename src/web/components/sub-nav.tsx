// A row of links between the pages of one area (an account, the admin pages), the current one marked.
import { NavLink } from "react-router";
import type { MessageKey } from "#i18n/translate.ts";
import { useT } from "./i18n.tsx";

export type SubNavLink = { to: string; key: MessageKey; end?: boolean };

export function SubNav({ label, links }: { label: MessageKey; links: readonly SubNavLink[] }) {
  const t = useT();
  return (
    <nav className="sub-nav" aria-label={t(label)}>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end ?? false}>
              {t(link.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
