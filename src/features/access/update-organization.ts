// A partner admin (or a hub admin) edits their organization's public profile; nobody else's.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { mayActForOrganization, type Viewer } from "#core/access.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { parseInput } from "#features/validation/parse-input.ts";
import { organizationFields } from "./create-organization.ts";

const updateInput = z.object(organizationFields);

export async function updateOrganization(
  db: Executor,
  input: { viewer: Viewer | null; organizationId: string; name: string; website: string },
  actor: AuditActor,
): Promise<{ changed: string[] }> {
  if (!mayActForOrganization(input.viewer, input.organizationId))
    throw new AppError("forbidden", { detail: "You can only edit an organization you manage" });
  const profile = parseInput(updateInput, input);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(schema.organization)
      .where(eq(schema.organization.id, input.organizationId))
      .for("update");
    if (!current) throw new AppError("not_found", { detail: "No such organization" });
    const changed = (["name", "website"] as const).filter((field) => (current[field] ?? null) !== profile[field]);
    if (changed.length === 0) return { changed };
    await tx.update(schema.organization).set(profile).where(eq(schema.organization.id, current.id));
    await recordAudit(tx, actor, {
      action: "organization.update",
      targetType: "organization",
      targetId: current.id,
      summary: Object.fromEntries(changed.map((field) => [field, profile[field]])),
    });
    return { changed };
  });
}
