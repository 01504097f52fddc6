// A person's own certifications: add one, change its number, date or reminders, remove it. Audited; never another person's.
import { and, asc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import { certificationInput } from "./certification-input.ts";

/** The kinds of certification people can add, by name. */
export async function listCertificationTypes(db: Executor) {
  return db
    .select({
      key: schema.certificationType.key,
      name: schema.certificationType.name,
      authority: schema.certificationType.authority,
      rules: schema.certificationType.rules,
    })
    .from(schema.certificationType)
    .where(isNull(schema.certificationType.archivedAt))
    .orderBy(asc(schema.certificationType.name));
}

function signedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  return viewer;
}

async function checkType(db: Executor, typeKey: string): Promise<void> {
  const [type] = await db
    .select({ key: schema.certificationType.key })
    .from(schema.certificationType)
    .where(eq(schema.certificationType.key, typeKey));
  if (!type) throw invalid([{ path: "typeKey", message: problem("certifications.errors.type") }]);
}

export async function addCertification(
  services: Pick<Services, "db">,
  request: z.input<typeof certificationInput> & { viewer: Viewer | null },
  actor: AuditActor,
): Promise<{ id: string }> {
  const viewer = signedIn(request.viewer);
  const input = parseInput(certificationInput, request);
  return services.db.transaction(async (tx) => {
    await checkType(tx, input.typeKey);
    const [created] = await tx
      .insert(schema.certification)
      .values({ userId: viewer.userId, typeKey: input.typeKey, number: input.number ?? null, issuedOn: input.issuedOn })
      .returning({ id: schema.certification.id });
    await recordAudit(tx, actor, {
      action: "certification.add",
      targetType: "certification",
      targetId: created!.id,
      summary: { typeKey: input.typeKey },
    });
    return { id: created!.id };
  });
}

export async function updateCertification(
  services: Pick<Services, "db">,
  request: z.input<typeof certificationInput> & { viewer: Viewer | null; id: string; remindersOn: boolean },
  actor: AuditActor,
): Promise<void> {
  const viewer = signedIn(request.viewer);
  const input = parseInput(certificationInput, request);
  await services.db.transaction(async (tx) => {
    await checkType(tx, input.typeKey);
    const changed = await tx
      .update(schema.certification)
      .set({
        typeKey: input.typeKey,
        number: input.number ?? null,
        issuedOn: input.issuedOn,
        remindersOn: request.remindersOn,
      })
      .where(and(eq(schema.certification.id, request.id), eq(schema.certification.userId, viewer.userId)))
      .returning({ id: schema.certification.id });
    if (changed.length === 0) throw new AppError("not_found", { detail: "No such certification" });
    await recordAudit(tx, actor, {
      action: "certification.update",
      targetType: "certification",
      targetId: request.id,
      summary: { typeKey: input.typeKey, remindersOn: request.remindersOn },
    });
  });
}

export async function removeCertification(
  services: Pick<Services, "db">,
  request: { viewer: Viewer | null; id: string },
  actor: AuditActor,
): Promise<void> {
  const viewer = signedIn(request.viewer);
  await services.db.transaction(async (tx) => {
    const removed = await tx
      .delete(schema.certification)
      .where(and(eq(schema.certification.id, request.id), eq(schema.certification.userId, viewer.userId)))
      .returning({ id: schema.certification.id, typeKey: schema.certification.typeKey });
    if (removed.length === 0) throw new AppError("not_found", { detail: "No such certification" });
    await recordAudit(tx, actor, {
      action: "certification.remove",
      targetType: "certification",
      targetId: request.id,
      summary: { typeKey: removed[0]!.typeKey },
    });
  });
}
