// The sub-navigation between a trainer's own pages: their sessions, what keeps them active, their profile, and — for an
// organizational trainer (an active staff link to a partner) or anyone who has reported one — in-house trainings.
import { SubNav, type SubNavLink } from "../../../components/sub-nav.tsx";

const pages: readonly SubNavLink[] = [
  { to: "/trainer", key: "attendance.trainer.title", end: true },
  { to: "/trainer/standing", key: "trainers.nav.standing" },
  { to: "/trainer/profile", key: "trainers.nav.profile" },
];

const inhouse: SubNavLink = { to: "/trainer/inhouse", key: "inhouse.trainer.title" };

export function TrainerNav({ inhouseReports }: { inhouseReports: boolean }) {
  return <SubNav label="trainers.nav.label" links={inhouseReports ? [...pages, inhouse] : pages} />;
}
