// Invites people to a circle by email, each in their own language (their account's, else the circle's).
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Viewer } from "#core/access.ts";
import { mayOrganizeCircle } from "#core/circles.ts";
import { isLocale, type Locale } from "#core/locale.ts";
import { schema } from "#db/client.ts";
import { translator } from "#i18n/translate.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { queueMail } from "#features/mail/queue-mail.ts";
import { parseInput } from "#features/validation/parse-input.ts";
import { inviteInput } from "./circle-input.ts";
import { circleStanding, refuse, requireOpen } from "./circle-standing.ts";

export async function inviteToCircle(
  services: Pick<Services, "db" | "config" | "now" | "onJobQueued">,
  input: { viewer: Viewer | null; circleId: string; emails: string[] },
  actor: AuditActor,
): Promise<{ invited: string[]; alreadyInvited: string[]; alreadyMembers: string[] }> {
  const { emails } = parseInput(inviteInput, { emails: input.emails });
  const unique = [...new Set(emails)];
  const now = services.now();
  const result = await services.db.transaction(async (tx) => {
    const { circle, standing } = await circleStanding(tx, input.viewer, input.circleId);
    if (!mayOrganizeCircle(standing)) refuse(standing);
    requireOpen(circle);
    const accounts = await tx
      .select({ id: schema.user.id, email: schema.user.email, locale: schema.user.locale, name: schema.user.name })
      .from(schema.user)
      .where(inArray(sql`lower(${schema.user.email})`, unique));
    const members = accounts.length
      ? await tx
          .select({ userId: schema.circleMember.userId })
          .from(schema.circleMember)
          .where(
            and(
              eq(schema.circleMember.circleId, circle.id),
              eq(schema.circleMember.status, "active"),
              inArray(
                schema.circleMember.userId,
                accounts.map((a) => a.id),
              ),
            ),
          )
      : [];
    const memberIds = new Set(members.map((m) => m.userId));
    const alreadyMembers = accounts.filter((a) => memberIds.has(a.id)).map((a) => a.email.toLowerCase());
    const candidates = unique.filter((email) => !alreadyMembers.includes(email));
    const inserted = candidates.length
      ? await tx
          .insert(schema.circleInvitation)
          .values(
            candidates.map((email) => ({
              circleId: circle.id,
              email,
              invitedBy: input.viewer!.userId,
              createdAt: now,
            })),
          )
          .onConflictDoNothing()
          .returning({ id: schema.circleInvitation.id, email: schema.circleInvitation.email })
      : [];
    for (const invitation of inserted) {
      const account = accounts.find((a) => a.email.toLowerCase() === invitation.email);
      const locale: Locale = account && isLocale(account.locale) ? account.locale : circle.language;
      const t = translator(locale);
      await queueMail(tx, {
        to: invitation.email,
        locale,
        recipientName: account?.name ?? invitation.email,
        template: "notice.circle-invitation",
        content: {
          subject: t("circles.mail.invitation.subject", { circle: circle.name }),
          paragraphs: [
            t("circles.mail.invitation.body", { inviter: input.viewer!.name, circle: circle.name }),
            ...(circle.description ? [circle.description] : []),
            t("circles.mail.invitation.next"),
          ],
          actions: [{ label: t("circles.mail.invitation.action"), url: `${services.config.publicUrl}/circles` }],
        },
      });
      await recordAudit(tx, actor, {
        action: "circle.invite",
        targetType: "circle_invitation",
        targetId: invitation.id,
        summary: { circleId: circle.id },
      });
    }
    const invited = inserted.map((i) => i.email);
    return {
      invited,
      alreadyInvited: candidates.filter((email) => !invited.includes(email)),
      alreadyMembers,
    };
  });
  if (result.invited.length) services.onJobQueued();
  return result;
}
