// The partner admin's pages: the organization's profile, its staff's registrations, and registering staff as a group.
import { SubNav, type SubNavLink } from "../../../components/sub-nav.tsx";

const areas: readonly SubNavLink[] = [
  { to: "/partner", key: "roster.partnerNav.organization", end: true },
  { to: "/partner/registrations", key: "roster.partnerNav.registrations" },
  { to: "/partner/register", key: "roster.partnerNav.register" },
  // — partners —
  { to: "/partner/staff", key: "partners.nav.staff" },
  { to: "/partner/directory", key: "partners.nav.directory" },
];

export function PartnerNav() {
  return <SubNav label="roster.partnerNav.label" links={areas} />;
}
