// Staff links between a person and a partner organization, with the person's consent: the partner invites (or the person
// asks), the other side answers, the person chooses what to share and may withdraw at any time. Every step is audited.
import { and, eq, inArray, isNull, or } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "#db/client.ts";
import { mayActForOrganization, type Viewer } from "#core/access.ts";
import type { Locale } from "#core/locale.ts";
import {
  nextStaffLinkStatus,
  openStaffLinkStatuses,
  type StaffLinkAction,
  type StaffLinkSide,
  type StaffLinkStatus,
} from "#core/partners.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import { translator } from "#i18n/translate.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { queueMail } from "#features/mail/queue-mail.ts";
import { emailAddress, invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import { markConsentsWithdrawn, recordConsents } from "#features/privacy/consent-records.ts";

const inviteInput = z.object({
  organizationId: z.string().min(1),
  email: emailAddress(problem("partners.staff.errors.email"), problem("partners.staff.errors.emailMissing")),
  locale: z.enum(["en", "es"]).default("en"),
});

export type StaffLinkRow = typeof schema.staffLink.$inferSelect;

function mustManage(viewer: Viewer | null, organizationId: string): Viewer {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  if (!mayActForOrganization(viewer, organizationId))
    throw new AppError("forbidden", { key: "partners.errors.notYourOrganization" });
  return viewer;
}

/**
 * The partner invites a person by email. The answer is the same whether or not the address has an account, so the
 * partner learns nothing; the email goes out in the person's language when they have an account, else the one chosen.
 */
export async function inviteStaff(
  services: Pick<Services, "db" | "now" | "config">,
  request: { viewer: Viewer | null; organizationId: string; email: string; locale?: Locale },
  actor: AuditActor,
): Promise<{ id: string }> {
  const input = parseInput(inviteInput, request);
  mustManage(request.viewer, input.organizationId);
  return services.db.transaction(async (tx) => {
    const [organization] = await tx
      .select({ name: schema.organization.name })
      .from(schema.organization)
      .where(eq(schema.organization.id, input.organizationId));
    if (!organization) throw new AppError("not_found", { key: "partners.errors.notYourOrganization" });
    const [open] = await tx
      .select({ id: schema.staffLink.id })
      .from(schema.staffLink)
      .where(
        and(
          eq(schema.staffLink.organizationId, input.organizationId),
          eq(schema.staffLink.email, input.email),
          inArray(schema.staffLink.status, [...openStaffLinkStatuses]),
        ),
      );
    if (open) throw invalid([{ path: "email", message: problem("partners.staff.errors.alreadyOpen") }]);
    const [link] = await tx
      .insert(schema.staffLink)
      .values({
        organizationId: input.organizationId,
        email: input.email,
        status: "invited",
        invitedBy: actor.userId,
        createdAt: services.now(),
      })
      .returning({ id: schema.staffLink.id });
    const [person] = await tx
      .select({ name: schema.user.name, locale: schema.user.locale })
      .from(schema.user)
      .where(eq(schema.user.email, input.email));
    const locale = (person?.locale as Locale | undefined) ?? input.locale;
    const t = translator(locale);
    const values = { organization: organization.name };
    await queueMail(tx, {
      to: input.email,
      locale,
      recipientName: person?.name ?? "",
      template: "notice.partner-staff-invitation",
      content: {
        subject: t("partners.mail.invite.subject", values),
        paragraphs: [t("partners.mail.invite.body", values), t("partners.mail.invite.consent", values)],
        actions: [{ label: t("partners.mail.invite.action"), url: `${services.config.publicUrl}/account/partners` }],
      },
    });
    await recordAudit(tx, actor, {
      action: "partner.staff.invited",
      targetType: "staff_link",
      targetId: link!.id,
      summary: { organizationId: input.organizationId },
    });
    return { id: link!.id };
  });
}

/** The person asks to be linked to an organization; the partner answers. Sharing is chosen now and can change later. */
export async function requestStaffLink(
  services: Pick<Services, "db" | "now">,
  request: {
    viewer: Viewer | null;
    organizationId: string;
    shareCompletions: boolean;
    shareCompliance: boolean;
    /** The language the sharing wording was shown in (privacy consent records). */
    locale?: Locale;
  },
  actor: AuditActor,
): Promise<{ id: string }> {
  const viewer = request.viewer;
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  return services.db.transaction(async (tx) => {
    const [organization] = await tx
      .select({ id: schema.organization.id })
      .from(schema.organization)
      .where(eq(schema.organization.id, request.organizationId));
    if (!organization) throw invalid([{ path: "organizationId", message: problem("partners.link.errors.choose") }]);
    const email = viewer.email.toLowerCase();
    const [open] = await tx
      .select({ id: schema.staffLink.id })
      .from(schema.staffLink)
      .where(
        and(
          eq(schema.staffLink.organizationId, request.organizationId),
          eq(schema.staffLink.email, email),
          inArray(schema.staffLink.status, [...openStaffLinkStatuses]),
        ),
      );
    if (open) throw invalid([{ path: "organizationId", message: problem("partners.link.errors.alreadyOpen") }]);
    const [link] = await tx
      .insert(schema.staffLink)
      .values({
        organizationId: request.organizationId,
        email,
        userId: viewer.userId,
        status: "requested",
        shareCompletions: request.shareCompletions,
        shareCompliance: request.shareCompliance,
        createdAt: services.now(),
      })
      .returning({ id: schema.staffLink.id });
    await recordConsents(tx, [
      {
        userId: viewer.userId,
        purpose: "partner_sharing",
        subjectId: request.organizationId,
        locale: request.locale ?? "en",
        at: services.now(),
      },
    ]);
    await recordAudit(tx, actor, {
      action: "partner.staff.requested",
      targetType: "staff_link",
      targetId: link!.id,
      summary: { organizationId: request.organizationId },
    });
    return { id: link!.id };
  });
}

/** Is this link the viewer's own: bound to their account, or an invitation to their address not yet answered. */
function isPersonsOwn(viewer: Viewer, link: StaffLinkRow): boolean {
  if (link.userId) return link.userId === viewer.userId;
  return link.status === "invited" && link.email === viewer.email.toLowerCase();
}

export type StaffLinkAnswer = {
  viewer: Viewer | null;
  linkId: string;
  action: StaffLinkAction;
  /** Asked when the person accepts; a partner's answer leaves the person's choices as they are. */
  shareCompletions?: boolean;
  shareCompliance?: boolean;
  /** The language the sharing wording was shown in, when the person accepts (privacy consent records). */
  locale?: Locale;
};

/**
 * One side acts on a link: the person accepts (choosing what to share), declines or withdraws; the partner approves a
 * request, declines it, or ends a link. A link that is not the viewer's to act on is "not found", so nothing leaks.
 */
export async function answerStaffLink(
  services: Pick<Services, "db" | "now">,
  request: StaffLinkAnswer,
  actor: AuditActor,
): Promise<{ status: StaffLinkStatus }> {
  const viewer = request.viewer;
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  return services.db.transaction(async (tx) => {
    const [link] = await tx
      .select()
      .from(schema.staffLink)
      .where(eq(schema.staffLink.id, request.linkId))
      .for("update");
    const side: StaffLinkSide | null = !link
      ? null
      : isPersonsOwn(viewer, link)
        ? "person"
        : mayActForOrganization(viewer, link.organizationId)
          ? "partner"
          : null;
    if (!link || !side) throw new AppError("not_found", { key: "partners.errors.linkNotFound" });
    const next = nextStaffLinkStatus(link.status, request.action, side);
    if (!next) throw new AppError("conflict", { key: "partners.errors.linkChanged" });
    const now = services.now();
    const set: Partial<StaffLinkRow> = { status: next, respondedAt: now };
    if (side === "person") set.userId = viewer.userId;
    if (next === "active" && side === "person") {
      set.shareCompletions = request.shareCompletions ?? false;
      set.shareCompliance = request.shareCompliance ?? false;
    }
    if (next === "withdrawn" || next === "cancelled" || next === "declined") set.endedAt = now;
    await tx.update(schema.staffLink).set(set).where(eq(schema.staffLink.id, link.id));
    // The person's consent to share follows the link: given when they accept, ended when the link ends from either side.
    const personId = side === "person" ? viewer.userId : link.userId;
    if (next === "active" && side === "person")
      await recordConsents(tx, [
        {
          userId: viewer.userId,
          purpose: "partner_sharing",
          subjectId: link.organizationId,
          locale: request.locale ?? "en",
          at: now,
        },
      ]);
    else if (set.endedAt && personId)
      await markConsentsWithdrawn(tx, {
        userId: personId,
        purpose: "partner_sharing",
        subjectIds: [link.organizationId],
        at: now,
      });
    await recordAudit(tx, actor, {
      action: `partner.staff.${next}`,
      targetType: "staff_link",
      targetId: link.id,
      summary: { organizationId: link.organizationId, by: side },
    });
    return { status: next };
  });
}

/** The person changes what they share on an active link. */
export async function updateStaffSharing(
  services: Pick<Services, "db">,
  request: { viewer: Viewer | null; linkId: string; shareCompletions: boolean; shareCompliance: boolean },
  actor: AuditActor,
): Promise<void> {
  const viewer = request.viewer;
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  await services.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(schema.staffLink)
      .set({ shareCompletions: request.shareCompletions, shareCompliance: request.shareCompliance })
      .where(
        and(
          eq(schema.staffLink.id, request.linkId),
          eq(schema.staffLink.userId, viewer.userId),
          eq(schema.staffLink.status, "active"),
        ),
      )
      .returning({ organizationId: schema.staffLink.organizationId });
    if (!updated) throw new AppError("not_found", { key: "partners.errors.linkNotFound" });
    await recordAudit(tx, actor, {
      action: "partner.staff.sharing_changed",
      targetType: "staff_link",
      targetId: request.linkId,
      summary: {
        organizationId: updated.organizationId,
        completions: request.shareCompletions,
        compliance: request.shareCompliance,
      },
    });
  });
}

