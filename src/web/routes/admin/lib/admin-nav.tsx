// The frame of every admin page: the admin sub-navigation, a way back where there is one, and the page's heading.
import type { ReactNode } from "react";
import { Link } from "react-router";
import { SubNav, type SubNavLink } from "../../../components/sub-nav.tsx";

const areas: readonly SubNavLink[] = [
  { to: "/admin", key: "admin.nav.overview", end: true },
  { to: "/admin/courses", key: "courses.nav.courses" },
  { to: "/admin/sessions", key: "courses.nav.sessions" },
  { to: "/admin/applications", key: "roster.nav.applications" },
  { to: "/admin/scholarships", key: "roster.nav.scholarships" },
  { to: "/admin/prerequisites", key: "roster.nav.prerequisites" },
  { to: "/admin/trusted-issuers", key: "trust.nav" },
  { to: "/admin/outside-hours", key: "certifications.admin.nav" },
  { to: "/admin/credentials", key: "credentials.admin.title" },
  { to: "/admin/trainers", key: "trainers.nav.admin" },
  { to: "/admin/people", key: "admin.nav.people" },
  { to: "/admin/invitations", key: "admin.nav.invitations" },
  { to: "/admin/organizations", key: "admin.nav.organizations" },
  { to: "/admin/sponsored-seats", key: "partners.blocks.admin.nav" },
  { to: "/admin/inhouse", key: "inhouse.admin.nav" },
  { to: "/admin/audit", key: "admin.nav.audit" },
  { to: "/admin/outbox", key: "admin.nav.outbox" },
  { to: "/admin/settings", key: "admin.nav.settings", end: true },
  { to: "/admin/settings/retention", key: "admin.retention.title" },
  { to: "/admin/support-resources", key: "admin.nav.resources" },
  { to: "/admin/import", key: "imports.nav" },
  // — webhooks —
  { to: "/admin/webhooks", key: "webhooks.nav" },
  // — prompts —
  { to: "/admin/prompts", key: "prompts.title" },
  // — impact (issue 12) —
  { to: "/admin/impact", key: "impact.admin.nav" },
  { to: "/admin/testimonials", key: "impact.testimonials.admin.nav" },
  // — privacy (issue 14) —
  { to: "/admin/privacy", key: "deletion.admin.nav" },
];

export function AdminPage(props: {
  title: string;
  /** The heading's language, when it is content written in another one (a mail's subject). */
  titleLang?: string;
  back?: { to: string; label: string };
  /** The page's main action, beside the heading. */
  action?: ReactNode;
  /** A form page: heading and content in a readable column. */
  narrow?: boolean;
  children: ReactNode;
}) {
  const heading = <h1 lang={props.titleLang}>{props.title}</h1>;
  const content = (
    <>
      {props.action ? (
        <div className="page-heading">
          {heading}
          {props.action}
        </div>
      ) : (
        heading
      )}
      {props.children}
    </>
  );
  return (
    <div className="page">
      <SubNav label="admin.nav.label" links={areas} foldOnPhones />
      {props.back ? (
        <p className="breadcrumb">
          <Link to={props.back.to}>{props.back.label}</Link>
        </p>
      ) : null}
      {props.narrow ? <div className="narrow">{content}</div> : content}
    </div>
  );
}
