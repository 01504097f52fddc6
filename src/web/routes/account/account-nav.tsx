// The sub-navigation between a person's own account pages.
import { NavLink } from "react-router";
import { useT } from "../../components/i18n.tsx";

const pages = [
  { to: "/account", key: "account.nav.profile", end: true },
  { to: "/account/email", key: "account.nav.email" },
  { to: "/account/password", key: "account.nav.password" },
  { to: "/account/tokens", key: "account.nav.tokens" },
] as const;

export function AccountNav() {
  const t = useT();
  return (
    <nav className="sub-nav" aria-label={t("account.nav.label")}>
      <ul>
        {pages.map((page) => (
          <li key={page.to}>
            <NavLink to={page.to} end={"end" in page ? page.end : false}>
              {t(page.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
