// Sends one webhook message, signed per Standard Webhooks, and records the try. A failed try throws, so the job queue
// retries it with its backoff; the last failed try marks the message failed for an admin to redeliver.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { performance } from "node:perf_hooks";
import { eq, sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { schema } from "#db/client.ts";
import { WEBHOOK_TIMEOUT_MS } from "#core/webhooks.ts";
import { isNonPublicAddress, webhookTargetProblem } from "#core/webhook-targets.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import type { deliverWebhookJob } from "./deliver-webhook.job.ts";

type Answer = { status: number | null; error: string | null };

/** Resolves as usual, but refuses a name that points at this machine or a private network (checked per connection). */
function publicOnlyLookup(allowNonPublic: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const refused = !allowNonPublic && addresses.some((entry) => isNonPublicAddress(entry.address));
      if (refused || addresses.length === 0)
        return callback(Object.assign(new Error("refused: the address is not public"), { code: "ENOTPUBLIC" }), "", 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

/** One POST; redirects are not followed (a receiver that moved is a failure an admin sees, not a hop we take blindly). */
function post(url: string, body: string, headers: Record<string, string>, allowNonPublic: boolean): Promise<Answer> {
  const target = new URL(url);
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const request = client.request(
      target,
      {
        method: "POST",
        headers: { ...headers, "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) },
        lookup: publicOnlyLookup(allowNonPublic),
        timeout: WEBHOOK_TIMEOUT_MS,
      },
      (response) => {
        // The answer's body is not kept: only its status counts, and a receiver may echo what it should not.
        response.resume();
        response.on("end", () => resolve({ status: response.statusCode ?? null, error: null }));
        response.on("error", (error) => resolve({ status: response.statusCode ?? null, error: error.message }));
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer within ${WEBHOOK_TIMEOUT_MS / 1000} seconds`)));
    request.on("error", (error) => resolve({ status: null, error: error.message.slice(0, 300) }));
    request.end(body);
  });
}

export const deliverWebhookHandler: JobHandler<typeof deliverWebhookJob> = async (services, { messageId }, context) => {
  const [row] = await services.db
    .select({ message: schema.webhookMessage, subscription: schema.webhookSubscription })
    .from(schema.webhookMessage)
    .innerJoin(schema.webhookSubscription, eq(schema.webhookSubscription.id, schema.webhookMessage.subscriptionId))
    .where(eq(schema.webhookMessage.id, messageId));
  // The subscription was deleted (its messages with it): nothing left to send.
  if (!row) return;
  const { message, subscription } = row;
  const allowNonPublic = services.config.webhooks.allowNonPublicTargets;
  const attemptedAt = services.now();
  const started = performance.now();
  let answer: Answer;
  const refusal = webhookTargetProblem(subscription.url, { allowNonPublic });
  if (refusal) {
    answer = { status: null, error: `refused: ${refusal.replaceAll("_", " ")}` };
  } else {
    const body = JSON.stringify(message.payload);
    const signature = new Webhook(subscription.secret).sign(message.id, attemptedAt, body);
    answer = await post(
      subscription.url,
      body,
      {
        "webhook-id": message.id,
        "webhook-timestamp": String(Math.floor(attemptedAt.getTime() / 1000)),
        "webhook-signature": signature,
        "user-agent": "IPS-Hub-Webhooks/1",
      },
      allowNonPublic,
    );
  }
  const durationMs = Math.round(performance.now() - started);
  const delivered = answer.status !== null && answer.status >= 200 && answer.status < 300;
  const finalTry = context.attempt >= context.maxAttempts;
  await services.db.transaction(async (tx) => {
    await tx.insert(schema.webhookDeliveryAttempt).values({
      messageId: message.id,
      attemptedAt,
      durationMs,
      responseStatus: answer.status,
      error: answer.error,
    });
    await tx
      .update(schema.webhookMessage)
      .set({
        status: delivered ? "delivered" : finalTry ? "failed" : "pending",
        attempts: sql`${schema.webhookMessage.attempts} + 1`,
        lastAttemptAt: attemptedAt,
      })
      .where(eq(schema.webhookMessage.id, message.id));
  });
  if (!delivered) throw new Error(answer.error ?? `the receiver answered ${answer.status}`);
};
