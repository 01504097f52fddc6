// "Learn IPS": the three principles and four tasks of Intentional Peer Support in our own words, and the forms of training.
import type { Route } from "./+types/learn";
import { Link } from "react-router";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import type { MessageKey } from "#i18n/translate.ts";
import type { CourseForm } from "#core/catalog.ts";
import { waysToLearn } from "#features/catalog/ways-to-learn.ts";
import { useT } from "../../components/i18n.tsx";
import { PrincipleShift, principles } from "../../components/ips-principles.tsx";
import { NextStepLink } from "../../components/next-step-link.tsx";
import { useRootData } from "../../root.tsx";
import { pageTitle } from "./lib/page-meta.ts";

export const handle: RouteHandle = { access: "public" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "public.learn.title");

export async function loader({ context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  return { lengths: Object.fromEntries(await waysToLearn(services.db, services.now())) };
}

const tasks: Array<{ anchor: string; name: MessageKey; body: MessageKey; question: MessageKey }> = [
  {
    anchor: "task-connection",
    name: "public.learn.task.connection.name",
    body: "public.learn.task.connection.body",
    question: "public.learn.task.connection.question",
  },
  {
    anchor: "task-worldview",
    name: "public.learn.task.worldview.name",
    body: "public.learn.task.worldview.body",
    question: "public.learn.task.worldview.question",
  },
  {
    anchor: "task-mutuality",
    name: "public.learn.task.mutuality.name",
    body: "public.learn.task.mutuality.body",
    question: "public.learn.task.mutuality.question",
  },
  {
    anchor: "task-moving-towards",
    name: "public.learn.task.movingTowards.name",
    body: "public.learn.task.movingTowards.body",
    question: "public.learn.task.movingTowards.question",
  },
];

// Each way to learn is a course form; its length and dates come from the hub's own courses (waysToLearn).
const trainings: Array<{ form: CourseForm; name: MessageKey; body: MessageKey }> = [
  { form: "overview", name: "public.learn.training.overview.name", body: "public.learn.training.overview.body" },
  { form: "core", name: "public.learn.training.core.name", body: "public.learn.training.core.body" },
  { form: "advanced", name: "public.learn.training.advanced.name", body: "public.learn.training.advanced.body" },
  {
    form: "co_reflection",
    name: "public.learn.training.coReflection.name",
    body: "public.learn.training.coReflection.body",
  },
  { form: "training_of_trainers", name: "public.learn.training.tot.name", body: "public.learn.training.tot.body" },
];

export default function Learn({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const root = useRootData();
  return (
    <div className="page">
      <h1>{t("public.learn.title")}</h1>
      <p className="lede">{t("public.learn.lede")}</p>
      <p>{t("public.learn.origins")}</p>

      <section aria-labelledby="principles-title">
        <h2 id="principles-title">{t("public.learn.principles.title")}</h2>
        <p>{t("public.learn.principles.intro")}</p>
        <ol className="grid principle-list">
          {principles.map((principle) => (
            <li key={principle.to} id={principle.anchor} className="card principle">
              <h3>
                <PrincipleShift from={principle.from} to={principle.to} />
              </h3>
              <p>{t(principle.body)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="tasks-title">
        <h2 id="tasks-title">{t("public.learn.tasks.title")}</h2>
        <p>{t("public.learn.tasks.intro")}</p>
        <ol className="grid task-list">
          {tasks.map((task) => (
            <li key={task.name} id={task.anchor} className="card task">
              <h3>{t(task.name)}</h3>
              <p>{t(task.body)}</p>
              <p className="task-question">{t(task.question)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="trainings-title">
        <h2 id="trainings-title">{t("public.learn.trainings.title")}</h2>
        <p>{t("public.learn.trainings.intro")}</p>
        <dl className="training-list">
          {trainings.map((training) => {
            const length = loaderData.lengths[training.form];
            const hours = length
              ? t(
                  length.hours.min === length.hours.max
                    ? "public.learn.length.hours"
                    : "public.learn.length.hoursRange",
                  {
                    min: length.hours.min,
                    max: length.hours.max,
                  },
                )
              : null;
            const days = length?.days
              ? t(length.days.min === length.days.max ? "public.learn.length.days" : "public.learn.length.daysRange", {
                  min: length.days.min,
                  max: length.days.max,
                })
              : null;
            return (
              <div key={training.name} className="training">
                <dt>
                  <strong>{t(training.name)}</strong>{" "}
                  {hours ? <span className="pill">{days ? `${hours} · ${days}` : hours}</span> : null}
                </dt>
                <dd>
                  {t(training.body)}
                  <span className="block">
                    {length ? (
                      <Link to={`/trainings?form=${training.form}`}>
                        {t("public.learn.upcoming", { count: length.upcomingSessions })}
                      </Link>
                    ) : (
                      <span className="muted">{t("public.learn.notOffered")}</span>
                    )}
                  </span>
                </dd>
              </div>
            );
          })}
        </dl>
      </section>

      <section className="card next-step" aria-labelledby="next-title">
        <h2 id="next-title">{t("public.learn.next.title")}</h2>
        <p>{root?.viewer ? t("public.learn.next.bodySignedIn") : t("public.learn.next.body")}</p>
        <p className="actions">
          <NextStepLink className="button" />
        </p>
        <p className="muted">{t("public.learn.note")}</p>
      </section>
    </div>
  );
}
