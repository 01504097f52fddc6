// Evaluation results and pre/post change as aggregates only, for a filter (course, sessions, period): every figure
// about fewer than five answers is withheld (core/small-numbers.ts). The results pages, the API and the dashboards use these.
import { and, eq, gte, inArray, isNotNull, lt, sql, type SQL } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { isHubAdmin, type Viewer } from "#core/access.ts";
import type { ChoiceOption, EvaluationForm, EvaluationQuestion, LocalizedText } from "#core/evaluation-forms.ts";
import {
  mayReadEvaluationResults,
  mayReadOpenText,
  ratingSummary,
  type RatingSummary,
} from "#core/evaluation-results.ts";
import {
  pairedChange,
  selfAssessmentKinds,
  type ItemChange,
  type SelfAssessmentItem,
  type SelfAssessmentKind,
  type SelfAssessmentResponse,
} from "#core/self-assessment.ts";
import { suppressSmall, type Suppressible } from "#core/small-numbers.ts";
import { AppError } from "#platform/app-error.ts";
import { formsForCourses } from "./evaluation-forms.ts";

export type ResultsFilter = {
  courseId?: string;
  sessionIds?: string[];
  /** Sessions whose first meeting falls in [from, to). */
  period?: { from: Date; to: Date };
};

/** Whose open-text answers may be read: every course's, only courses that share them, or none. */
export type OpenTextReach = "all" | "shared" | "none";

export type QuestionResult =
  | {
      questionId: string;
      kind: "rating";
      label: LocalizedText;
      low: LocalizedText;
      high: LocalizedText;
      result: Suppressible<RatingSummary>;
    }
  | {
      questionId: string;
      kind: "choice";
      label: LocalizedText;
      options: ChoiceOption[];
      result: Suppressible<{ counts: Record<string, number> }>;
    }
  | {
      questionId: string;
      kind: "text";
      label: LocalizedText;
      /** Null when this reader may not read the words (the course does not share them). */
      result: Suppressible<{ answers: string[] }> | null;
    };

export type EvaluationAggregates = Suppressible<{ questions: QuestionResult[] }>;

type Scope = ResultsFilter & { trainerId?: string };

function conditions(scope: Scope): SQL[] {
  const r = schema.evaluationResponse;
  const s = schema.trainingSession;
  const where: SQL[] = [];
  if (scope.courseId) where.push(eq(r.courseId, scope.courseId));
  if (scope.sessionIds) where.push(scope.sessionIds.length ? inArray(r.sessionId, scope.sessionIds) : sql`false`);
  if (scope.period) where.push(gte(s.startsAt, scope.period.from), lt(s.startsAt, scope.period.to));
  if (scope.trainerId)
    where.push(sql`${r.sessionId} in (select session_id from session_trainer where user_id = ${scope.trainerId})`);
  return where;
}

function questionsOf(forms: Iterable<EvaluationForm>): EvaluationQuestion[] {
  const seen = new Map<string, EvaluationQuestion>();
  for (const form of forms)
    for (const question of form.questions) if (!seen.has(question.id)) seen.set(question.id, question);
  return [...seen.values()];
}

/**
 * The evaluation results for a filter, without asking who reads them: the caller decides that (and how far open text
 * reaches). Three queries whatever the size: the courses answered, the counts per question and value, and the words.
 */
