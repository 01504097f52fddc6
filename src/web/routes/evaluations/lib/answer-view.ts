// What the answer page shows of a link, in the reader's language: the questions (an evaluation form, or the seven
// self-assessment items with their described anchors). Nothing about the person beyond what they are answering.
import type { Locale } from "#core/locale.ts";
import type { EvaluationForm } from "#core/evaluation-forms.ts";
import { itemGroup, selfAssessmentItems } from "#core/self-assessment.ts";
import type { EvaluationKind } from "#db/schema/evaluations.ts";
import { localized } from "#i18n/localized.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";

export type AnswerOption = { value: string; label: string };

export type AnswerQuestion =
  | { name: string; kind: "choice"; legend: string; hint?: string; options: AnswerOption[]; retro?: AnswerOption[] }
  | { name: string; kind: "text"; legend: string };

const skipValue = "";

export function answerQuestions(kind: EvaluationKind, form: EvaluationForm | null, locale: Locale): AnswerQuestion[] {
  const t = translator(locale);
  const skip = { value: skipValue, label: t("evaluations.page.skip") };
  if (kind === "evaluation" && form) {
    return form.questions.map((question): AnswerQuestion => {
      const legend = localized(question.label, locale);
      if (question.kind === "text") return { name: `q.${question.id}`, kind: "text", legend };
      if (question.kind === "choice")
        return {
          name: `q.${question.id}`,
          kind: "choice",
          legend,
          options: [...question.options.map((o) => ({ value: o.id, label: localized(o.label, locale) })), skip],
        };
      const anchors: Record<number, string> = {
        1: localized(question.low, locale),
        5: localized(question.high, locale),
      };
      return {
        name: `q.${question.id}`,
        kind: "choice",
        legend,
        options: [
          ...[1, 2, 3, 4, 5].map((score) => ({
            value: String(score),
            label: anchors[score]
              ? t("evaluations.page.ratingOption", { score, anchor: anchors[score] })
              : t("evaluations.page.ratingPlain", { score }),
          })),
          skip,
        ],
      };
    });
  }
  const scale = kind === "follow_up" ? "frequency" : "level";
  const options = [1, 2, 3, 4, 5].map((score) => ({
    value: String(score),
    label: t("evaluations.page.ratingOption", {
      score,
      anchor: t(`evaluations.anchor.${scale}.${score}` as MessageKey),
    }),
  }));
  return selfAssessmentItems.map((item) => ({
    name: `q.${item}`,
    kind: "choice",
    legend:
      kind === "follow_up"
        ? `${t("evaluations.page.followUpLead")} ${t(`evaluations.followUp.${item}` as MessageKey)}`
        : t(`evaluations.item.${item}` as MessageKey),
    hint: `${t(`evaluations.itemGroup.${itemGroup(item)}`)}: ${t(`evaluations.itemName.${item}` as MessageKey)}`,
    options: [...options, skip],
    ...(kind === "post" ? { retro: [...options, skip] } : {}),
  }));
}