export type MyStaffLink = {
  id: string;
  organizationId: string;
  organizationName: string;
  status: StaffLinkStatus;
  shareCompletions: boolean;
  shareCompliance: boolean;
};

/** The person's own links (and invitations to their address), open ones first. */
export async function listMyStaffLinks(db: Executor, viewer: Viewer): Promise<MyStaffLink[]> {
  const rows = await db
    .select({
      id: schema.staffLink.id,
      organizationId: schema.staffLink.organizationId,
      organizationName: schema.organization.name,
      status: schema.staffLink.status,
      shareCompletions: schema.staffLink.shareCompletions,
      shareCompliance: schema.staffLink.shareCompliance,
      userId: schema.staffLink.userId,
      createdAt: schema.staffLink.createdAt,
    })
    .from(schema.staffLink)
    .innerJoin(schema.organization, eq(schema.organization.id, schema.staffLink.organizationId))
    .where(
      and(
        inArray(schema.staffLink.status, [...openStaffLinkStatuses]),
        // An invitation to the address counts until someone answers it; an answered link belongs to whoever answered.
        or(
          eq(schema.staffLink.userId, viewer.userId),
          and(eq(schema.staffLink.email, viewer.email.toLowerCase()), isNull(schema.staffLink.userId)),
        ),
      ),
    )
    .orderBy(schema.organization.name);
  return rows.map(({ userId: _userId, createdAt: _createdAt, ...row }) => row);
}

/** Which of these people hold an active (consented) link to the organization. */
export async function linkedWithConsent(
  db: Executor,
  organizationId: string,
  userIds: readonly string[],
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .select({ userId: schema.staffLink.userId })
    .from(schema.staffLink)
    .where(
      and(
        eq(schema.staffLink.organizationId, organizationId),
        eq(schema.staffLink.status, "active"),
        inArray(schema.staffLink.userId, [...userIds]),
      ),
    );
  return new Set(rows.map((row) => row.userId!));
}

/** Organizations a person may ask to link with. */
export async function listOrganizations(db: Executor): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: schema.organization.id, name: schema.organization.name })
    .from(schema.organization)
    .orderBy(schema.organization.name);
}