export async function evaluationAggregates(
  db: Executor,
  filter: Scope,
  openText: OpenTextReach,
): Promise<EvaluationAggregates> {
  const r = schema.evaluationResponse;
  const a = schema.evaluationAnswer;
  const s = schema.trainingSession;
  const where = and(eq(r.kind, "evaluation"), ...conditions(filter));
  const perCourse = await db
    .select({ courseId: r.courseId, responses: sql<number>`count(*)::int` })
    .from(r)
    .innerJoin(s, eq(s.id, r.sessionId))
    .where(where)
    .groupBy(r.courseId);
  const responses = perCourse.reduce((sum, row) => sum + Number(row.responses), 0);
  if (responses < 5) return suppressSmall(responses, () => ({ questions: [] }));

  const forms = await formsForCourses(
    db,
    perCourse.map((row) => row.courseId),
  );
  const counts = await db
    .select({ questionId: a.questionId, score: a.score, choice: a.choice, n: sql<number>`count(*)::int` })
    .from(a)
    .innerJoin(r, eq(r.id, a.responseId))
    .innerJoin(s, eq(s.id, r.sessionId))
    .where(and(where, sql`${a.text} is null`))
    .groupBy(a.questionId, a.score, a.choice);
  const sharing = [...forms.entries()].filter(([, form]) => form.shareOpenText).map(([id]) => id);
  const textCourses = openText === "all" ? null : openText === "shared" ? sharing : [];
  const texts =
    textCourses && textCourses.length === 0
      ? []
      : await db
          .select({ questionId: a.questionId, text: a.text })
          .from(a)
          .innerJoin(r, eq(r.id, a.responseId))
          .innerJoin(s, eq(s.id, r.sessionId))
          .where(and(where, sql`${a.text} is not null`, ...(textCourses ? [inArray(r.courseId, textCourses)] : [])))
          // Random order, so the list does not follow the order people answered in.
          .orderBy(sql`md5(${a.responseId} || ${a.questionId})`);

  const questions: QuestionResult[] = questionsOf(forms.values()).map((question) => {
    const rows = counts.filter((row) => row.questionId === question.id);
    const answered = rows.reduce((sum, row) => sum + Number(row.n), 0);
    if (question.kind === "rating") {
      const byScore = new Map(rows.filter((row) => row.score !== null).map((row) => [row.score!, Number(row.n)]));
      return { ...question, questionId: question.id, result: suppressSmall(answered, () => ratingSummary(byScore)) };
    }
    if (question.kind === "choice") {
      const byChoice = Object.fromEntries(question.options.map((option) => [option.id, 0]));
      for (const row of rows) if (row.choice !== null && row.choice in byChoice) byChoice[row.choice] = Number(row.n);
      return { ...question, questionId: question.id, result: suppressSmall(answered, () => ({ counts: byChoice })) };
    }
    const words = texts.filter((row) => row.questionId === question.id).map((row) => row.text!);
    const readable = textCourses === null || words.length > 0 || sharing.length > 0;
    return {
      questionId: question.id,
      kind: "text",
      label: question.label,
      result: openText === "none" || !readable ? null : suppressSmall(words.length, () => ({ answers: words })),
    };
  });
  return { shown: true, count: responses, value: { questions } };
}

/** A use case's first question: may this viewer read results for this filter, and how far does open text reach? */
async function readerScope(
  db: Executor,
  viewer: Viewer | null,
  filter: ResultsFilter,
): Promise<{ scope: Scope; openText: OpenTextReach }> {
  if (!viewer) throw new AppError("unauthorized", { key: "evaluations.errors.forbidden" });
  if (isHubAdmin(viewer)) return { scope: filter, openText: "all" };
  let teachesEverySession: boolean;
  if (filter.sessionIds?.length) {
    const taught = await db
      .select({ sessionId: schema.sessionTrainer.sessionId })
      .from(schema.sessionTrainer)
      .where(
        and(
          eq(schema.sessionTrainer.userId, viewer.userId),
          inArray(schema.sessionTrainer.sessionId, filter.sessionIds),
        ),
      );
    teachesEverySession = new Set(taught.map((row) => row.sessionId)).size === new Set(filter.sessionIds).size;
  } else teachesEverySession = viewer.roles.some((grant) => grant.role === "trainer");
  if (!mayReadEvaluationResults(viewer, { teachesEverySession }))
    throw new AppError("forbidden", { key: "evaluations.errors.forbidden" });
  // Without named sessions, a trainer's results are those of the sessions they teach.
  const scope = filter.sessionIds?.length ? filter : { ...filter, trainerId: viewer.userId };
  return { scope, openText: mayReadOpenText(viewer, { courseSharesOpenText: true }) ? "shared" : "none" };
}

