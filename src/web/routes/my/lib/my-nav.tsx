// The frame of a person's own trainings pages: the sub-navigation between their trainings, certificates, certification
// and CE hours, and trainings done elsewhere.
import type { ReactNode } from "react";
import { SubNav, type SubNavLink } from "../../../components/sub-nav.tsx";

const pages: readonly SubNavLink[] = [
  { to: "/my/trainings", key: "myTrainings.nav.trainings" },
  { to: "/my/certificates", key: "myTrainings.nav.certificates" },
  { to: "/my/certifications", key: "myTrainings.nav.certifications" },
  { to: "/my/prerequisites", key: "myTrainings.nav.prerequisites" },
];

export function MyTrainingsPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="page my-trainings-page">
      <SubNav label="myTrainings.nav.label" links={pages} />
      <h1>{title}</h1>
      {children}
    </div>
  );
}
