// Reading credentials: the public verification facts by code, one credential for its owner's downloads, and status words.
import { eq, sql } from "drizzle-orm";
import { maySeePersonalRecord, type Viewer } from "#core/access.ts";
import { normalizeCredentialCode } from "#core/credential-code.ts";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { readHubSettingsForPages } from "#features/hub/hub-settings.ts";

export type PublicStatus = "valid" | "revoked" | "expired" | "superseded";

/** What a verifier is told: revoked wins over everything, then superseded, then an end date that has passed. */
export function publicStatus(
  row: { status: "active" | "revoked" | "superseded"; validUntil: Date | null },
  now: Date,
): PublicStatus {
  if (row.status === "revoked") return "revoked";
  if (row.status === "superseded") return "superseded";
  if (row.validUntil && row.validUntil.getTime() <= now.getTime()) return "expired";
  return "valid";
}

/**
 * What the public page's verdict for a code depends on, as one short string (null for an unknown code): a page kept for a
 * moment may be shown again only while this is unchanged, so a revocation, re-issue or expiry shows on the very next
 * request, on every app process.
 */
export async function verificationStamp(
  db: Executor,
  input: { code: string | undefined; now: Date },
): Promise<string | null> {
  const code = normalizeCredentialCode(input.code ?? "");
  if (!code) return null;
  const [row] = await db
    .select({
      status: schema.credential.status,
      statusChangedAt: schema.credential.statusChangedAt,
      validUntil: schema.credential.validUntil,
    })
    .from(schema.credential)
    .where(eq(schema.credential.code, code));
  return row ? `${publicStatus(row, input.now)}:${row.statusChangedAt?.getTime() ?? ""}` : null;
}

/** The public page's facts for a code: never the email or the legal name, only the name the person chose. */
export async function readCredentialForVerification(db: Executor, input: { code: string; now: Date }) {
  const code = normalizeCredentialCode(input.code);
  if (!code) return null;
  const [row] = await db
    .select({
      code: schema.credential.code,
      status: schema.credential.status,
      statusChangedAt: schema.credential.statusChangedAt,
      supersededById: schema.credential.supersededById,
      displayName: schema.credential.displayName,
      attendedMinutes: schema.credential.attendedMinutes,
      categories: schema.credential.categories,
      inPerson: schema.credential.inPerson,
      activityStartDate: schema.credential.activityStartDate,
      activityEndDate: schema.credential.activityEndDate,
      issuedAt: schema.credential.issuedAt,
      validUntil: schema.credential.validUntil,
      courseTitleEn: schema.course.titleEn,
      courseTitleEs: schema.course.titleEs,
      contactMinutes: schema.course.contactMinutes,
      // The partner that delivered an in-house training (decision 0044): only the name, not the whole document.
      deliveredBy: sql<string | null>`${schema.credential.document} -> 'credentialSubject' -> 'source' ->> 'name'`,
    })
    .from(schema.credential)
    .innerJoin(schema.course, eq(schema.course.id, schema.credential.courseId))
    .where(eq(schema.credential.code, code));
  if (!row) return null;
  const hub = await readHubSettingsForPages(db);
  const { supersededById, statusChangedAt, ...facts } = row;
  let replacementCode: string | null = null;
  if (supersededById) {
    const [next] = await db
      .select({ code: schema.credential.code })
      .from(schema.credential)
      .where(eq(schema.credential.id, supersededById));
    replacementCode = next?.code ?? null;
  }
  return {
    ...facts,
    status: publicStatus(row, input.now),
    // Only the date is public; the reason for a revocation stays with the hub's admins.
    statusChangedAt: row.status === "active" ? null : statusChangedAt,
    replacementCode,
    issuerName: hub.name,
    providerNumber: hub.providerNumber,
  };
}

export type CredentialForOwner = typeof schema.credential.$inferSelect;

/** One credential for its downloads: the person it was issued to, or an admin; anyone else is told it does not exist. */
export async function readCredentialForOwner(
  db: Executor,
  input: { viewer: Viewer | null; credentialId: string },
): Promise<CredentialForOwner> {
  if (!/^[0-9a-f-]{36}$/i.test(input.credentialId))
    throw new AppError("not_found", { key: "credentials.errors.notFound" });
  const [row] = await db.select().from(schema.credential).where(eq(schema.credential.id, input.credentialId));
  if (!row || !maySeePersonalRecord(input.viewer, { ownerId: row.userId })) {
    throw new AppError("not_found", { key: "credentials.errors.notFound" });
  }
  return row;
}
