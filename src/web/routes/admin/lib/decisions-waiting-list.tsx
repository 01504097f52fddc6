// The admin home's to-do list: each kind of decision that is waiting, with its count and a link to the list to act on;
// the kinds with nothing waiting are named in one quiet line, so the page never shows a row of zeros.
import { Link } from "react-router";
import type { DecisionKind, DecisionsWaiting } from "#features/hub/decisions-waiting.ts";
import type { MessageKey } from "#i18n/translate.ts";
import { useFormat, useLocale, useT } from "../../../components/i18n.tsx";

const decisionPages: Record<DecisionKind, { to: string; count: MessageKey; name: MessageKey }> = {
  applications: {
    to: "/admin/applications",
    count: "admin.decisions.applications",
    name: "admin.decisions.name.applications",
  },
  scholarships: {
    to: "/admin/scholarships",
    count: "admin.decisions.scholarships",
    name: "admin.decisions.name.scholarships",
  },
  prerequisites: {
    to: "/admin/prerequisites",
    count: "admin.decisions.prerequisites",
    name: "admin.decisions.name.prerequisites",
  },
  outsideHours: {
    to: "/admin/outside-hours",
    count: "admin.decisions.outsideHours",
    name: "admin.decisions.name.outsideHours",
  },
  signOff: {
    to: "/admin/sessions?needs=sign-off",
    count: "admin.decisions.signOff",
    name: "admin.decisions.name.signOff",
  },
  expiringOffers: {
    to: "/admin/sessions?needs=expiring-offers",
    count: "admin.decisions.expiringOffers",
    name: "admin.decisions.name.expiringOffers",
  },
};

// The page's own order of the kinds (the feature's list is server code, kept out of the browser's bundle).
const decisionKinds = Object.keys(decisionPages) as DecisionKind[];

export function DecisionsWaitingList({ waiting, offerHours }: { waiting: DecisionsWaiting; offerHours: number }) {
  const t = useT();
  const locale = useLocale();
  const format = useFormat();
  const open = decisionKinds.filter((kind) => waiting[kind] > 0);
  const clear = decisionKinds.filter((kind) => waiting[kind] === 0);
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  return (
    <section aria-labelledby="decisions-title" className="decisions-waiting">
      <h2 id="decisions-title">{t("admin.decisions.title")}</h2>
      {open.length === 0 ? (
        <p className="card">{t("admin.decisions.none")}</p>
      ) : (
        <ul className="decision-list" role="list">
          {open.map((kind) => (
            <li key={kind}>
              <Link to={decisionPages[kind].to}>
                <span className="decision-number">{format.number(waiting[kind])}</span>{" "}
                <span className="decision-label">
                  {t(decisionPages[kind].count, { count: waiting[kind], hours: offerHours })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {open.length > 0 && clear.length > 0 ? (
        <p className="muted">
          {t("admin.decisions.clear", { list: list.format(clear.map((kind) => t(decisionPages[kind].name))) })}
        </p>
      ) : null}
    </section>
  );
}
