// A person withdraws a consent from their privacy page, and what it allowed stops in the same transaction: partner
// sharing ends through the staff link's own use case, a public trainer profile is hidden, registration answers are
// erased, a testimonial or a county is removed. The withdrawal is audited (without any of the words withdrawn).
import { and, eq, inArray } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { openStaffLinkStatuses } from "#core/partners.ts";
import { checkWithdrawal, type ConsentFacts, type WithdrawalEffect } from "#core/privacy-consent.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { answerStaffLink } from "#features/partners/staff-links.ts";
import { touchImpactPage } from "#features/impact/impact-block-visibility.ts";
import { markConsentsWithdrawn } from "./consent-records.ts";

type Effect = { tx: Executor; now: Date; viewer: Viewer; record: ConsentFacts; actor: AuditActor };

async function endStaffLink({ tx, now, viewer, record, actor }: Effect): Promise<void> {
  const [link] = await tx
    .select({ id: schema.staffLink.id, status: schema.staffLink.status })
    .from(schema.staffLink)
    .where(
      and(
        eq(schema.staffLink.userId, viewer.userId),
        eq(schema.staffLink.organizationId, record.subjectId ?? ""),
        inArray(schema.staffLink.status, [...openStaffLinkStatuses]),
      ),
    );
  // The link's own use case ends it (and its consent with it); one already ended needs only the record closed.
  if (link)
    await answerStaffLink(
      { db: tx, now: () => now },
      { viewer, linkId: link.id, action: link.status === "active" ? "withdraw" : "cancel" },
      actor,
    );
}

const effects: Record<WithdrawalEffect, (effect: Effect) => Promise<void>> = {
  erase_registration_answers: async ({ tx, viewer, record }) => {
    await tx
      .update(schema.registration)
      .set({ answers: {}, pronouns: null, accommodations: null })
      .where(and(eq(schema.registration.id, record.subjectId ?? ""), eq(schema.registration.userId, viewer.userId)));
  },
  end_staff_link: endStaffLink,
  hide_trainer_profile: async ({ tx, viewer }) => {
    await tx
      .update(schema.trainerProfile)
      .set({ isPublic: false })
      .where(eq(schema.trainerProfile.userId, viewer.userId));
  },
  remove_testimonial: async ({ tx, now, viewer, record }) => {
    await tx
      .delete(schema.testimonial)
      .where(and(eq(schema.testimonial.id, record.subjectId ?? ""), eq(schema.testimonial.userId, viewer.userId)));
    // The public impact page's kept copies must not go on showing the words.
    await touchImpactPage(tx, now);
  },
  remove_county: async ({ tx, viewer }) => {
    await tx.delete(schema.personCounty).where(eq(schema.personCounty.userId, viewer.userId));
  },
};

export async function withdrawConsent(
  services: Pick<Services, "db" | "now">,
  request: { viewer: Viewer | null; consentId: string },
  actor: AuditActor,
): Promise<{ effect: WithdrawalEffect }> {
  const viewer = request.viewer;
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const [record] = await tx
      .select()
      .from(schema.consentRecord)
      .where(and(eq(schema.consentRecord.id, request.consentId), eq(schema.consentRecord.userId, viewer.userId)))
      .for("update");
    const facts = (row: typeof schema.consentRecord.$inferSelect): ConsentFacts => ({ ...row, personId: row.userId });
    const same = record
      ? await tx
          .select()
          .from(schema.consentRecord)
          .where(and(eq(schema.consentRecord.userId, viewer.userId), eq(schema.consentRecord.purpose, record.purpose)))
      : [];
    const check = checkWithdrawal(record ? facts(record) : null, viewer.userId, same.map(facts), now);
    if (!check.ok)
      throw check.problem === "not_found"
        ? new AppError("not_found", { key: "privacy.errors.consentNotFound" })
        : new AppError("conflict", { key: "privacy.errors.alreadyWithdrawn" });
    await effects[check.effect]({ tx, now, viewer, record: facts(record!), actor });
    await markConsentsWithdrawn(tx, {
      userId: viewer.userId,
      purpose: record!.purpose,
      subjectIds: record!.subjectId === null ? undefined : [record!.subjectId],
      at: now,
    });
    await recordAudit(tx, actor, {
      action: "privacy.consent_withdrawn",
      targetType: "consent_record",
      targetId: record!.id,
      summary: { purpose: record!.purpose, effect: check.effect },
    });
    return { effect: check.effect };
  });
}
