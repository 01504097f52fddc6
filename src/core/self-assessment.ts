// The pre/post self-assessment on IPS's 3 principles and 4 tasks, and the change it shows: answers are paired by a
// pseudonymous code (one per person and course), never by who answered, and change is counted only over complete pairs.

/** The seven items, one per principle and task (DESIGN §2); their wording lives in the i18n messages. */
export const selfAssessmentItems = [
  "learning-together",
  "relationship",
  "hope",
  "connection",
  "worldview",
  "mutuality",
  "moving-towards",
] as const;
export type SelfAssessmentItem = (typeof selfAssessmentItems)[number];

export function itemGroup(item: SelfAssessmentItem): "principle" | "task" {
  return item === "learning-together" || item === "relationship" || item === "hope" ? "principle" : "task";
}

/** Before the first meeting, at the end (with an optional "thinking back" column), and 90 days later. */
export const selfAssessmentKinds = ["pre", "post", "follow_up"] as const;
export type SelfAssessmentKind = (typeof selfAssessmentKinds)[number];

export const FOLLOW_UP_DAYS = 90;
/** The "before" questions go out this many days ahead of the first meeting. */
export const PRE_LEAD_DAYS = 7;

/** One self-assessment as kept: its pair code and a 1–5 score per item answered (and, at the end, "thinking back"). */
export type SelfAssessmentResponse = {
  pairCode: string;
  kind: SelfAssessmentKind;
  scores: Partial<Record<SelfAssessmentItem, { score: number; retroScore: number | null }>>;
};

export type ItemChange = {
  item: SelfAssessmentItem;
  /** People with both a "before" and an "at the end" answer to this item. */
  pairs: number;
  meanBefore: number | null;
  meanAfter: number | null;
  /** Mean of each person's own (after − before): the change, not the difference of two groups. */
  meanChange: number | null;
  /** Among those who answered "thinking back to before" at the end: its mean, and the mean change from it. */
  retroPairs: number;
  meanRetro: number | null;
  meanRetroChange: number | null;
  /** People with both an end answer and a 90-day follow-up to this item, and the mean change between them. */
  followUpPairs: number;
  meanFollowUpChange: number | null;
};

const mean = (values: number[]): number | null =>
  values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;

/**
 * Pairs responses by code. A code answering the same kind twice (it cannot, the receipt refuses it, but data can be
 * imported) keeps its first answer, so one person never counts double.
 */
export function pairedChange(responses: readonly SelfAssessmentResponse[]): ItemChange[] {
  const byCode = new Map<string, Partial<Record<SelfAssessmentKind, SelfAssessmentResponse>>>();
  for (const response of responses) {
    const entry = byCode.get(response.pairCode) ?? {};
    entry[response.kind] ??= response;
    byCode.set(response.pairCode, entry);
  }
  return selfAssessmentItems.map((item) => {
    const before: number[] = [];
    const after: number[] = [];
    const change: number[] = [];
    const retro: number[] = [];
    const retroChange: number[] = [];
    const followUpChange: number[] = [];
    for (const entry of byCode.values()) {
      const pre = entry.pre?.scores[item];
      const post = entry.post?.scores[item];
      const followUp = entry.follow_up?.scores[item];
      if (pre && post) {
        before.push(pre.score);
        after.push(post.score);
        change.push(post.score - pre.score);
      }
      if (post && post.retroScore !== null) {
        retro.push(post.retroScore);
        retroChange.push(post.score - post.retroScore);
      }
      if (post && followUp) followUpChange.push(followUp.score - post.score);
    }
    return {
      item,
      pairs: change.length,
      meanBefore: mean(before),
      meanAfter: mean(after),
      meanChange: mean(change),
      retroPairs: retroChange.length,
      meanRetro: mean(retro),
      meanRetroChange: mean(retroChange),
      followUpPairs: followUpChange.length,
      meanFollowUpChange: mean(followUpChange),
    };
  });
}
