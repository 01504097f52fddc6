import { describe, expect, it } from "vitest";
import { buildEvaluationForm, defaultEvaluationForm, readEvaluationAnswers } from "./evaluation-forms.ts";

describe("readEvaluationAnswers", () => {
  it("keeps answers in range and leaves skipped questions out", () => {
    expect(
      readEvaluationAnswers(defaultEvaluationForm, {
        "q.felt-welcome": "4",
        "q.pace": "too-fast",
        "q.what-stays": " ",
      }),
    ).toEqual({
      ok: true,
      answers: [
        { questionId: "felt-welcome", score: 4 },
        { questionId: "pace", choice: "too-fast" },
      ],
    });
  });

  it("refuses a rating out of range and a choice that is not offered", () => {
    expect(readEvaluationAnswers(defaultEvaluationForm, { "q.felt-welcome": "6", "q.pace": "sideways" })).toEqual({
      ok: false,
      problems: [
        { questionId: "felt-welcome", problem: "invalid" },
        { questionId: "pace", problem: "invalid" },
      ],
    });
  });
});

describe("buildEvaluationForm", () => {
  it("keeps an existing question's id and gives a new one an id from its words", () => {
    const built = buildEvaluationForm(
      [
        { id: "felt-welcome", kind: "rating", labelEn: "I felt at home.", labelEs: "Me sentí en casa.", options: "" },
        {
          id: "",
          kind: "choice",
          labelEn: "Format?",
          labelEs: "¿Formato?",
          options: "Online | En línea\nIn person | En persona",
        },
      ],
      true,
    );
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.form.questions.map((q) => q.id)).toEqual(["felt-welcome", "format"]);
    expect(built.form.questions[1]).toMatchObject({ options: [{ id: "online" }, { id: "in-person" }] });
    expect(built.form.shareOpenText).toBe(true);
  });

  it("asks for both languages and at least two choices", () => {
    expect(
      buildEvaluationForm(
        [
          { id: "", kind: "text", labelEn: "Anything else?", labelEs: "", options: "" },
          { id: "", kind: "choice", labelEn: "One?", labelEs: "¿Una?", options: "Only | Sola" },
        ],
        false,
      ),
    ).toEqual({
      ok: false,
      problems: [
        { index: 0, problem: "labels" },
        { index: 1, problem: "options" },
      ],
    });
  });
});
