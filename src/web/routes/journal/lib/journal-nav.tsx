// The frame of the journal's pages: its sub-navigation and title.
import type { ReactNode } from "react";
import { SubNav, type SubNavLink } from "../../../components/sub-nav.tsx";

const pages: readonly SubNavLink[] = [
  { to: "/my/journal", key: "journal.nav.entries", end: true },
  { to: "/my/journal/intentions", key: "journal.nav.intentions" },
  { to: "/my/journal/over-time", key: "journal.nav.overTime" },
];

export function JournalPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="page journal-page">
      <SubNav label="journal.nav.label" links={pages} />
      <h1>{title}</h1>
      {children}
    </div>
  );
}
