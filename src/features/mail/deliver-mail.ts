// The job that hands one outbox message to SMTP, or keeps it for the outbox page when no SMTP is set up.
import { eq } from "drizzle-orm";
import { schema } from "#db/client.ts";
import { retryWhileUnreachable } from "#db/connection-errors.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import { hubMetrics } from "#platform/metrics.ts";
import type { MailAttachment } from "./queue-mail.ts";
import type { deliverMailJob } from "./deliver-mail.job.ts";

/**
 * A calendar entry goes as nodemailer's `icalEvent`: both an alternative part (mail programs show "add to calendar"
 * from it) and a file; anything else goes as a plain attachment.
 */
function attachmentsFor(files: MailAttachment[]): {
  icalEvent?: { filename: string; method: string; content: string };
  attachments?: { filename: string; contentType: string; content: string }[];
} {
  const calendar = files.find((file) => file.contentType.toLowerCase().startsWith("text/calendar"));
  const others = files.filter((file) => file !== calendar);
  const method = calendar
    ? (/method=([A-Z]+)/i.exec(calendar.contentType)?.[1] ??
      /^METHOD:([A-Z]+)/m.exec(calendar.content)?.[1] ??
      "PUBLISH")
    : "";
  return {
    ...(calendar
      ? { icalEvent: { filename: calendar.filename, method: method.toUpperCase(), content: calendar.content } }
      : {}),
    ...(others.length
      ? { attachments: others.map(({ filename, contentType, content }) => ({ filename, contentType, content })) }
      : {}),
  };
}

/** The worker's handler for `deliverMailJob`. */
export const deliverMailHandler: JobHandler<typeof deliverMailJob> = async (
  services,
  { messageId },
  { attempt, maxAttempts },
) => {
  const [message] = await services.db.select().from(schema.outboxMessage).where(eq(schema.outboxMessage.id, messageId));
  // Already delivered or kept by an earlier run: running twice must not send twice.
  if (!message || message.status === "sent" || message.status === "kept") return;
  const table = schema.outboxMessage;
  if (!services.mailTransport) {
    await services.db.update(table).set({ status: "kept" }).where(eq(table.id, messageId));
    return;
  }
  try {
    await services.mailTransport.sendMail({
      from: services.config.mailFrom,
      to: message.toAddress,
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: `<${message.id}@ips-hub>`,
      headers: { "Content-Language": message.locale },
      ...attachmentsFor(message.attachments),
    });
  } catch (error) {
    // After the last try the queue gives up, so the outbox must say so instead of "queued" forever.
    const gaveUp = attempt >= maxAttempts;
    hubMetrics.mailDeliveryFailures.inc({ outcome: gaveUp ? "gave_up" : "will_retry" });
    await services.db
      .update(table)
      .set({
        status: gaveUp ? "failed" : "queued",
        attempts: message.attempts + 1,
        lastError: error instanceof Error ? error.message : String(error),
      })
      .where(eq(table.id, messageId));
    throw error;
  }
  // The mail has left: recording it must outlast a short database outage, or the next run would send it again.
  await retryWhileUnreachable(
    async () => {
      await services.db
        .update(table)
        .set({ status: "sent", sentAt: new Date(), attempts: message.attempts + 1, lastError: null })
        .where(eq(table.id, messageId));
    },
    { withinMs: 120_000 },
  );
};
