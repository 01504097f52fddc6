// Carries out one "delete my account" request in one transaction (decision 0038): places in trainings that have not
// ended go back through the seat ledger (the line moves, nothing is oversold); the person's answers, profile, contact
// data, sign-ins, tokens, journal key (crypto-shredding), circle memberships, testimonials, evidence files and trainer
// profile are deleted; consents are closed; credentials are kept or revoked as they chose. What must stay — completion
// records and the audit trail — stays, with the person replaced by an anonymous placeholder (their user row, renamed
// and without any address). The person is told it is done at the address they had, before it is erased.
import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import {
  ERASED_NAME,
  erasedEmail,
  personalValues,
  registrationsToRelease,
  scrubbedSummary,
} from "#core/account-deletion.ts";
import { defaultLocale, isLocale } from "#core/locale.ts";
import type { RegistrationStatus } from "#core/registration.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import type { Services } from "#platform/services.ts";
import { fullDateTime } from "#i18n/format.ts";
import { translator } from "#i18n/translate.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { leaveCircle } from "#features/circles/leave-circle.ts";
import { markCredentialRevoked } from "#features/credentials/revoke-credential.ts";
import { touchImpactPage } from "#features/impact/impact-block-visibility.ts";
import { queueMail } from "#features/mail/queue-mail.ts";
import { fillFreedSeats, lockSession } from "#features/registration/seat-ledger.ts";
import { moveRegistrations } from "#features/registration/transition.ts";
import type { deleteAccountJob } from "./delete-account.job.ts";

/** The hub acts, on the person's request: audit rows name no one. */
const hubActor: AuditActor = { userId: null, label: "account deletion" };

/** Kept with a revoked credential for admins: why it was revoked. */
export const DELETION_REVOCATION_REASON = "Revoked at the holder's request when they deleted their account.";

type Person = typeof schema.user.$inferSelect;
type Counts = Record<string, number>;

/** Carries out the request `deletionId`; answers false when there is nothing to do (unknown or already done). */
export async function deleteAccount(
  services: Pick<Services, "db" | "now" | "config">,
  deletionId: string,
): Promise<boolean> {
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const [asked] = await tx
      .select()
      .from(schema.accountDeletion)
      .where(eq(schema.accountDeletion.id, deletionId))
      .for("update");
    if (!asked || asked.completedAt || !asked.userId) return false;
    const [person] = await tx.select().from(schema.user).where(eq(schema.user.id, asked.userId));
    if (!person) return false;

    const counts: Counts = {};
    counts.placesReleased = await releasePlaces(tx, person.id, now);
    counts.registrationsErased = await eraseRegistrationAnswers(tx, person.id);
    counts.credentialsRevoked = asked.credentials === "revoke" ? await revokeCredentials(tx, person.id, now) : 0;
    // Crypto-shredding: without the key, every sealed entry and intention (and every copy in a backup) is unreadable.
    counts.journalKeys = (
      await tx.delete(schema.journalKey).where(eq(schema.journalKey.userId, person.id)).returning()
    ).length;
    counts.circles = await leaveCircles(tx, person, now);
    counts.testimonials = await removeTestimonials(tx, person.id, now);
    counts.evidenceFiles = await deleteOwnRecords(tx, person);
    counts.consentsClosed = (
      await tx
        .update(schema.consentRecord)
        .set({ withdrawnAt: now })
        .where(and(eq(schema.consentRecord.userId, person.id), isNull(schema.consentRecord.withdrawnAt)))
        .returning({ id: schema.consentRecord.id })
    ).length;
    await endSignIns(tx, person);

    // Told at the address they had, before it is erased; earlier mail to it goes from the outbox with it.
    await tx.delete(schema.outboxMessage).where(eq(schema.outboxMessage.toAddress, person.email));
    await queueConfirmation(tx, person, now, asked.credentials);

    await tx
      .update(schema.user)
      .set({
        name: ERASED_NAME,
        email: erasedEmail(person.id),
        emailVerified: false,
        image: null,
        legalName: null,
        pronouns: null,
        updatedAt: now,
      })
      .where(eq(schema.user.id, person.id));
    counts.auditRowsAnonymized = await anonymizeAuditRows(tx, person);

    await tx.update(schema.accountDeletion).set({ completedAt: now }).where(eq(schema.accountDeletion.id, asked.id));
    // What was done, in numbers only.
    await recordAudit(tx, hubActor, {
      action: "privacy.account_deleted",
      targetType: "account_deletion",
      targetId: asked.id,
      summary: { credentials: asked.credentials, ...counts },
    });
    return true;
  });
}

