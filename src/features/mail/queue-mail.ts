// Keeps a message in the outbox and enqueues its delivery: both or neither, inside the caller's transaction when there is one.
import type { Locale } from "#core/locale.ts";
import { schema, type Executor } from "#db/client.ts";
import { enqueue } from "#jobs/define-job.ts";
import { deliverMailJob } from "./deliver-mail.ts";
import { renderMail, type MailTemplate } from "./render-mail.ts";
import { readHubSettings } from "#features/hub/hub-settings.ts";

export type MailRequest = { to: string; locale: Locale; recipientName: string } & MailTemplate;

/** Auth's mails come here without a transaction of their own; a message kept without its delivery job would never go out. */
export async function queueMail(db: Executor, request: MailRequest): Promise<string> {
  const hub = await readHubSettings(db);
  const rendered = renderMail({ ...request, hubName: hub.name, accentColor: hub.accentColor });
  return db.transaction(async (tx) => {
    const [message] = await tx
      .insert(schema.outboxMessage)
      .values({
        toAddress: request.to,
        locale: request.locale,
        template: request.template,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
      })
      .returning({ id: schema.outboxMessage.id });
    await enqueue(tx, deliverMailJob, { messageId: message!.id }, { dedupeKey: `mail:${message!.id}` });
    return message!.id;
  });
}
