// Evaluation forms as data: the questions a course asks after a training (rating, choice, open text, in both languages),
// the hub's default form, and reading one person's answers against a form without trusting what was posted.

export type LocalizedText = { en: string; es: string };
export type ChoiceOption = { id: string; label: LocalizedText };

/** A rating is 1–5 with its two ends described; a choice is one of its options; text is free writing. */
export type EvaluationQuestion =
  | { id: string; kind: "rating"; label: LocalizedText; low: LocalizedText; high: LocalizedText; required: boolean }
  | { id: string; kind: "choice"; label: LocalizedText; options: ChoiceOption[]; required: boolean }
  | { id: string; kind: "text"; label: LocalizedText; required: boolean };

export type EvaluationForm = { questions: EvaluationQuestion[]; shareOpenText: boolean };

export const questionKinds = ["rating", "choice", "text"] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const MAX_QUESTIONS = 30;
export const MAX_LABEL_LENGTH = 300;
export const MAX_OPTIONS = 10;
export const MAX_TEXT_ANSWER = 4000;
export const RATING_MIN = 1;
export const RATING_MAX = 5;

const agree = { en: "Strongly disagree", es: "Muy en desacuerdo" };
const agreeHigh = { en: "Strongly agree", es: "Muy de acuerdo" };

/** What every course asks unless it has its own form: Kirkpatrick's "reaction" level, in our own words. */
export const defaultEvaluationForm: EvaluationForm = {
  shareOpenText: false,
  questions: [
    {
      id: "felt-welcome",
      kind: "rating",
      label: {
        en: "I felt welcome and safe enough to take part.",
        es: "Me sentí bienvenido/a y con la seguridad para participar.",
      },
      low: agree,
      high: agreeHigh,
      required: false,
    },
    {
      id: "learned-together",
      kind: "rating",
      label: {
        en: "We learned from each other, not only from the trainers.",
        es: "Aprendimos unos de otros, no solo de quienes facilitaron.",
      },
      low: agree,
      high: agreeHigh,
      required: false,
    },
    {
      id: "will-use",
      kind: "rating",
      label: {
        en: "I will use what I learned in my relationships and work.",
        es: "Usaré lo que aprendí en mis relaciones y en mi trabajo.",
      },
      low: agree,
      high: agreeHigh,
      required: false,
    },
    {
      id: "pace",
      kind: "choice",
      label: { en: "How was the pace of the training?", es: "¿Cómo fue el ritmo de la capacitación?" },
      options: [
        { id: "too-slow", label: { en: "Too slow", es: "Demasiado lento" } },
        { id: "about-right", label: { en: "About right", es: "Adecuado" } },
        { id: "too-fast", label: { en: "Too fast", es: "Demasiado rápido" } },
      ],
      required: false,
    },
    {
      id: "what-stays",
      kind: "text",
      label: { en: "What will stay with you from this training?", es: "¿Qué se queda contigo de esta capacitación?" },
      required: false,
    },
  ],
};

/** One answer as kept: a rating, a choice's id, or text. */
export type EvaluationAnswer =
  { questionId: string; score: number } | { questionId: string; choice: string } | { questionId: string; text: string };

export type AnswerProblem = { questionId: string; problem: "required" | "invalid" | "too_long" };

/**
 * Reads posted fields (`q.<id>`) against the form. Unknown fields are ignored, an empty optional answer is left out, and
 * anything outside a question's range is a problem rather than a stored value.
 */
export function readEvaluationAnswers(
  form: EvaluationForm,
  fields: Record<string, string | undefined>,
): { ok: true; answers: EvaluationAnswer[] } | { ok: false; problems: AnswerProblem[] } {
  const answers: EvaluationAnswer[] = [];
  const problems: AnswerProblem[] = [];
  for (const question of form.questions) {
    const raw = (fields[`q.${question.id}`] ?? "").trim();
    if (raw === "") {
      if (question.required) problems.push({ questionId: question.id, problem: "required" });
      continue;
    }
    if (question.kind === "rating") {
      const score = readScore(raw);
      if (score === null) problems.push({ questionId: question.id, problem: "invalid" });
      else answers.push({ questionId: question.id, score });
    } else if (question.kind === "choice") {
      if (question.options.some((option) => option.id === raw)) answers.push({ questionId: question.id, choice: raw });
      else problems.push({ questionId: question.id, problem: "invalid" });
    } else if (raw.length > MAX_TEXT_ANSWER) problems.push({ questionId: question.id, problem: "too_long" });
    else answers.push({ questionId: question.id, text: raw });
  }
  return problems.length ? { ok: false, problems } : { ok: true, answers };
}

/** A whole number 1–5, or null. */
export function readScore(raw: string): number | null {
  if (!/^[1-5]$/.test(raw)) return null;
  return Number(raw);
}

/** A question id made from its English label: stable while the label is edited later, unique within the form. */
export function questionIdFor(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "question";
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** One question as the form editor sends it; `id` is empty for a new one. */
export type DraftQuestion = {
  id: string;
  kind: string;
  labelEn: string;
  labelEs: string;
  /** Choices, one per line, "English | Spanish". */
  options: string;
};

export type DraftProblem = { index: number; problem: "labels" | "options" };

/**
 * Builds a form from the editor's rows: an existing question keeps its id (so its answers stay with it when its words
 * change), a new one gets an id from its English words. A rating uses the agree/disagree ends.
 */
export function buildEvaluationForm(
  drafts: readonly DraftQuestion[],
  shareOpenText: boolean,
): { ok: true; form: EvaluationForm } | { ok: false; problems: DraftProblem[]; tooMany?: boolean; empty?: boolean } {
  const problems: DraftProblem[] = [];
  const taken = new Set(drafts.map((draft) => draft.id).filter(Boolean));
  const questions: EvaluationQuestion[] = [];
  drafts.forEach((draft, index) => {
    const label = { en: draft.labelEn.trim(), es: draft.labelEs.trim() };
    const kind = (questionKinds as readonly string[]).includes(draft.kind) ? (draft.kind as QuestionKind) : "rating";
    if (!label.en || !label.es || label.en.length > MAX_LABEL_LENGTH || label.es.length > MAX_LABEL_LENGTH) {
      problems.push({ index, problem: "labels" });
      return;
    }
    let id = draft.id;
    if (!id) {
      id = questionIdFor(label.en, taken);
      taken.add(id);
    }
    if (kind === "choice") {
      const lines = draft.options
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean);
      const optionIds = new Set<string>();
      const options = lines.map((line) => {
        const [en = "", es = ""] = line.split("|").map((part) => part.trim());
        const optionId = questionIdFor(en, optionIds);
        optionIds.add(optionId);
        return { id: optionId, label: { en, es } };
      });
      if (
        options.length < 2 ||
        options.length > MAX_OPTIONS ||
        options.some((o) => !o.label.en || !o.label.es || o.label.en.length > MAX_LABEL_LENGTH)
      ) {
        problems.push({ index, problem: "options" });
        return;
      }
      questions.push({ id, kind, label, options, required: false });
    } else if (kind === "text") questions.push({ id, kind, label, required: false });
    else questions.push({ id, kind: "rating", label, low: agree, high: agreeHigh, required: false });
  });
  if (problems.length) return { ok: false, problems };
  if (questions.length > MAX_QUESTIONS) return { ok: false, problems: [], tooMany: true };
  if (questions.length === 0) return { ok: false, problems: [], empty: true };
  return { ok: true, form: { questions, shareOpenText } };
}