/**
 * Places in trainings that have not ended are cancelled through the seat ledger, one session at a time under its lock
 * (in id order, as every multi-session change takes them), and each freed seat is offered to the line at once.
 */
async function releasePlaces(tx: Executor, userId: string, now: Date): Promise<number> {
  const rows = await tx
    .select({
      id: schema.registration.id,
      status: schema.registration.status,
      sessionId: schema.registration.sessionId,
      sessionEndsAt: schema.trainingSession.endsAt,
    })
    .from(schema.registration)
    .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.registration.sessionId))
    .where(eq(schema.registration.userId, userId));
  const sessionIds = [...new Set(registrationsToRelease(rows, now).map((row) => row.sessionId))].sort();
  let released = 0;
  for (const sessionId of sessionIds) {
    const { session } = await lockSession(tx, sessionId);
    // Read again under the lock: an offer may have expired or a seat been confirmed meanwhile.
    const current = await tx
      .select({
        id: schema.registration.id,
        status: schema.registration.status,
        sessionId: schema.registration.sessionId,
      })
      .from(schema.registration)
      .where(and(eq(schema.registration.userId, userId), eq(schema.registration.sessionId, sessionId)));
    const live = registrationsToRelease(
      current.map((row) => ({ ...row, sessionEndsAt: session.endsAt })),
      now,
    ) as { id: string; status: RegistrationStatus; sessionId: string }[];
    // No notice: the person is leaving, and their address is about to go.
    await moveRegistrations(tx, live, "cancelled", { now, actor: hubActor, reason: null });
    await fillFreedSeats(tx, session, { now, actor: hubActor });
    released += live.length;
  }
  return released;
}

/** Every registration keeps its place in history (status, dates, completion) and loses what the person told us. */
async function eraseRegistrationAnswers(tx: Executor, userId: string): Promise<number> {
  const mine = tx
    .select({ id: schema.registration.id })
    .from(schema.registration)
    .where(eq(schema.registration.userId, userId));
  await tx
    .update(schema.scholarshipRequest)
    .set({ needStatement: "", message: null })
    .where(inArray(schema.scholarshipRequest.registrationId, mine));
  await tx
    .update(schema.registrationEvent)
    .set({ reason: null })
    .where(inArray(schema.registrationEvent.registrationId, mine));
  await tx.delete(schema.offerLink).where(inArray(schema.offerLink.registrationId, mine));
  const erased = await tx
    .update(schema.registration)
    .set({ answers: {}, pronouns: null, accommodations: null, decisionNote: null })
    .where(eq(schema.registration.userId, userId))
    .returning({ id: schema.registration.id });
  return erased.length;
}

async function revokeCredentials(tx: Executor, userId: string, now: Date): Promise<number> {
  const active = await tx
    .select()
    .from(schema.credential)
    .where(and(eq(schema.credential.userId, userId), eq(schema.credential.status, "active")))
    .orderBy(asc(schema.credential.issuedAt))
    .for("update");
  for (const row of active)
    await markCredentialRevoked(tx, row, { reason: DELETION_REVOCATION_REASON, now, actor: hubActor });
  return active.length;
}

