// The frame of a person's own account pages: the sub-navigation between them, and a narrow column for a form page.
import type { ReactNode } from "react";
import { useLocation } from "react-router";
import { SubNav, type SubNavLink } from "../../../components/sub-nav.tsx";
import { useRootData } from "../../../components/root-data.ts";

const TOKENS_PATH = "/account/tokens";

const pages: readonly SubNavLink[] = [
  { to: "/account", key: "account.nav.profile", end: true },
  { to: "/account/email", key: "account.nav.email" },
  { to: "/account/password", key: "account.nav.password" },
  { to: TOKENS_PATH, key: "account.nav.tokens" },
  // — partners —
  { to: "/account/partners", key: "partners.nav.mine" },
  // — impact (issue 12) —
  { to: "/account/county", key: "impact.county.nav" },
  // — privacy (issue 14) —
  { to: "/account/privacy", key: "privacy.nav" },
];

/** The API tokens tab is for the people who run integrations (admins); others reach it from "Advanced" on the profile. */
export function AccountNav() {
  const developer = useRootData()?.viewer?.developer ?? false;
  const onTokens = useLocation().pathname === TOKENS_PATH;
  const links = developer || onTokens ? pages : pages.filter((page) => page.to !== TOKENS_PATH);
  return <SubNav label="account.nav.label" links={links} />;
}

/** One account form page: the sub-navigation, then the page's heading and content in a readable column. */
export function AccountFormPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="page">
      <AccountNav />
      <div className="narrow">
        <h1>{title}</h1>
        {children}
      </div>
    </div>
  );
}
