// Issues one registration's credential after sign-off: the Open Badges 3.0 credential with its embedded Data Integrity
// proof, the VC-JWT over it, and the record its PDF prints.
// Safe to run twice (the job may be retried): a registration that already has a credential gets nothing new.
import { randomBytes, randomUUID } from "node:crypto";
import { and, eq, ne, sql } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { credentialCodeFrom } from "#core/credential-code.ts";
import { achievementAlignments, addMonths, buildOpenBadgeCredential, creditedCategories } from "#core/open-badges.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { emitWebhookEvent } from "#features/webhooks/emit-webhook-event.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import type { Services } from "#platform/services.ts";
import { translator } from "#i18n/translate.ts";
import { localized, localizedField } from "#i18n/localized.ts";
import type { issueCredentialJob } from "./issue-credential.job.ts";
import {
  categoryLabel,
  criteriaNarrative,
  ipsNames,
  readIssuanceRecord,
  localDate,
  type IssuanceRecord,
} from "./credential-content.ts";
import { addDataIntegrityProof } from "./data-integrity.ts";
import { signCredentialJwt } from "./sign-credential.ts";
import { currentSigningKey, type SigningKey } from "./signing-keys.ts";
import { statusListUrl } from "./status-list-credential.ts";

export type IssueServices = Pick<Services, "db" | "config" | "now">;

export type IssueOutcome =
  | { status: "issued"; credentialId: string; code: string }
  | { status: "already_issued"; credentialId: string; code: string }
  | { status: "skipped"; reason: "no_completion" | "not_completed" };

/** One issuer at a time: the next free status-list index and a fresh code are taken under this lock. */
export async function lockIssuance(tx: Executor): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('ips-hub:credential-issue'))`);
}

async function freeCode(tx: Executor): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const code = credentialCodeFrom(randomBytes(7));
    const [taken] = await tx
      .select({ id: schema.credential.id })
      .from(schema.credential)
      .where(eq(schema.credential.code, code));
    if (!taken) return code;
  }
  throw new Error("Could not find a free credential code");
}

async function nextStatusListIndex(tx: Executor): Promise<number> {
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${schema.credential.statusListIndex}), -1) + 1` })
    .from(schema.credential);
  return Number(row?.next ?? 0);
}

/** Writes a new credential row from the record (inside the caller's transaction, which holds the issuance lock). */
export async function writeCredential(
  tx: Executor,
  services: IssueServices,
  record: IssuanceRecord,
  key: SigningKey,
  options: { validUntil?: Date | null; issuedAt?: Date } = {},
): Promise<{ id: string; code: string }> {
  const publicUrl = services.config.publicUrl;
  const issuedAt = options.issuedAt ?? services.now();
  const id = randomUUID();
  const code = await freeCode(tx);
  const statusListIndex = await nextStatusListIndex(tx);
  const validUntil =
    options.validUntil !== undefined
      ? options.validUntil
      : record.course.validForMonths
        ? addMonths(issuedAt, record.course.validForMonths)
        : null;
  const t = translator(record.language);
  const categories = creditedCategories(record.course.ceCategories, record.ceMinutes, record.contactMinutes);
  const document = buildOpenBadgeCredential({
    credentialId: id,
    hub: { url: publicUrl, name: record.hub.name, imageUrl: record.hub.logoUrl },
    achievement: {
      courseId: record.course.id,
      name: localizedField(record.course, "title", record.language),
      description: localized(
        { en: record.course.summaryEn, es: record.course.summaryEs },
        record.language,
        localizedField(record.course, "title", record.language),
      ),
      criteriaNarrative: criteriaNarrative(record.language, record.course),
      contactMinutes: record.course.contactMinutes,
      language: record.language,
      alignments: achievementAlignments({
        hubUrl: publicUrl,
        ipsNames: ipsNames(t),
        ceCategories: record.course.ceCategories.map((c) => ({ ...c, label: categoryLabel(t, c.category) })),
      }),
    },
    subject: {
      registrationId: record.registrationId,
      email: record.email,
      salt: randomBytes(16).toString("hex"),
      attendedMinutes: record.attendedMinutes,
      activityStartDate: record.session.startsAt,
      activityEndDate: record.session.endsAt,
      deliveredBy: record.deliveredBy,
    },
    issuedAt,
    validUntil,
    status: { index: statusListIndex, listUrl: statusListUrl(publicUrl, statusListIndex) },
  });
  // Both proofs, in the order OB 3.0 allows: the embedded proof first, then the JWT over the document that carries it.
  const proven = await addDataIntegrityProof(document, key, publicUrl, issuedAt);
  const jwt = await signCredentialJwt(proven, key, publicUrl);
  await tx.insert(schema.credential).values({
    id,
    code,
    registrationId: record.registrationId,
    userId: record.userId,
    courseId: record.course.id,
    sessionId: record.sessionId,
    recipientName: record.recipientName,
    displayName: record.chosenName,
    attendedMinutes: record.attendedMinutes,
    categories,
    inPerson: record.session.format === "in_person",
    activityStartDate: localDate(record.session.startsAt, record.session.timeZone),
    activityEndDate: localDate(record.session.endsAt, record.session.timeZone),
    issuedAt,
    validUntil,
    statusListIndex,
    keyId: key.id,
    document: proven as unknown as Record<string, unknown>,
    jwt,
  });
  return { id, code };
}

export async function issueCredential(
  services: IssueServices,
  input: { registrationId: string },
  actor: AuditActor,
): Promise<IssueOutcome> {
  const key = await currentSigningKey(services);
  return services.db.transaction(async (tx) => {
    await lockIssuance(tx);
    // Superseded credentials always have a newer one; an active or revoked one means this registration is done.
    const [existing] = await tx
      .select({ id: schema.credential.id, code: schema.credential.code })
      .from(schema.credential)
      .where(
        and(eq(schema.credential.registrationId, input.registrationId), ne(schema.credential.status, "superseded")),
      );
    if (existing) return { status: "already_issued", credentialId: existing.id, code: existing.code };
    const record = await readIssuanceRecord(tx, input.registrationId);
    if (!record) return { status: "skipped", reason: "no_completion" };
    if (!record.completed) return { status: "skipped", reason: "not_completed" };
    // A training imported from earlier records is credited on the day it ended, not the day of the import.
    const created = await writeCredential(
      tx,
      services,
      record,
      key,
      record.imported ? { issuedAt: record.session.endsAt } : {},
    );
    await recordAudit(tx, actor, {
      action: "credential.issue",
      targetType: "credential",
      targetId: created.id,
      summary: { registrationId: input.registrationId, code: created.code, keyId: key.id },
    });
    await emitWebhookEvent(
      tx,
      "credential.issued",
      { credentialId: created.id, registrationId: input.registrationId },
      services.now(),
    );
    return { status: "issued", credentialId: created.id, code: created.code };
  });
}

/** The worker's handler for `issueCredentialJob`. */
export const issueCredentialHandler: JobHandler<typeof issueCredentialJob> = async (services, payload) => {
  const outcome = await issueCredential(services, payload, { userId: null, label: "credential job" });
  if (outcome.status === "skipped")
    services.logger.warn({ registrationId: payload.registrationId, reason: outcome.reason }, "no credential issued");
};
