import { describe, expect, it } from "vitest";
import { pairedChange, selfAssessmentItems, type SelfAssessmentResponse } from "./self-assessment.ts";

const all = (score: number, retroScore: number | null = null) =>
  Object.fromEntries(selfAssessmentItems.map((item) => [item, { score, retroScore }]));

describe("pairedChange", () => {
  it("counts change only over people who answered before and at the end", () => {
    const responses: SelfAssessmentResponse[] = [
      { pairCode: "a", kind: "pre", scores: all(2) },
      { pairCode: "a", kind: "post", scores: all(4, 1) },
      { pairCode: "b", kind: "pre", scores: all(3) },
      { pairCode: "b", kind: "post", scores: all(4) },
      // Only a "before": no pair, so it moves neither mean.
      { pairCode: "c", kind: "pre", scores: all(1) },
      // Only an end answer with a "thinking back" column: counts for the retrospective figures only.
      { pairCode: "d", kind: "post", scores: all(5, 2) },
      { pairCode: "a", kind: "follow_up", scores: all(5) },
    ];
    const [first] = pairedChange(responses);
    expect(first).toEqual({
      item: "learning-together",
      pairs: 2,
      meanBefore: 2.5,
      meanAfter: 4,
      meanChange: 1.5,
      retroPairs: 2,
      meanRetro: 1.5,
      meanRetroChange: 3,
      followUpPairs: 1,
      meanFollowUpChange: 1,
    });
  });

  it("keeps a code's first answer of a kind so nobody counts twice", () => {
    const responses: SelfAssessmentResponse[] = [
      { pairCode: "a", kind: "pre", scores: all(1) },
      { pairCode: "a", kind: "pre", scores: all(5) },
      { pairCode: "a", kind: "post", scores: all(3) },
    ];
    expect(pairedChange(responses)[0]).toMatchObject({ pairs: 1, meanChange: 2 });
  });

  it("says nothing about an item nobody paired", () => {
    expect(pairedChange([{ pairCode: "a", kind: "pre", scores: {} }])[6]).toMatchObject({
      item: "moving-towards",
      pairs: 0,
      meanChange: null,
      followUpPairs: 0,
    });
  });
});
