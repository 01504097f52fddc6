// Mail to a circle's members about one meeting (moved, cancelled, a reminder), each in their own language and time zone.
import { and, eq, inArray } from "drizzle-orm";
import { isLocale, type Locale } from "#core/locale.ts";
import { schema, type Executor } from "#db/client.ts";
import { meetingTime } from "#i18n/format.ts";
import { translator } from "#i18n/translate.ts";
import { queueMail } from "#features/mail/queue-mail.ts";

export type MeetingNotice = "moved" | "cancelled" | "reminder";

export async function notifyCircleMembers(
  db: Executor,
  input: {
    circle: { id: string; name: string; timeZone: string };
    meeting: { startsAt: Date; endsAt: Date };
    notice: MeetingNotice;
    publicUrl: string;
    /** Only these members (a reminder goes to those who asked for one); all active members when absent. */
    userIds?: string[];
    /** A fixed outbox id per person, so a job that runs twice sends once. */
    mailId?: (userId: string) => string;
  },
): Promise<number> {
  if (input.userIds && input.userIds.length === 0) return 0;
  const people = await db
    .select({
      id: schema.user.id,
      email: schema.user.email,
      name: schema.user.name,
      locale: schema.user.locale,
      timeZone: schema.user.timeZone,
    })
    .from(schema.circleMember)
    .innerJoin(schema.user, eq(schema.user.id, schema.circleMember.userId))
    .where(
      and(
        eq(schema.circleMember.circleId, input.circle.id),
        eq(schema.circleMember.status, "active"),
        ...(input.userIds ? [inArray(schema.circleMember.userId, input.userIds)] : []),
      ),
    );
  for (const person of people) {
    const locale: Locale = isLocale(person.locale) ? person.locale : "en";
    const zone = person.timeZone;
    const t = translator(locale);
    const values = { circle: input.circle.name, when: meetingTime(locale, zone, input.meeting) };
    await queueMail(db, {
      ...(input.mailId ? { id: input.mailId(person.id) } : {}),
      to: person.email,
      locale,
      recipientName: person.name,
      template: `notice.circle-${input.notice}`,
      content: {
        subject: t(`circles.mail.${input.notice}.subject`, values),
        paragraphs: [t(`circles.mail.${input.notice}.body`, values)],
        actions: [{ label: t("circles.mail.open"), url: `${input.publicUrl}/circles/${input.circle.id}` }],
      },
    });
  }
  return people.length;
}
