// The job that hands one outbox message to SMTP, or keeps it for the outbox page when no SMTP is set up.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema } from "#db/client.ts";
import { defineJob } from "#jobs/define-job.ts";

export const deliverMailJob = defineJob({
  name: "mail.deliver",
  schema: z.object({ messageId: z.string() }),
  maxAttempts: 8,
  async run(services, { messageId }, { attempt, maxAttempts }) {
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
      });
    } catch (error) {
      // After the last try the queue gives up, so the outbox must say so instead of "queued" forever.
      const gaveUp = attempt >= maxAttempts;
      await services.db
        .update(table)
        .set({ status: gaveUp ? "failed" : "queued", attempts: message.attempts + 1, lastError: error instanceof Error ? error.message : String(error) })
        .where(eq(table.id, messageId));
      throw error;
    }
    await services.db.update(table).set({ status: "sent", sentAt: new Date(), attempts: message.attempts + 1, lastError: null }).where(eq(table.id, messageId));
  },
});