/**
 * Leaves each circle through the circle's own use case (organizing passes on, dates ahead free up), then removes the
 * memberships and everything of the person's in circles: answers, attendance, reminders, agreement signatures and
 * invitations to their address.
 */
async function leaveCircles(tx: Executor, person: Person, now: Date): Promise<number> {
  const viewer: Viewer = { userId: person.id, email: person.email, name: person.name, emailVerified: true, roles: [] };
  const memberships = await tx
    .select({ circleId: schema.circleMember.circleId })
    .from(schema.circleMember)
    .where(and(eq(schema.circleMember.userId, person.id), eq(schema.circleMember.status, "active")))
    .orderBy(asc(schema.circleMember.circleId));
  for (const { circleId } of memberships) await leaveCircle({ db: tx, now: () => now }, { viewer, circleId }, hubActor);
  await tx.delete(schema.circleRsvp).where(eq(schema.circleRsvp.userId, person.id));
  await tx.delete(schema.circleAttendance).where(eq(schema.circleAttendance.userId, person.id));
  await tx.delete(schema.circleReminderSent).where(eq(schema.circleReminderSent.userId, person.id));
  await tx.delete(schema.circleAgreementAck).where(eq(schema.circleAgreementAck.userId, person.id));
  await tx
    .delete(schema.circleInvitation)
    .where(sql`lower(${schema.circleInvitation.email}) = ${person.email.toLowerCase()}`);
  const removed = await tx
    .delete(schema.circleMember)
    .where(eq(schema.circleMember.userId, person.id))
    .returning({ circleId: schema.circleMember.circleId });
  return removed.length;
}

async function removeTestimonials(tx: Executor, userId: string, now: Date): Promise<number> {
  const removed = await tx
    .delete(schema.testimonial)
    .where(eq(schema.testimonial.userId, userId))
    .returning({ id: schema.testimonial.id });
  // The public impact page's kept copies must not go on showing the words.
  if (removed.length) await touchImpactPage(tx, now);
  return removed.length;
}

/**
 * The person's own records that nobody else relies on: certifications and CE hours with their evidence files,
 * prerequisites declared from elsewhere, the trainer profile and photo, county, calendar feed, prepared downloads,
 * partner links and invitations to their address. Answers how many evidence files went.
 */
async function deleteOwnRecords(tx: Executor, person: Person): Promise<number> {
  const email = person.email.toLowerCase();
  const evidence = await tx
    .delete(schema.outsideHours)
    .where(eq(schema.outsideHours.userId, person.id))
    .returning({ evidence: schema.outsideHours.evidenceName });
  await tx.delete(schema.certification).where(eq(schema.certification.userId, person.id));
  await tx.delete(schema.outsideCompletion).where(eq(schema.outsideCompletion.userId, person.id));
  await tx.delete(schema.trainerPhoto).where(eq(schema.trainerPhoto.userId, person.id));
  await tx.delete(schema.trainerProfile).where(eq(schema.trainerProfile.userId, person.id));
  await tx.delete(schema.trainerStandingReminder).where(eq(schema.trainerStandingReminder.userId, person.id));
  await tx.delete(schema.personCounty).where(eq(schema.personCounty.userId, person.id));
  await tx.delete(schema.calendarFeed).where(eq(schema.calendarFeed.userId, person.id));
  await tx.delete(schema.dataExport).where(eq(schema.dataExport.userId, person.id));
  await tx
    .delete(schema.staffLink)
    .where(or(eq(schema.staffLink.userId, person.id), sql`lower(${schema.staffLink.email}) = ${email}`));
  await tx.delete(schema.invitation).where(sql`lower(${schema.invitation.email}) = ${email}`);
  return evidence.filter((row) => row.evidence !== null).length;
}

