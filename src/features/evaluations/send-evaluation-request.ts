// Inviting one person to answer: the request row (its link, derived from its id) and the email in the person's language,
// in one transaction. Nothing goes to someone who answered already or asked us to stop for this training.
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { queryRows, schema, type Executor } from "#db/client.ts";
import type { EvaluationKind } from "#db/schema/evaluations.ts";
import { FOLLOW_UP_DAYS } from "#core/self-assessment.ts";
import { defaultLocale, isLocale } from "#core/locale.ts";
import { localizedField } from "#i18n/localized.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import { enqueueMany } from "#platform/jobs/queue.ts";
import type { Services } from "#platform/services.ts";
import { queueMail } from "#features/mail/queue-mail.ts";
import { evaluationLinkToken, evaluationLinkUrl, hashLinkToken } from "./evaluation-keys.ts";
import { sendEvaluationRequestJob } from "./send-evaluation-request.job.ts";

const DAY_MS = 86_400_000;

/**
 * Called inside a session's sign-off transaction for the people who took part: the evaluation and the "at the end"
 * self-assessment now, the follow-up in 90 days. Signing off again adds nothing (each job and request exists once).
 */
export async function requestEvaluationsAfterSignOff(
  tx: Executor,
  registrationIds: readonly string[],
  now: Date,
): Promise<void> {
  if (registrationIds.length === 0) return;
  const atTheEnd = registrationIds.flatMap((registrationId) => [
    { registrationId, kind: "evaluation" as const },
    { registrationId, kind: "post" as const },
  ]);
  await enqueueMany(tx, sendEvaluationRequestJob, atTheEnd, { runAt: now });
  await enqueueMany(
    tx,
    sendEvaluationRequestJob,
    registrationIds.map((registrationId) => ({ registrationId, kind: "follow_up" as const })),
    { runAt: new Date(now.getTime() + FOLLOW_UP_DAYS * DAY_MS) },
  );
}

export type Recipient = {
  email: string;
  name: string;
  locale: string;
  courseTitleEn: string;
  courseTitleEs: string;
};

export async function recipientOf(db: Executor, registrationId: string): Promise<Recipient | null> {
  const [row] = await db
    .select({
      email: schema.user.email,
      name: schema.user.name,
      locale: schema.user.locale,
      courseTitleEn: schema.course.titleEn,
      courseTitleEs: schema.course.titleEs,
    })
    .from(schema.registration)
    .innerJoin(schema.user, eq(schema.user.id, schema.registration.userId))
    .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.registration.sessionId))
    .innerJoin(schema.course, eq(schema.course.id, schema.trainingSession.courseId))
    .where(eq(schema.registration.id, registrationId));
  return row ?? null;
}

/** Whether this registration answered this kind, or asked not to be asked about this training again. */
async function closedFor(db: Executor, registrationId: string, kind: EvaluationKind): Promise<boolean> {
  const [row] = await queryRows<{ closed: boolean }>(
    db,
    sql`
    select exists (select 1 from evaluation_receipt where registration_id = ${registrationId} and kind = ${kind})
        or exists (select 1 from evaluation_request where registration_id = ${registrationId} and opted_out_at is not null)
      as closed`,
  );
  return Boolean(row?.closed);
}

/** Writes the invitation (or reminder) email for a request in the person's language. */
export async function queueEvaluationMail(
  db: Executor,
  services: Pick<Services, "config">,
  input: { requestId: string; kind: EvaluationKind; reminder: boolean; recipient: Recipient },
): Promise<void> {
  const locale = isLocale(input.recipient.locale) ? input.recipient.locale : defaultLocale;
  const t = translator(locale);
  const course = localizedField(
    { titleEn: input.recipient.courseTitleEn, titleEs: input.recipient.courseTitleEs },
    "title",
    locale,
  );
  const url = evaluationLinkUrl(
    services.config.publicUrl,
    evaluationLinkToken(services.config.sessionSecret, input.requestId),
  );
  const values = { course, name: input.recipient.name };
  await queueMail(db, {
    to: input.recipient.email,
    locale,
    recipientName: input.recipient.name,
    template: `notice.evaluation-${input.kind}${input.reminder ? "-reminder" : ""}`,
    content: {
      subject: t(`evaluations.mail.subject.${input.kind}${input.reminder ? "Reminder" : ""}` as MessageKey, values),
      paragraphs: [
        t(`evaluations.mail.body.${input.kind}` as MessageKey, values),
        t("evaluations.mail.anonymous"),
        ...(input.reminder ? [t("evaluations.mail.onlyReminder")] : []),
      ],
      actions: [{ label: t(`evaluations.mail.action.${input.kind}` as MessageKey), url }],
      afterword: [t("evaluations.mail.optOut")],
    },
  });
}

/** Sends one invitation, once. Answers whether a message was queued. */
export async function sendEvaluationRequest(
  services: Pick<Services, "db" | "now" | "config">,
  payload: { registrationId: string; kind: EvaluationKind },
): Promise<boolean> {
  return services.db.transaction(async (tx) => {
    if (await closedFor(tx, payload.registrationId, payload.kind)) return false;
    const recipient = await recipientOf(tx, payload.registrationId);
    if (!recipient) return false;
    const id = randomUUID();
    const [request] = await tx
      .insert(schema.evaluationRequest)
      .values({
        id,
        registrationId: payload.registrationId,
        kind: payload.kind,
        tokenHash: hashLinkToken(evaluationLinkToken(services.config.sessionSecret, id)),
        sentAt: services.now(),
      })
      .onConflictDoNothing({
        target: [schema.evaluationRequest.registrationId, schema.evaluationRequest.kind],
      })
      .returning({ id: schema.evaluationRequest.id });
    // Sent before (a job run again after a crash): the person has their link already.
    if (!request) return false;
    await queueEvaluationMail(tx, services, { requestId: request.id, kind: payload.kind, reminder: false, recipient });
    return true;
  });
}

/** The worker's handler for `sendEvaluationRequestJob`. */
export const sendEvaluationRequestHandler: JobHandler<typeof sendEvaluationRequestJob> = async (services, payload) => {
  await sendEvaluationRequest(services, payload);
};
