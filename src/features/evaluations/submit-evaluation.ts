// Answering through an evaluation link: the receipt ("this registration has answered") and the answers (with no
// person, registration or precise time) are written in one transaction; the receipt's key refuses a second answer.
import { randomUUID } from "node:crypto";
import { schema } from "#db/client.ts";
import { readEvaluationAnswers, readScore, type EvaluationAnswer } from "#core/evaluation-forms.ts";
import { selfAssessmentItems } from "#core/self-assessment.ts";
import { AppError, type FieldError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { openEvaluationLink } from "./open-evaluation.ts";
import { pairCodeFor } from "./evaluation-keys.ts";

type AnswerRow = { questionId: string; score?: number; retroScore?: number; choice?: string; text?: string };

/** The first day of the answer's month (UTC), the only date kept with answers. */
export function answeredMonth(now: Date): string {
  return `${now.toISOString().slice(0, 7)}-01`;
}

function selfAssessmentAnswers(kind: string, fields: Record<string, string | undefined>) {
  const rows: AnswerRow[] = [];
  const problems: FieldError[] = [];
  for (const item of selfAssessmentItems) {
    const raw = (fields[`q.${item}`] ?? "").trim();
    const rawRetro = kind === "post" ? (fields[`retro.${item}`] ?? "").trim() : "";
    const score = raw ? readScore(raw) : null;
    const retroScore = rawRetro ? readScore(rawRetro) : null;
    if (raw && score === null) problems.push({ path: `q.${item}`, message: "evaluations.errors.invalid" });
    if (rawRetro && retroScore === null)
      problems.push({ path: `retro.${item}`, message: "evaluations.errors.invalid" });
    // A "thinking back" answer means something only beside an answer for now.
    if (retroScore !== null && score === null)
      problems.push({ path: `q.${item}`, message: "evaluations.errors.retroWithoutNow" });
    if (score !== null) rows.push({ questionId: item, score, ...(retroScore !== null ? { retroScore } : {}) });
  }
  return { rows, problems };
}

function evaluationRows(answers: EvaluationAnswer[]): AnswerRow[] {
  return answers.map((answer) => ({ ...answer }));
}

/** Keeps one person's answers. Refuses a link we did not send, a closed one, and a second answer. */
export async function submitEvaluation(
  services: Pick<Services, "db" | "now" | "config">,
  input: { token: string; fields: Record<string, string | undefined> },
): Promise<void> {
  const link = await openEvaluationLink(services.db, input.token);
  if (link.state === "unknown") throw new AppError("not_found", { key: "evaluations.errors.unknownLink" });
  if (link.state === "answered") throw new AppError("conflict", { key: "evaluations.errors.alreadyAnswered" });
  if (link.state === "opted_out") throw new AppError("conflict", { key: "evaluations.errors.optedOut" });

  let rows: AnswerRow[];
  if (link.form) {
    const read = readEvaluationAnswers(link.form, input.fields);
    if (!read.ok)
      throw new AppError(
        "invalid",
        { key: "evaluations.errors.fix" },
        {
          fields: read.problems.map((problem) => ({
            path: `q.${problem.questionId}`,
            message: `evaluations.errors.${problem.problem}` as const,
          })),
        },
      );
    rows = evaluationRows(read.answers);
  } else {
    const read = selfAssessmentAnswers(link.kind, input.fields);
    if (read.problems.length)
      throw new AppError("invalid", { key: "evaluations.errors.fix" }, { fields: read.problems });
    rows = read.rows;
  }
  if (rows.length === 0) throw new AppError("invalid", { key: "evaluations.errors.empty" });

  const now = services.now();
  await services.db.transaction(async (tx) => {
    const receipt = await tx
      .insert(schema.evaluationReceipt)
      .values({ registrationId: link.registrationId, kind: link.kind })
      .onConflictDoNothing()
      .returning({ registrationId: schema.evaluationReceipt.registrationId });
    // Two submissions at once: the receipt's key lets one through.
    if (receipt.length === 0) throw new AppError("conflict", { key: "evaluations.errors.alreadyAnswered" });
    const responseId = randomUUID();
    await tx.insert(schema.evaluationResponse).values({
      id: responseId,
      courseId: link.courseId,
      sessionId: link.sessionId,
      kind: link.kind,
      answeredMonth: answeredMonth(now),
      pairCode:
        link.kind === "evaluation" ? null : pairCodeFor(services.config.sessionSecret, link.userId, link.courseId),
    });
    await tx.insert(schema.evaluationAnswer).values(rows.map((row) => ({ responseId, ...row })));
  });
}
