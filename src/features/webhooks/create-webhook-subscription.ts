// A hub admin subscribes a receiving address to some events; the signing secret is returned once, here only.
import { randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import type { Viewer } from "#core/access.ts";
import { MAX_WEBHOOK_DESCRIPTION_LENGTH, MAX_WEBHOOK_URL_LENGTH, WEBHOOK_EVENT_TYPES } from "#core/webhooks.ts";
import { webhookTargetProblem } from "#core/webhook-targets.ts";
import { schema, type Executor } from "#db/client.ts";
import { isAppError, type FieldError } from "#platform/app-error.ts";
import type { MessageKey } from "#i18n/translate.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { invalid, parseInput, problem } from "#features/validation/parse-input.ts";

export const webhookSubscriptionInput = z.object({
  url: z
    .string()
    .trim()
    .min(1, problem("webhooks.errors.url"))
    .max(MAX_WEBHOOK_URL_LENGTH, problem("webhooks.errors.url")),
  description: z
    .string()
    .trim()
    .max(MAX_WEBHOOK_DESCRIPTION_LENGTH, problem("webhooks.errors.descriptionTooLong"))
    .default(""),
  eventTypes: z
    .array(z.enum(WEBHOOK_EVENT_TYPES, problem("webhooks.errors.events")))
    .min(1, problem("webhooks.errors.events"))
    .transform((types) => [...new Set(types)]),
});

export type WebhookSubscriptionInput = z.input<typeof webhookSubscriptionInput>;

/** A Standard Webhooks secret: `whsec_` and 24 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

const targetMessages: Record<string, MessageKey> = {
  not_a_url: problem("webhooks.errors.url"),
  not_http: problem("webhooks.errors.url"),
  has_credentials: problem("webhooks.errors.urlCredentials"),
  non_public: problem("webhooks.errors.urlNotPublic"),
};

export async function createWebhookSubscription(
  db: Executor,
  input: {
    viewer: Viewer | null;
    subscription: WebhookSubscriptionInput;
    allowNonPublicTargets: boolean;
    now: Date;
    actor: AuditActor;
  },
): Promise<{ id: string; secret: string; url: string; eventTypes: string[]; description: string; createdAt: Date }> {
  const { viewer } = input;
  requireAdmin(viewer);
  // The address is checked beside the schema, so one answer names every field that needs attention.
  const url = typeof input.subscription.url === "string" ? input.subscription.url.trim() : "";
  const targetProblem = url ? webhookTargetProblem(url, { allowNonPublic: input.allowNonPublicTargets }) : null;
  const targetErrors: FieldError[] = targetProblem ? [{ path: "url", message: targetMessages[targetProblem]! }] : [];
  let fields: z.output<typeof webhookSubscriptionInput>;
  try {
    fields = parseInput(webhookSubscriptionInput, input.subscription);
  } catch (error) {
    if (isAppError(error) && error.details.fields) throw invalid([...error.details.fields, ...targetErrors]);
    throw error;
  }
  if (targetErrors.length) throw invalid(targetErrors);
  const id = randomUUID();
  const secret = newWebhookSecret();
  await db.transaction(async (tx) => {
    await tx.insert(schema.webhookSubscription).values({
      id,
      url: fields.url,
      description: fields.description,
      eventTypes: fields.eventTypes,
      secret,
      createdBy: viewer.userId,
      createdAt: input.now,
    });
    await recordAudit(tx, input.actor, {
      action: "webhook.create",
      targetType: "webhook_subscription",
      targetId: id,
      summary: { url: fields.url, eventTypes: fields.eventTypes },
    });
  });
  return {
    id,
    secret,
    url: fields.url,
    eventTypes: fields.eventTypes,
    description: fields.description,
    createdAt: input.now,
  };
}
