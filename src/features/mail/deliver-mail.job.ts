// The job contract for handing one outbox message to SMTP (deliver-mail.ts); queue-mail.ts enqueues it with the message.
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";

export const deliverMailJob = defineJobContract({
  name: "mail.deliver",
  payload: z.object({ messageId: z.string() }),
  attempts: 8,
  dedupeKey: ({ messageId }) => `mail:${messageId}`,
});
