// Hub admins keep the prompt library: add a prompt, edit its words and tags, hide it or offer it again.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema } from "#db/client.ts";
import { isHubAdmin, type Viewer } from "#core/access.ts";
import { ipsPrinciples, ipsTasks, MAX_PROMPT_LENGTH } from "#core/journal.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { parseInput, problem, requiredText } from "#features/validation/parse-input.ts";

const emptyAsNull = <T extends z.ZodType>(inner: T) =>
  z.preprocess((value) => (value === "" || value === undefined ? null : value), inner.nullable());

export const promptInput = z
  .object({
    principle: emptyAsNull(z.enum(ipsPrinciples, problem("prompts.errors.tag"))),
    task: emptyAsNull(z.enum(ipsTasks, problem("prompts.errors.tag"))),
    textEn: requiredText(
      MAX_PROMPT_LENGTH,
      problem("prompts.errors.textMissing"),
      problem("prompts.errors.textTooLong"),
    ),
    textEs: requiredText(
      MAX_PROMPT_LENGTH,
      problem("prompts.errors.textMissing"),
      problem("prompts.errors.textTooLong"),
    ),
    sortOrder: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .refine((input) => input.principle || input.task, {
    path: ["principle"],
    message: problem("prompts.errors.untagged"),
  });

function adminOnly(viewer: Viewer | null): void {
  if (!isHubAdmin(viewer)) throw new AppError("forbidden", { detail: "Only hub admins edit the prompt library" });
}

export async function savePrompt(
  services: Pick<Services, "db" | "now">,
  request: z.input<typeof promptInput> & { viewer: Viewer | null; id?: string | null },
  actor: AuditActor,
): Promise<{ id: string }> {
  adminOnly(request.viewer);
  const input = parseInput(promptInput, request);
  return services.db.transaction(async (tx) => {
    const values = { ...input, updatedAt: services.now() };
    const [row] = request.id
      ? await tx
          .update(schema.reflectionPrompt)
          .set(values)
          .where(eq(schema.reflectionPrompt.id, request.id))
          .returning({ id: schema.reflectionPrompt.id })
      : await tx.insert(schema.reflectionPrompt).values(values).returning({ id: schema.reflectionPrompt.id });
    if (!row) throw new AppError("not_found", { key: "prompts.errors.noPrompt" });
    await recordAudit(tx, actor, {
      action: request.id ? "prompt.update" : "prompt.create",
      targetType: "reflection_prompt",
      targetId: row.id,
    });
    return { id: row.id };
  });
}

export async function setPromptActive(
  services: Pick<Services, "db" | "now">,
  request: { viewer: Viewer | null; id: string; active: boolean },
  actor: AuditActor,
): Promise<void> {
  adminOnly(request.viewer);
  await services.db.transaction(async (tx) => {
    const [row] = await tx
      .update(schema.reflectionPrompt)
      .set({ active: request.active, updatedAt: services.now() })
      .where(eq(schema.reflectionPrompt.id, request.id))
      .returning({ id: schema.reflectionPrompt.id });
    if (!row) throw new AppError("not_found", { key: "prompts.errors.noPrompt" });
    await recordAudit(tx, actor, {
      action: request.active ? "prompt.show" : "prompt.hide",
      targetType: "reflection_prompt",
      targetId: row.id,
    });
  });
}
