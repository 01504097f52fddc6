// Keeps a message in the outbox and enqueues its delivery: both or neither, inside the caller's transaction when there is one.
import { eq } from "drizzle-orm";
import type { Locale } from "#core/locale.ts";
import { schema, type Executor } from "#db/client.ts";
import { enqueue } from "#platform/jobs/queue.ts";
import { deliverMailJob } from "./deliver-mail.job.ts";
import { renderMail, type MailTemplate } from "./render-mail.ts";
import { readHubSettings } from "#features/hub/hub-settings.ts";

/** A file sent with a message; `content` is UTF-8 text (a calendar entry is text/calendar). */
export type MailAttachment = { filename: string; contentType: string; content: string };

export type MailRequest = {
  to: string;
  locale: Locale;
  recipientName: string;
  attachments?: MailAttachment[];
  /**
   * A fixed outbox id (a UUID) for a sender that may run twice, such as a job after a crash: the second call finds the
   * message already kept and adds nothing.
   */
  id?: string;
} & MailTemplate;

/** Auth's mails come here without a transaction of their own; a message kept without its delivery job would never go out. */
export async function queueMail(db: Executor, request: MailRequest): Promise<string> {
  const hub = await readHubSettings(db);
  const rendered = renderMail({ ...request, hubName: hub.name, accentColor: hub.accentColor });
  return db.transaction(async (tx) => {
    const [message] = await tx
      .insert(schema.outboxMessage)
      .values({
        ...(request.id ? { id: request.id } : {}),
        toAddress: request.to,
        locale: request.locale,
        template: request.template,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        attachments: request.attachments ?? [],
      })
      .onConflictDoNothing({ target: schema.outboxMessage.id })
      .returning({ id: schema.outboxMessage.id });
    if (!message) {
      // Only a fixed id can collide: that message was kept (and its delivery enqueued) by an earlier run.
      const [kept] = await tx
        .select({ id: schema.outboxMessage.id })
        .from(schema.outboxMessage)
        .where(eq(schema.outboxMessage.id, request.id!));
      return kept!.id;
    }
    await enqueue(tx, deliverMailJob, { messageId: message.id });
    return message.id;
  });
}

/** Whether a message with this fixed id is already in the outbox. */
export async function isMailQueued(db: Executor, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: schema.outboxMessage.id })
    .from(schema.outboxMessage)
    .where(eq(schema.outboxMessage.id, id));
  return Boolean(row);
}
