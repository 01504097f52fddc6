// A trainer's standing as a pill, coloured by what it asks of the admin (nothing, wait, or look).
import type { StandingStatus } from "#core/trainer-standing.ts";
import { useT } from "../../../components/i18n.tsx";

const pillClass: Record<StandingStatus, string> = {
  active: "pill status-active",
  apprentice: "pill status-waiting",
  lapsed: "pill status-failed",
  alumni: "pill status-expired",
  none: "pill status-expired",
};

export const standingStatuses: readonly StandingStatus[] = ["apprentice", "active", "lapsed", "alumni", "none"];

export function StandingPill({ status }: { status: StandingStatus }) {
  const t = useT();
  return <span className={pillClass[status]}>{t(`trainers.status.${status}`)}</span>;
}
