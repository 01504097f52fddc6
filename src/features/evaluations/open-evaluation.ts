// What an evaluation link opens: the form to answer (an evaluation or a self-assessment), or why it is closed — already
// answered, turned off by the person, or not a link we sent.
import { eq } from "drizzle-orm";
import { queryRows, schema, type Executor } from "#db/client.ts";
import type { EvaluationKind } from "#db/schema/evaluations.ts";
import type { EvaluationForm } from "#core/evaluation-forms.ts";
import type { Services } from "#platform/services.ts";
import { hashLinkToken, looksLikeLinkToken } from "./evaluation-keys.ts";
import { formForCourse } from "./evaluation-forms.ts";
import { sql } from "drizzle-orm";

export type EvaluationLink =
  | { state: "unknown" }
  | {
      state: "open" | "answered" | "opted_out";
      requestId: string;
      registrationId: string;
      userId: string;
      kind: EvaluationKind;
      courseId: string;
      sessionId: string;
      courseTitle: { en: string; es: string };
      sessionStartsAt: Date;
      sessionEndsAt: Date;
      timeZone: string;
      /** The evaluation's questions (for the self-assessments the items are fixed in core). */
      form: EvaluationForm | null;
    };

export async function openEvaluationLink(db: Executor, token: string): Promise<EvaluationLink> {
  if (!looksLikeLinkToken(token)) return { state: "unknown" };
  const q = schema.evaluationRequest;
  const [row] = await db
    .select({
      requestId: q.id,
      registrationId: q.registrationId,
      kind: q.kind,
      userId: schema.registration.userId,
      sessionId: schema.trainingSession.id,
      courseId: schema.course.id,
      titleEn: schema.course.titleEn,
      titleEs: schema.course.titleEs,
      startsAt: schema.trainingSession.startsAt,
      endsAt: schema.trainingSession.endsAt,
      timeZone: schema.trainingSession.timeZone,
    })
    .from(q)
    .innerJoin(schema.registration, eq(schema.registration.id, q.registrationId))
    .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.registration.sessionId))
    .innerJoin(schema.course, eq(schema.course.id, schema.trainingSession.courseId))
    .where(eq(q.tokenHash, hashLinkToken(token)));
  if (!row) return { state: "unknown" };
  const [status] = await queryRows<{ answered: boolean; opted_out: boolean }>(
    db,
    sql`select
      exists (select 1 from evaluation_receipt where registration_id = ${row.registrationId} and kind = ${row.kind}) as answered,
      exists (select 1 from evaluation_request where registration_id = ${row.registrationId} and opted_out_at is not null) as opted_out`,
  );
  return {
    state: status?.answered ? "answered" : status?.opted_out ? "opted_out" : "open",
    requestId: row.requestId,
    registrationId: row.registrationId,
    userId: row.userId,
    kind: row.kind,
    courseId: row.courseId,
    sessionId: row.sessionId,
    courseTitle: { en: row.titleEn, es: row.titleEs },
    sessionStartsAt: row.startsAt,
    sessionEndsAt: row.endsAt,
    timeZone: row.timeZone,
    form: row.kind === "evaluation" ? await formForCourse(db, row.courseId) : null,
  };
}

/** "Please stop asking me about this training": no more invitations or reminders for this registration. */
export async function optOutOfEvaluations(services: Pick<Services, "db" | "now">, token: string): Promise<boolean> {
  const link = await openEvaluationLink(services.db, token);
  if (link.state === "unknown") return false;
  await services.db
    .update(schema.evaluationRequest)
    .set({ optedOutAt: services.now() })
    .where(eq(schema.evaluationRequest.registrationId, link.registrationId));
  return true;
}
