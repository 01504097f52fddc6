// Which evaluation form a course asks: its own, else the hub's saved default, else the built-in default.
import { inArray } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { defaultEvaluationForm, type EvaluationForm } from "#core/evaluation-forms.ts";

export const HUB_SCOPE = "hub";

/** The forms of these courses, by course id, in one query. */
export async function formsForCourses(
  db: Executor,
  courseIds: readonly string[],
): Promise<Map<string, EvaluationForm>> {
  const rows = await db
    .select()
    .from(schema.evaluationForm)
    .where(inArray(schema.evaluationForm.scope, [HUB_SCOPE, ...courseIds]));
  const byScope = new Map(
    rows.map((row) => [row.scope, { questions: row.questions, shareOpenText: row.shareOpenText }]),
  );
  const hub = byScope.get(HUB_SCOPE) ?? defaultEvaluationForm;
  return new Map(courseIds.map((id) => [id, byScope.get(id) ?? hub]));
}

export async function formForCourse(db: Executor, courseId: string): Promise<EvaluationForm> {
  return (await formsForCourses(db, [courseId])).get(courseId)!;
}

/** The form a scope holds itself (null: it has none and asks the hub's, or the built-in one). */
export async function ownForm(db: Executor, scope: string): Promise<EvaluationForm | null> {
  const [row] = await db
    .select()
    .from(schema.evaluationForm)
    .where(inArray(schema.evaluationForm.scope, [scope]));
  return row ? { questions: row.questions, shareOpenText: row.shareOpenText } : null;
}
