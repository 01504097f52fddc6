// "What keeps me active": where a trainer stands, why, what comes next and by when, the hub's own requirements, and the
// choice to get (or not) a calm reminder before a lapse.
import { Form } from "react-router";
import type { Route } from "./+types/standing";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { longDate } from "#i18n/format.ts";
import { readMyStanding } from "#features/trainers/read-my-standing.ts";
import { standingWords } from "#features/trainers/standing-text.ts";
import { setStandingReminders } from "#features/trainers/trainer-profile.ts";
import { formFields, readForm } from "#web/form-state.server.ts";
import { Notice } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { TrainerNav } from "./lib/trainer-nav.tsx";
import { offersInhouseReports } from "#features/inhouse/reporting-organizations.ts";

export const handle: RouteHandle = { access: "trainer" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "trainers.standing.pageTitle");

export async function loader({ context }: Route.LoaderArgs) {
  const { services, viewer, locale, timeZone } = appContext(context);
  const { standing, rules, remindersOff } = await readMyStanding(services, viewer);
  const words = standingWords(locale, standing, timeZone);
  return {
    status: standing.status,
    words,
    since: standing.since ? longDate(locale, timeZone, standing.since) : null,
    credential: standing.credentialAt ? longDate(locale, timeZone, standing.credentialAt) : null,
    rules,
    remindersOff,
    inhouseReports: await offersInhouseReports(services.db, viewer),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { services, viewer } = appContext(context);
  const fields = formFields(await readForm(request));
  await setStandingReminders(services, { viewer, remindersOff: fields.reminders === "off" });
  return { saved: true };
}

export default function Standing({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { rules } = loaderData;
  return (
    <div className="page">
      <TrainerNav inhouseReports={loaderData.inhouseReports} />
      <h1>{t("trainers.standing.pageTitle")}</h1>
      <p className="lede">{t("trainers.standing.intro")}</p>
      <section className="card" aria-labelledby="standing-now">
        <h2 id="standing-now">{loaderData.words.status}</h2>
        {loaderData.since ? <p className="muted">{t("trainers.standing.since", { date: loaderData.since })}</p> : null}
        {loaderData.words.next.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p className="muted">
          {loaderData.credential
            ? t("trainers.standing.credential", { date: loaderData.credential })
            : t("trainers.standing.noCredential")}
        </p>
      </section>
      <section aria-labelledby="standing-rules">
        <h2 id="standing-rules">{t("trainers.rules.title")}</h2>
        <p className="muted">{t("trainers.rules.hubChoice")}</p>
        <ul>
          <li>{t("trainers.rules.apprentice", { count: rules.apprenticeCoTrainings })}</li>
          <li>{t("trainers.rules.active", { months: rules.activeMonthsAfterTraining })}</li>
          {rules.coReflectionEveryMonths !== null ? (
            <li>{t("trainers.rules.coReflection", { months: rules.coReflectionEveryMonths })}</li>
          ) : null}
          {rules.refresherEveryMonths !== null ? (
            <li>{t("trainers.rules.refresher", { months: rules.refresherEveryMonths })}</li>
          ) : null}
          <li>{t("trainers.rules.alumni", { months: rules.alumniAfterLapsedMonths })}</li>
          <li>{t("trainers.rules.return", { months: rules.returnMonths })}</li>
          <li>{t("trainers.rules.alumniReturn", { count: rules.alumniReturnCoTrainings })}</li>
        </ul>
      </section>
      <section className="card" aria-labelledby="standing-reminders">
        <h2 id="standing-reminders">{t("trainers.reminders.title")}</h2>
        {actionData?.saved ? <Notice>{t("trainers.reminders.saved")}</Notice> : null}
        <p>{loaderData.remindersOff ? t("trainers.reminders.off") : t("trainers.reminders.on")}</p>
        <Form method="post">
          <input type="hidden" name="reminders" value={loaderData.remindersOff ? "on" : "off"} />
          <button type="submit" className="secondary">
            {loaderData.remindersOff ? t("trainers.reminders.turnOn") : t("trainers.reminders.turnOff")}
          </button>
        </Form>
      </section>
    </div>
  );
}
