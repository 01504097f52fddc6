// The hub admin's sub-navigation, on every admin page.
import { NavLink } from "react-router";
import { useT } from "../../components/i18n.tsx";

const areas = [
  { to: "/admin", key: "admin.nav.overview", end: true },
  { to: "/admin/people", key: "admin.nav.people" },
  { to: "/admin/invitations", key: "admin.nav.invitations" },
  { to: "/admin/organizations", key: "admin.nav.organizations" },
  { to: "/admin/audit", key: "admin.nav.audit" },
  { to: "/admin/outbox", key: "admin.nav.outbox" },
  { to: "/admin/settings", key: "admin.nav.settings" },
  { to: "/admin/support-resources", key: "admin.nav.resources" },
] as const;

export function AdminNav() {
  const t = useT();
  return (
    <nav className="sub-nav" aria-label={t("admin.nav.label")}>
      <ul>
        {areas.map((area) => (
          <li key={area.to}>
            <NavLink to={area.to} end={"end" in area ? area.end : false}>
              {t(area.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
