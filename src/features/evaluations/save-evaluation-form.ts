// An admin edits the hub's evaluation form or gives a course its own (or hands it back to the hub's): checked, saved
// and audited in one transaction. Only forms change; answers already given keep their question ids.
import { eq } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { buildEvaluationForm, type DraftQuestion, type EvaluationForm } from "#core/evaluation-forms.ts";
import { AppError, type FieldError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { HUB_SCOPE } from "./evaluation-forms.ts";

export type SaveFormInput = { scope: string; drafts: DraftQuestion[]; shareOpenText: boolean };

async function requireScope(services: Pick<Services, "db">, scope: string): Promise<string | null> {
  if (scope === HUB_SCOPE) return null;
  const [course] = await services.db
    .select({ id: schema.course.id })
    .from(schema.course)
    .where(eq(schema.course.id, scope));
  if (!course) throw new AppError("not_found", { key: "admin.errors.notFound" });
  return course.id;
}

export async function saveEvaluationForm(
  services: Pick<Services, "db" | "now">,
  viewer: Viewer | null,
  input: SaveFormInput,
  actor: AuditActor,
): Promise<EvaluationForm> {
  requireAdmin(viewer);
  const courseId = await requireScope(services, input.scope);
  const built = buildEvaluationForm(input.drafts, input.shareOpenText);
  if (!built.ok) {
    if (built.tooMany) throw new AppError("invalid", { key: "evaluations.forms.errors.tooMany" });
    if (built.empty) throw new AppError("invalid", { key: "evaluations.forms.errors.empty" });
    const fields: FieldError[] = built.problems.map((problem) => ({
      path: `q${problem.index}.${problem.problem === "labels" ? "labelEn" : "options"}`,
      message: problem.problem === "labels" ? "evaluations.forms.errors.labels" : "evaluations.forms.errors.options",
    }));
    throw new AppError("invalid", { key: "evaluations.errors.fix" }, { fields });
  }
  const row = {
    scope: input.scope,
    courseId,
    questions: built.form.questions,
    shareOpenText: built.form.shareOpenText,
    updatedBy: viewer.userId,
    updatedAt: services.now(),
  };
  await services.db.transaction(async (tx) => {
    await tx
      .insert(schema.evaluationForm)
      .values(row)
      .onConflictDoUpdate({ target: schema.evaluationForm.scope, set: row });
    await recordAudit(tx, actor, {
      action: "evaluation_form.save",
      targetType: courseId ? "course" : "hub",
      targetId: courseId,
      summary: { questions: built.form.questions.length, shareOpenText: built.form.shareOpenText },
    });
  });
  return built.form;
}

/** A course goes back to asking the hub's form. */
export async function resetEvaluationForm(
  services: Pick<Services, "db">,
  viewer: Viewer | null,
  scope: string,
  actor: AuditActor,
): Promise<void> {
  requireAdmin(viewer);
  const courseId = await requireScope(services, scope);
  if (!courseId) return;
  await services.db.transaction(async (tx) => {
    await tx.delete(schema.evaluationForm).where(eq(schema.evaluationForm.scope, scope));
    await recordAudit(tx, actor, {
      action: "evaluation_form.reset",
      targetType: "course",
      targetId: courseId,
      summary: {},
    });
  });
}