/** Evaluation results as the viewer may see them: admins any course, trainers the sessions they teach. */
export async function evaluationResults(
  db: Executor,
  viewer: Viewer | null,
  filter: ResultsFilter,
): Promise<EvaluationAggregates> {
  const { scope, openText } = await readerScope(db, viewer, filter);
  return evaluationAggregates(db, scope, openText);
}

export type ItemChangeResult = {
  item: SelfAssessmentItem;
  /** Before → at the end, over people who answered both. */
  change: Suppressible<{ meanBefore: number; meanAfter: number; meanChange: number }>;
  /** "Thinking back to before" → at the end, answered together at the end. */
  retrospective: Suppressible<{ meanRetro: number; meanChange: number }>;
  /** At the end → 90 days later. */
  followUp: Suppressible<{ meanChange: number }>;
};

export type SelfAssessmentSummary = {
  /** How many answered each round, each withheld under five. */
  answered: Record<SelfAssessmentKind, Suppressible<number>>;
  items: ItemChangeResult[];
};

/** The pure part of the change figures: pairs, means, and the small-number rule on each. */
export function summariseChange(responses: readonly SelfAssessmentResponse[]): SelfAssessmentSummary {
  const counts = Object.fromEntries(
    selfAssessmentKinds.map((kind) => {
      const n = new Set(responses.filter((row) => row.kind === kind).map((row) => row.pairCode)).size;
      return [kind, suppressSmall(n, () => n)];
    }),
  ) as SelfAssessmentSummary["answered"];
  const items = pairedChange(responses).map((change: ItemChange): ItemChangeResult => ({
    item: change.item,
    change: suppressSmall(change.pairs, () => ({
      meanBefore: change.meanBefore!,
      meanAfter: change.meanAfter!,
      meanChange: change.meanChange!,
    })),
    retrospective: suppressSmall(change.retroPairs, () => ({
      meanRetro: change.meanRetro!,
      meanChange: change.meanRetroChange!,
    })),
    followUp: suppressSmall(change.followUpPairs, () => ({ meanChange: change.meanFollowUpChange! })),
  }));
  return { answered: counts, items };
}

/**
 * Pre/post change by principle and task for a filter, without asking who reads it (the caller decides). One query: the
 * self-assessment answers with their pair codes; pairing happens in core.
 */
export async function selfAssessmentChange(db: Executor, filter: Scope): Promise<SelfAssessmentSummary> {
  const r = schema.evaluationResponse;
  const a = schema.evaluationAnswer;
  const rows = await db
    .select({
      pairCode: r.pairCode,
      kind: r.kind,
      questionId: a.questionId,
      score: a.score,
      retroScore: a.retroScore,
    })
    .from(r)
    .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, r.sessionId))
    .innerJoin(a, eq(a.responseId, r.id))
    .where(
      and(
        inArray(r.kind, ["pre", "post", "follow_up"]),
        isNotNull(r.pairCode),
        isNotNull(a.score),
        ...conditions(filter),
      ),
    );
  const responses = new Map<string, SelfAssessmentResponse>();
  for (const row of rows) {
    const kind = row.kind as SelfAssessmentKind;
    const key = `${row.pairCode}\u0000${kind}`;
    const response = responses.get(key) ?? { pairCode: row.pairCode!, kind, scores: {} };
    response.scores[row.questionId as SelfAssessmentItem] = { score: row.score!, retroScore: row.retroScore };
    responses.set(key, response);
  }
  return summariseChange([...responses.values()]);
}

/** Pre/post change as the viewer may see it. */
export async function selfAssessmentResults(
  db: Executor,
  viewer: Viewer | null,
  filter: ResultsFilter,
): Promise<SelfAssessmentSummary> {
  const { scope } = await readerScope(db, viewer, filter);
  return selfAssessmentChange(db, scope);
}
