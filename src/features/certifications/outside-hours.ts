// Continuing-education hours earned outside the hub: a person adds them with evidence (a PDF or an image), an admin may
// mark them verified, and the person may remove ones not yet verified.
import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "#db/client.ts";
import { isHubAdmin, maySeePersonalRecord, type Viewer } from "#core/access.ts";
import { checkEvidence, evidenceFileName, evidenceTypes, type EvidenceType } from "#core/evidence.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import { outsideHoursInput } from "./certification-input.ts";

export type EvidenceUpload = { name: string; bytes: Uint8Array } | null;

export async function recordOutsideHours(
  services: Pick<Services, "db">,
  request: z.input<typeof outsideHoursInput> & { viewer: Viewer | null; evidence: EvidenceUpload },
  actor: AuditActor,
): Promise<{ id: string }> {
  if (!request.viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  const input = parseInput(outsideHoursInput, request);
  const fields = [];
  if (input.categories.some((c) => c.minutes > input.minutes))
    fields.push({ path: "categories", message: problem("certifications.errors.categoryTooLong") });
  let evidenceType: EvidenceType | null = null;
  if (request.evidence && request.evidence.bytes.length > 0) {
    const check = checkEvidence(request.evidence.bytes);
    if (!check.ok)
      fields.push({
        path: "evidence",
        message: problem(
          check.problem === "too_large"
            ? "certifications.errors.evidenceTooLarge"
            : "certifications.errors.evidenceType",
        ),
      });
    else evidenceType = check.type;
  } else fields.push({ path: "evidence", message: problem("certifications.errors.evidenceMissing") });
  if (fields.length) throw invalid(fields);
  const viewer = request.viewer;
  return services.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(schema.outsideHours)
      .values({
        userId: viewer.userId,
        title: input.title,
        provider: input.provider,
        completedOn: input.completedOn,
        minutes: input.minutes,
        categories: input.categories,
        inPerson: input.inPerson,
        evidence: Buffer.from(request.evidence!.bytes),
        evidenceType,
        evidenceName: evidenceFileName(request.evidence!.name, evidenceType!),
      })
      .returning({ id: schema.outsideHours.id });
    await recordAudit(tx, actor, {
      action: "outside_hours.add",
      targetType: "outside_hours",
      targetId: created!.id,
      summary: { minutes: input.minutes },
    });
    return { id: created!.id };
  });
}

export async function verifyOutsideHours(
  services: Pick<Services, "db" | "now">,
  request: { viewer: Viewer | null; id: string },
  actor: AuditActor,
): Promise<void> {
  if (!isHubAdmin(request.viewer)) throw new AppError("forbidden", { detail: "Only hub admins verify outside hours" });
  await services.db.transaction(async (tx) => {
    const changed = await tx
      .update(schema.outsideHours)
      .set({ verifiedBy: request.viewer!.userId, verifiedAt: services.now() })
      .where(and(eq(schema.outsideHours.id, request.id), isNull(schema.outsideHours.verifiedAt)))
      .returning({ id: schema.outsideHours.id });
    if (changed.length === 0) throw new AppError("conflict", { detail: "Already verified or gone" });
    await recordAudit(tx, actor, { action: "outside_hours.verify", targetType: "outside_hours", targetId: request.id });
  });
}

/** A person removes their own entry while it is unverified; a verified entry stays, as the board may audit it. */
export async function removeOutsideHours(
  services: Pick<Services, "db">,
  request: { viewer: Viewer | null; id: string },
  actor: AuditActor,
): Promise<void> {
  if (!request.viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  await services.db.transaction(async (tx) => {
    const removed = await tx
      .delete(schema.outsideHours)
      .where(
        and(
          eq(schema.outsideHours.id, request.id),
          eq(schema.outsideHours.userId, request.viewer!.userId),
          isNull(schema.outsideHours.verifiedAt),
        ),
      )
      .returning({ id: schema.outsideHours.id });
    if (removed.length === 0) throw new AppError("conflict", { key: "certifications.errors.cannotRemove" });
    await recordAudit(tx, actor, { action: "outside_hours.remove", targetType: "outside_hours", targetId: request.id });
  });
}

/** The evidence file, for its owner and for admins. */
export async function readEvidence(
  db: Executor,
  viewer: Viewer | null,
  id: string,
): Promise<{ bytes: Buffer; type: string; name: string }> {
  const [row] = await db
    .select({
      userId: schema.outsideHours.userId,
      evidence: schema.outsideHours.evidence,
      type: schema.outsideHours.evidenceType,
      name: schema.outsideHours.evidenceName,
    })
    .from(schema.outsideHours)
    .where(eq(schema.outsideHours.id, id));
  if (!row || !row.evidence || !maySeePersonalRecord(viewer, { ownerId: row.userId }))
    throw new AppError("not_found", { detail: "No such file" });
  const type = evidenceTypes.find((kept) => kept === row.type);
  return { bytes: Buffer.from(row.evidence), type: type ?? "application/octet-stream", name: shownName(row) };
}

/** Names kept before the rule in src/core/evidence.ts go through it on the way out too. */
function shownName(row: { name: string | null; type: string | null }): string {
  const type = evidenceTypes.find((kept) => kept === row.type);
  return type ? evidenceFileName(row.name ?? "evidence", type) : "evidence";
}

function withShownName<Row extends { evidenceName: string | null; evidenceType: string | null }>({
  evidenceType,
  ...row
}: Row): Omit<Row, "evidenceType"> {
  return {
    ...row,
    evidenceName: row.evidenceName === null ? null : shownName({ name: row.evidenceName, type: evidenceType }),
  };
}

/** Outside hours waiting for an admin's check, oldest first (the evidence itself is fetched on its own). */
export async function listUnverifiedOutsideHours(db: Executor) {
  const rows = await db
    .select({
      id: schema.outsideHours.id,
      title: schema.outsideHours.title,
      provider: schema.outsideHours.provider,
      completedOn: schema.outsideHours.completedOn,
      minutes: schema.outsideHours.minutes,
      categories: schema.outsideHours.categories,
      inPerson: schema.outsideHours.inPerson,
      evidenceName: schema.outsideHours.evidenceName,
      evidenceType: schema.outsideHours.evidenceType,
      personName: schema.user.name,
      personEmail: schema.user.email,
      createdAt: schema.outsideHours.createdAt,
      // Hours added with a digital credential that did not count by itself: why, and what the verifier found.
      queueReason: schema.outsideHours.queueReason,
      verification: schema.outsideHours.verification,
    })
    .from(schema.outsideHours)
    .innerJoin(schema.user, eq(schema.user.id, schema.outsideHours.userId))
    .where(isNull(schema.outsideHours.verifiedAt))
    .orderBy(schema.outsideHours.createdAt);
  return rows.map(withShownName);
}

/** A person's own outside hours, newest first, without the file bytes. */
export async function listMyOutsideHours(db: Executor, userId: string) {
  const rows = await db
    .select({
      id: schema.outsideHours.id,
      title: schema.outsideHours.title,
      provider: schema.outsideHours.provider,
      completedOn: schema.outsideHours.completedOn,
      minutes: schema.outsideHours.minutes,
      categories: schema.outsideHours.categories,
      inPerson: schema.outsideHours.inPerson,
      evidenceName: schema.outsideHours.evidenceName,
      evidenceType: schema.outsideHours.evidenceType,
      verifiedAt: schema.outsideHours.verifiedAt,
    })
    .from(schema.outsideHours)
    .where(eq(schema.outsideHours.userId, userId))
    .orderBy(desc(schema.outsideHours.completedOn));
  return rows.map(withShownName);
}
