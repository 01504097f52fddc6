// The evaluation blocks of the impact pages: how people rated their training, and their pre/post change on the
// principles and tasks. Figures about fewer than five answers arrive withheld and say so; nothing here counts anything.
import type {
  EvaluationAggregates,
  QuestionResult,
  SelfAssessmentSummary,
} from "#features/evaluations/evaluation-results.ts";
import { localized } from "#i18n/localized.ts";
import type { MessageKey } from "#i18n/translate.ts";
import { useLocale, useT } from "./i18n.tsx";
import { ResponsiveTable } from "./responsive-table.tsx";

function useFigures() {
  const locale = useLocale();
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
    signDisplay: "exceptZero",
  });
  return { score: (value: number) => one.format(value), change: (value: number) => signed.format(value) };
}

function QuestionFigure({ question }: { question: QuestionResult }) {
  const t = useT();
  const locale = useLocale();
  const figures = useFigures();
  if (question.kind === "text") {
    if (question.result === null) return <>{t("evaluations.results.openTextNotShared")}</>;
    if (!question.result.shown) return <>{t("evaluations.results.tooFew")}</>;
    return (
      <details>
        <summary>{t("impact.evaluations.writtenAnswers", { count: question.result.value.answers.length })}</summary>
        <ul className="results-text-list">
          {question.result.value.answers.map((answer, index) => (
            <li key={index}>{answer}</li>
          ))}
        </ul>
      </details>
    );
  }
  if (!question.result.shown) return <>{t("evaluations.results.tooFew")}</>;
  if (question.kind === "rating")
    return (
      <>
        {t("evaluations.results.mean", { mean: figures.score(question.result.value.mean) })} ·{" "}
        {t("evaluations.results.answers", { count: question.result.count })}
      </>
    );
  const counts = question.result.value.counts;
  return (
    <>
      {question.options
        .map((option) =>
          t("evaluations.results.choiceCount", {
            choice: localized(option.label, locale),
            people: counts[option.id] ?? 0,
          }),
        )
        .join("; ")}
    </>
  );
}

/** How people rated their training (and, for admins, what they wrote), for the period and filter chosen. */
export function EvaluationResultsBlock(props: { id: string; evaluation: EvaluationAggregates; partial?: boolean }) {
  const t = useT();
  const locale = useLocale();
  const { evaluation } = props;
  return (
    <section className="card impact-chart" aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{t("impact.evaluations.title")}</h2>
      {props.partial ? <p className="muted">{t("impact.evaluations.partial")}</p> : null}
      {!evaluation.shown ? (
        <p className="results-suppressed">{t("evaluations.results.tooFew")}</p>
      ) : (
        <>
          <p>{t("impact.evaluations.summary", { count: evaluation.count })}</p>
          <ResponsiveTable
            rows={evaluation.value.questions}
            rowKey={(row) => row.questionId}
            columns={[
              {
                label: t("impact.evaluations.question"),
                rowHeader: true,
                cell: (row) => localized(row.label, locale),
              },
              { label: t("impact.evaluations.result"), cell: (row) => <QuestionFigure question={row} /> },
            ]}
          />
        </>
      )}
    </section>
  );
}

/**
 * How many answered each round, and the mean change per principle and task: the same table on the impact pages and on a
 * trainer's results page.
 */
export function SelfAssessmentChange({ selfAssessment }: { selfAssessment: SelfAssessmentSummary }) {
  const t = useT();
  const figures = useFigures();
  const notShown = t("evaluations.results.notShown");
  const answered = (kind: "pre" | "post" | "follow_up") => {
    const figure = selfAssessment.answered[kind];
    return figure.shown ? String(figure.value) : t("evaluations.results.hidden");
  };
  return (
    <>
      <p>
        {t("evaluations.results.answeredRound", {
          pre: answered("pre"),
          post: answered("post"),
          followUp: answered("follow_up"),
        })}
      </p>
      <ResponsiveTable
        rows={selfAssessment.items}
        rowKey={(row) => row.item}
        columns={[
          {
            label: t("evaluations.results.column.item"),
            rowHeader: true,
            cell: (row) => t(`evaluations.itemName.${row.item}` as MessageKey),
          },
          {
            label: t("evaluations.results.column.beforeAfter"),
            cell: (row) =>
              row.change.shown
                ? t("evaluations.results.change", {
                    before: figures.score(row.change.value.meanBefore),
                    after: figures.score(row.change.value.meanAfter),
                    change: figures.change(row.change.value.meanChange),
                  })
                : notShown,
          },
          {
            label: t("evaluations.results.column.retro"),
            cell: (row) =>
              row.retrospective.shown
                ? t("evaluations.results.retroChange", {
                    before: figures.score(row.retrospective.value.meanRetro),
                    change: figures.change(row.retrospective.value.meanChange),
                  })
                : notShown,
          },
          {
            label: t("evaluations.results.column.followUp"),
            cell: (row) =>
              row.followUp.shown
                ? t("evaluations.results.followUpChange", { change: figures.change(row.followUp.value.meanChange) })
                : notShown,
          },
        ]}
      />
    </>
  );
}

/** Pre/post change on the three principles and four tasks, over people who answered both times. */
export function LearningChangeBlock(props: { id: string; selfAssessment: SelfAssessmentSummary; partial?: boolean }) {
  const t = useT();
  const { selfAssessment } = props;
  return (
    <section className="card impact-chart" aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{t("impact.learning.title")}</h2>
      {props.partial ? <p className="muted">{t("impact.evaluations.partial")}</p> : null}
      <p>{t("evaluations.results.selfAssessmentLede")}</p>
      <SelfAssessmentChange selfAssessment={selfAssessment} />
    </section>
  );
}
