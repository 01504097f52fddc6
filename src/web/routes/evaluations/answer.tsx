// /evaluations/:token: the page an evaluation or self-assessment email opens. Plain HTML: one fieldset per question,
// one question per row, no matrix; works without JavaScript. Reading the page changes nothing; sending answers once.
import { Form } from "react-router";
import type { Route } from "./+types/answer";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { attempt, formFields, readForm } from "#web/form-state.server.ts";
import { localized } from "#i18n/localized.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import { openEvaluationLink, optOutOfEvaluations } from "#features/evaluations/open-evaluation.ts";
import { submitEvaluation } from "#features/evaluations/submit-evaluation.ts";
import { ErrorSummary, SubmitButton, useFormState, type FormState } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { OptionGroup } from "../registration/lib/option-group.tsx";
import { answerQuestions } from "./lib/answer-view.ts";
import evaluationStyles from "../../styles/evaluations.css?url";

export const handle: RouteHandle = { access: "public" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: evaluationStyles }];

export const meta: Route.MetaFunction = ({ matches }) => [
  ...pageTitle(matches, "evaluations.page.metaTitle"),
  { name: "robots", content: "noindex" },
];

export async function loader({ params, context }: Route.LoaderArgs) {
  const { services, locale } = appContext(context);
  const link = await openEvaluationLink(services.db, params.token);
  if (link.state === "unknown") return { state: "unknown" as const };
  return {
    state: link.state,
    kind: link.kind,
    course: localized(link.courseTitle, locale),
    questions: link.state === "open" ? answerQuestions(link.kind, link.form, locale) : [],
  };
}

type AnswerState = FormState & { done?: "answered" | "stopped" };

export async function action({ params, request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const form = await readForm(request);
  const fields = formFields(form);
  if (fields.intent === "stop") {
    await optOutOfEvaluations(ctx.services, params.token);
    return { done: "stopped" } satisfies AnswerState;
  }
  const result = await attempt<void, AnswerState>(
    () => submitEvaluation(ctx.services, { token: params.token, fields }),
    translator(ctx.locale),
    { values: fields },
  );
  if (!result.ok) return result.response;
  return { done: "answered" } satisfies AnswerState;
}

export default function Answer({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state, errors } = useFormState<AnswerState>(actionData);
  if (state?.done) {
    return (
      <div className="page narrow">
        <h1>{t(state.done === "answered" ? "evaluations.page.thanks.heading" : "evaluations.page.stopped.heading")}</h1>
        <p className="lede" role="status">
          {t(state.done === "answered" ? "evaluations.page.thanks.body" : "evaluations.page.optedOut")}
        </p>
      </div>
    );
  }
  if (loaderData.state === "unknown") {
    return (
      <div className="page narrow">
        <h1>{t("evaluations.page.unknown.title")}</h1>
        <p className="lede">{t("evaluations.page.unknown.body")}</p>
      </div>
    );
  }
  const { kind, course } = loaderData;
  const title = t(`evaluations.page.title.${kind}` as MessageKey, { course });
  if (loaderData.state !== "open") {
    return (
      <div className="page narrow">
        <h1>{title}</h1>
        <p className="lede">
          {t(loaderData.state === "answered" ? "evaluations.page.answered" : "evaluations.page.optedOut")}
        </p>
      </div>
    );
  }
  const values = state?.values ?? {};
  const checked = (name: string) => (values[name] !== undefined ? [values[name]] : []);
  return (
    <div className="page narrow evaluation-page">
      <h1>{title}</h1>
      <p className="lede">{t(`evaluations.page.lede.${kind}` as MessageKey)}</p>
      <p className="what-next">{t("evaluations.page.anonymous")}</p>
      <ErrorSummary errors={errors} formError={state?.formError} />
      <Form method="post" className="stack evaluation-form">
        <input type="hidden" name="intent" value="answer" />
        <p>{t("evaluations.page.optional")}</p>
        {loaderData.questions.map((question) =>
          question.kind === "text" ? (
            <fieldset className="field evaluation-question" key={question.name}>
              <legend id={`legend-${question.name}`}>{question.legend}</legend>
              {errors[question.name] ? (
                <p className="field-error" id={`field-${question.name}-error`}>
                  {errors[question.name]}
                </p>
              ) : null}
              <textarea
                id={`field-${question.name}`}
                name={question.name}
                rows={4}
                aria-labelledby={`legend-${question.name}`}
                aria-invalid={errors[question.name] ? true : undefined}
                aria-describedby={errors[question.name] ? `field-${question.name}-error` : undefined}
                defaultValue={values[question.name] ?? ""}
              />
            </fieldset>
          ) : question.retro ? (
            <fieldset
              className="field evaluation-question evaluation-item"
              key={question.name}
              aria-describedby={question.hint ? `hint-${question.name}` : undefined}
            >
              <legend>{question.legend}</legend>
              {question.hint ? (
                <p className="field-hint" id={`hint-${question.name}`}>
                  {question.hint}
                </p>
              ) : null}
              <OptionGroup
                name={question.name}
                type="radio"
                fieldId={`field-${question.name}`}
                legend={t("evaluations.page.now")}
                error={errors[question.name]}
                options={question.options}
                checked={checked(question.name)}
              />
              <OptionGroup
                name={question.name.replace(/^q\./, "retro.")}
                type="radio"
                fieldId={`field-${question.name.replace(/^q\./, "retro.")}`}
                legend={t("evaluations.page.retro")}
                error={errors[question.name.replace(/^q\./, "retro.")]}
                options={question.retro}
                checked={checked(question.name.replace(/^q\./, "retro."))}
              />
            </fieldset>
          ) : (
            <div className="evaluation-question" key={question.name}>
              <OptionGroup
                name={question.name}
                type="radio"
                fieldId={`field-${question.name}`}
                legend={question.legend}
                hint={question.hint}
                error={errors[question.name]}
                options={question.options}
                checked={checked(question.name)}
              />
            </div>
          ),
        )}
        <p className="muted">{t("evaluations.page.whatNext")}</p>
        <SubmitButton>{t("evaluations.page.submit")}</SubmitButton>
      </Form>
      <section className="card evaluation-stop" aria-labelledby="stop-heading">
        <h2 id="stop-heading">{t("evaluations.page.optOut.heading")}</h2>
        <p>{t("evaluations.page.optOut.body")}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="stop" />
          <button type="submit" className="secondary">
            {t("evaluations.page.optOut.button")}
          </button>
        </Form>
      </section>
    </div>
  );
}