/** Every way in ends: sessions, password, API tokens, roles, pending links, and the counters keyed by the address. */
async function endSignIns(tx: Executor, person: Person): Promise<void> {
  const email = person.email.toLowerCase();
  await tx.delete(schema.session).where(eq(schema.session.userId, person.id));
  await tx.delete(schema.account).where(eq(schema.account.userId, person.id));
  await tx.delete(schema.personalAccessToken).where(eq(schema.personalAccessToken.userId, person.id));
  await tx.delete(schema.roleGrant).where(eq(schema.roleGrant.userId, person.id));
  await tx
    .delete(schema.verification)
    .where(
      or(
        eq(schema.verification.value, person.id),
        sql`strpos(lower(${schema.verification.value}), ${email}) > 0`,
        sql`strpos(lower(${schema.verification.identifier}), ${email}) > 0`,
      ),
    );
  await tx.delete(schema.passwordFailure).where(eq(schema.passwordFailure.email, email));
  await tx.delete(schema.rateLimitBucket).where(sql`strpos(lower(${schema.rateLimitBucket.key}), ${email}) > 0`);
  await tx.delete(schema.idempotencyKey).where(eq(schema.idempotencyKey.scope, person.id));
}

async function queueConfirmation(tx: Executor, person: Person, now: Date, credentials: string): Promise<void> {
  const locale = isLocale(person.locale) ? person.locale : defaultLocale;
  const t = translator(locale);
  await queueMail(tx, {
    to: person.email,
    locale,
    recipientName: person.name,
    template: "notice.account-deleted",
    content: {
      subject: t("deletion.mail.subject"),
      paragraphs: [
        t("deletion.mail.body", { time: fullDateTime(locale, person.timeZone, now) }),
        t(credentials === "revoke" ? "deletion.mail.credentialsRevoked" : "deletion.mail.credentialsKept"),
        t("deletion.mail.recordsKept"),
      ],
      afterword: [t("deletion.mail.afterword")],
    },
  });
}

/**
 * The audit trail stays, but the person's own words leave it: the address logged as who acted, the network address,
 * and any summary field holding their address or name. The log's trigger allows exactly this, in this transaction only.
 */
async function anonymizeAuditRows(tx: Executor, person: Person): Promise<number> {
  const personal = personalValues(person);
  const mine = tx
    .select({ id: schema.registration.id })
    .from(schema.registration)
    .where(eq(schema.registration.userId, person.id));
  const rows = await tx
    .select({
      id: schema.auditEvent.id,
      actorId: schema.auditEvent.actorId,
      actorLabel: schema.auditEvent.actorLabel,
      ip: schema.auditEvent.ip,
      summary: schema.auditEvent.summary,
    })
    .from(schema.auditEvent)
    .where(
      or(
        eq(schema.auditEvent.actorId, person.id),
        eq(schema.auditEvent.targetId, person.id),
        inArray(schema.auditEvent.targetId, mine),
        sql`strpos(lower(${schema.auditEvent.summary}::text), ${person.email.toLowerCase()}) > 0`,
      ),
    );
  await tx.execute(sql`select set_config('ips.audit_anonymize', 'on', true)`);
  let changed = 0;
  for (const row of rows) {
    const own = row.actorId === person.id;
    const label = own || personal.includes((row.actorLabel ?? "").toLowerCase()) ? null : row.actorLabel;
    const ip = own ? null : row.ip;
    const summary = scrubbedSummary(row.summary, personal);
    if (label === row.actorLabel && ip === row.ip && summary === null) continue;
    await tx
      .update(schema.auditEvent)
      .set({ actorLabel: label, ip, ...(summary ? { summary } : {}) })
      .where(eq(schema.auditEvent.id, row.id));
    changed += 1;
  }
  await tx.execute(sql`select set_config('ips.audit_anonymize', 'off', true)`);
  return changed;
}

/** The worker's handler for `deleteAccountJob`. */
export const deleteAccountHandler: JobHandler<typeof deleteAccountJob> = async (services, payload) => {
  await deleteAccount(services, payload.deletionId);
};
