// /evaluations/results: evaluation results and pre/post change as totals only, for a trainer's own sessions or, for an
// admin, any course. Groups under five answers say so instead of showing figures (core/small-numbers.ts).
import { Form } from "react-router";
import type { Route } from "./+types/results";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import type { Locale } from "#core/locale.ts";
import { longDate } from "#i18n/format.ts";
import { localized, localizedField } from "#i18n/localized.ts";
import {
  evaluationResults,
  selfAssessmentResults,
  type QuestionResult,
} from "#features/evaluations/evaluation-results.ts";
import { listResultChoices } from "#features/evaluations/list-result-choices.ts";
import { useLocale, useT } from "../../components/i18n.tsx";
import { SelfAssessmentChange } from "../../components/impact-evaluations.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { dayParam, scoreFigure } from "./lib/results-text.ts";
import evaluationStyles from "../../styles/evaluations.css?url";

export const handle: RouteHandle = { access: "trainer" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: evaluationStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "evaluations.results.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const ctx = appContext(context);
  const viewer = ctx.viewer!;
  const url = new URL(request.url);
  const choices = await listResultChoices(ctx.services.db, viewer, ctx.services.now());
  const courseParam = url.searchParams.get("course");
  const sessionParam = url.searchParams.get("session");
  const courseId = choices.courses.some((c) => c.id === courseParam) ? courseParam! : undefined;
  const sessionId = choices.sessions.some((s) => s.id === sessionParam) ? sessionParam! : undefined;
  const from = dayParam(url.searchParams.get("from"));
  const to = dayParam(url.searchParams.get("to"));
  const badDate = from === "bad" || to === "bad";
  const period =
    from instanceof Date || to instanceof Date
      ? {
          from: from instanceof Date ? from : new Date(0),
          to: to instanceof Date ? to : new Date("9999-12-31T00:00:00Z"),
        }
      : undefined;
  const filter = { courseId, sessionIds: sessionId ? [sessionId] : undefined, period };
  const [evaluation, selfAssessment] = await Promise.all([
    evaluationResults(ctx.services.db, viewer, filter),
    selfAssessmentResults(ctx.services.db, viewer, filter),
  ]);
  return {
    filter: {
      course: courseId ?? "",
      session: sessionId ?? "",
      from: url.searchParams.get("from") ?? "",
      to: url.searchParams.get("to") ?? "",
      badDate,
    },
    courses: choices.courses.map((c) => ({ id: c.id, title: localizedField(c, "title", ctx.locale) })),
    sessions: choices.sessions
      .filter((s) => !courseId || s.courseId === courseId)
      .map((s) => ({
        id: s.id,
        label: `${localizedField(s, "title", ctx.locale)} · ${longDate(ctx.locale, s.timeZone, s.startsAt)}`,
      })),
    evaluation,
    selfAssessment,
  };
}

function QuestionBlock({ question, locale }: { question: QuestionResult; locale: Locale }) {
  const t = useT();
  const label = localized(question.label, locale);
  const tooFew = <p className="results-suppressed">{t("evaluations.results.tooFew")}</p>;
  if (question.kind === "text") {
    return (
      <section className="results-question card">
        <h3>{label}</h3>
        {question.result === null ? (
          <p className="muted">{t("evaluations.results.openTextNotShared")}</p>
        ) : !question.result.shown ? (
          tooFew
        ) : (
          <ul className="results-text-list">
            {question.result.value.answers.map((answer, index) => (
              <li key={index}>{answer}</li>
            ))}
          </ul>
        )}
      </section>
    );
  }
  if (!question.result.shown)
    return (
      <section className="results-question card">
        <h3>{label}</h3>
        {tooFew}
      </section>
    );
  const { count } = question.result;
  if (question.kind === "rating") {
    const summary = question.result.value;
    return (
      <section className="results-question card">
        <h3>{label}</h3>
        <p>
          {t("evaluations.results.mean", { mean: scoreFigure(locale, summary.mean) })} ·{" "}
          {t("evaluations.results.answers", { count })}
        </p>
        <ul className="results-distribution" aria-label={t("evaluations.results.score")}>
          {summary.distribution.map((people, index) => (
            <li key={index}>{t("evaluations.results.distribution", { score: index + 1, people })}</li>
          ))}
        </ul>
      </section>
    );
  }
  const counts = question.result.value.counts;
  return (
    <section className="results-question card">
      <h3>{label}</h3>
      <p>{t("evaluations.results.answers", { count })}</p>
      <ul className="results-distribution">
        {question.options.map((option) => (
          <li key={option.id}>
            {t("evaluations.results.choiceCount", {
              choice: localized(option.label, locale),
              people: counts[option.id] ?? 0,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function Results({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { filter, evaluation, selfAssessment } = loaderData;
  return (
    <div className="page">
      <h1>{t("evaluations.results.title")}</h1>
      <p className="lede">{t("evaluations.results.lede")}</p>
      <Form method="get" className="card">
        <fieldset className="field">
          <legend>{t("evaluations.results.filter")}</legend>
          <div className="results-filter">
            <div className="field">
              <label htmlFor="field-course">{t("evaluations.results.course")}</label>
              <select id="field-course" name="course" defaultValue={filter.course}>
                <option value="">{t("evaluations.results.allCourses")}</option>
                {loaderData.courses.map((course) => (
                  <option key={course.id} value={course.id}>
                    {course.title}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="field-session">{t("evaluations.results.session")}</label>
              <select id="field-session" name="session" defaultValue={filter.session}>
                <option value="">{t("evaluations.results.allSessions")}</option>
                {loaderData.sessions.map((session) => (
                  <option key={session.id} value={session.id}>
                    {session.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="field-from">{t("evaluations.results.from")}</label>
              <input id="field-from" name="from" type="date" defaultValue={filter.from} />
            </div>
            <div className="field">
              <label htmlFor="field-to">{t("evaluations.results.to")}</label>
              <input id="field-to" name="to" type="date" defaultValue={filter.to} />
            </div>
          </div>
          {filter.badDate ? <p className="field-error">{t("evaluations.results.badDate")}</p> : null}
          <button type="submit">{t("evaluations.results.apply")}</button>
        </fieldset>
      </Form>

      <h2>{t("evaluations.results.evaluation")}</h2>
      {evaluation.shown ? (
        <>
          <p>{t("evaluations.results.answers", { count: evaluation.count })}</p>
          {evaluation.value.questions.map((question) => (
            <QuestionBlock key={question.questionId} question={question} locale={locale} />
          ))}
        </>
      ) : (
        <p className="results-suppressed card">{t("evaluations.results.tooFew")}</p>
      )}

      <h2>{t("evaluations.results.selfAssessment")}</h2>
      <p>{t("evaluations.results.selfAssessmentLede")}</p>
      <SelfAssessmentChange selfAssessment={selfAssessment} />
    </div>
  );
}
