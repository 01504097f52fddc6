// Keeps a message in the outbox and enqueues its delivery, in the caller's transaction.
import type { Locale } from "#core/locale.ts";
import { schema, type Executor } from "#db/client.ts";
import { enqueue } from "#jobs/define-job.ts";
import { deliverMailJob } from "./deliver-mail.ts";
import { renderMail, type MailTemplate } from "./render-mail.ts";
import { readHubSettings } from "#features/hub/hub-settings.ts";

export type MailRequest = { to: string; locale: Locale; recipientName: string } & MailTemplate;

export async function queueMail(db: Executor, request: MailRequest): Promise<string> {
  const hub = await readHubSettings(db);
  const rendered = renderMail({ ...request, hubName: hub.name, accentColor: hub.accentColor });
  const [message] = await db
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
  await enqueue(db, deliverMailJob, { messageId: message!.id }, { dedupeKey: `mail:${message!.id}` });
  return message!.id;
}
