// The hub reviews a submitted in-house training: asks for changes (with a message), declines (with a message), or
// approves. Approval writes the training as an ordinary completed session through the same step as the past-trainings
// import — the organizational trainer as its lead, each attendee's completion decided by the course's own rules —
// and asks for credentials for those who completed, so they count in CE ledgers and impact like any completion.
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { isHubAdmin, type Viewer } from "#core/access.ts";
import { defaultCompletionRules } from "#core/completion.ts";
import {
  inhouseActionNeedsMessage,
  inhouseOutcomes,
  mayActOnInhouseReport,
  nextInhouseStatus,
  type InhouseStatus,
} from "#core/inhouse-trainings.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { requestCredentials } from "#features/credentials/issuance.ts";
import { emitWebhookEvent } from "#features/webhooks/emit-webhook-event.ts";
import {
  createPastPeople,
  recordPastParticipants,
  recordPastSessionRows,
} from "#features/imports/record-past-sessions.ts";
import { InhouseReviewInput } from "./inhouse-input.ts";
import { checkReportFields, fieldErrorsOf } from "./check-report.ts";

export type InhouseReviewOutcome = {
  id: string;
  status: InhouseStatus;
  /** Set on approval. */
  sessionId: string | null;
  completions: number;
  attendees: number;
};

export async function reviewInhouseReport(
  services: Pick<Services, "db" | "now" | "onJobQueued">,
  request: { viewer: Viewer | null; reportId: string; input: InhouseReviewInput },
  actor: AuditActor,
): Promise<InhouseReviewOutcome> {
  const { viewer } = request;
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  if (!isHubAdmin(viewer)) throw new AppError("forbidden", { key: "inhouse.errors.hubOnly" });
  const input = InhouseReviewInput.parse(request.input);
  const message = input.message.trim();
  if (inhouseActionNeedsMessage(input.action) && !message)
    throw new AppError(
      "invalid",
      { key: "inhouse.errors.messageRequired" },
      { fields: [{ path: "message", message: "inhouse.errors.messageRequired" }] },
    );
  const now = services.now();
  const outcome = await services.db.transaction(async (tx) => {
    const [report] = await tx
      .select()
      .from(schema.inhouseTrainingReport)
      .where(eq(schema.inhouseTrainingReport.id, request.reportId))
      .for("update");
    if (!report) throw new AppError("not_found", { key: "inhouse.errors.notFound" });
    if (!mayActOnInhouseReport({ isHubAdmin: true, isReporter: report.reporterId === viewer.userId }, input.action))
      throw new AppError("forbidden", { key: "inhouse.errors.ownReport" });
    const status = nextInhouseStatus(report.status, input.action);
    if (!status) throw new AppError("conflict", { key: "inhouse.errors.notWaiting" });

    let sessionId: string | null = null;
    let completions = 0;
    if (input.action === "approve") {
      // The fields are checked again as they stand now: a course may have gone since the trainer submitted.
      const check = await checkReportFields(tx, report.fields, now);
      if (!check.ok)
        throw new AppError("invalid", { key: "inhouse.errors.hasProblems" }, { fields: fieldErrorsOf(check) });
      const approved = await approve(tx, report, check.meetings, viewer.userId, now);
      sessionId = approved.sessionId;
      completions = approved.completed.length;
      await requestCredentials(tx, approved.completed);
      await emitWebhookEvent(
        tx,
        "inhouse_training.approved",
        { reportId: report.id, organizationId: report.organizationId, courseId: report.fields.courseId },
        now,
      );
    }
    await tx
      .update(schema.inhouseTrainingReport)
      .set({
        status,
        sessionId,
        updatedAt: now,
        ...(status === "approved" || status === "declined" ? { decidedAt: now, decidedBy: viewer.userId } : {}),
      })
      .where(eq(schema.inhouseTrainingReport.id, report.id));
    await tx.insert(schema.inhouseTrainingMessage).values({
      reportId: report.id,
      authorId: viewer.userId,
      action: input.action,
      body: message,
      createdAt: now,
    });
    await recordAudit(tx, actor, {
      action: `inhouse.${input.action}`,
      targetType: "inhouse_training_report",
      targetId: report.id,
      summary: { organizationId: report.organizationId, sessionId, completions },
    });
    return { id: report.id, status, sessionId, completions, attendees: report.fields.attendees.length };
  });
  if (outcome.completions > 0) services.onJobQueued();
  return outcome;
}

async function approve(
  tx: Executor,
  report: typeof schema.inhouseTrainingReport.$inferSelect,
  meetings: { startsAt: Date; endsAt: Date }[],
  adminId: string,
  now: Date,
): Promise<{ sessionId: string; completed: string[] }> {
  const { fields } = report;
  const [course] = await tx
    .select({ rules: schema.course.completionRules })
    .from(schema.course)
    .where(eq(schema.course.id, fields.courseId));
  const outcomes = inhouseOutcomes(
    meetings.map((meeting, index) => ({ ...meeting, position: index + 1 })),
    fields.attendees,
    course?.rules ?? defaultCompletionRules,
  );
  const emails = outcomes.map((outcome) => outcome.email);
  const known = await tx
    .select({ id: schema.user.id, email: schema.user.email })
    .from(schema.user)
    .where(inArray(schema.user.email, emails));
  const people = new Map(known.map((person) => [person.email, person.id]));
  const created = await createPastPeople(
    tx,
    outcomes
      .filter((outcome) => !people.has(outcome.email))
      .map((outcome) => ({ email: outcome.email, name: outcome.name, locale: fields.language })),
    adminId,
    now,
  );
  for (const [email, id] of created) people.set(email, id);

  const sessionId = randomUUID();
  const sorted = [...meetings].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  await recordPastSessionRows(tx, [
    {
      id: sessionId,
      courseId: fields.courseId,
      timeZone: fields.timeZone,
      format: fields.format,
      language: fields.language,
      capacity: Math.max(1, outcomes.length),
      meetings: sorted,
      trainers: [{ userId: report.reporterId, role: "lead" }],
    },
  ]);
  const span = { startsAt: sorted[0]!.startsAt, endsAt: sorted[sorted.length - 1]!.endsAt };
  const rows = outcomes.map((outcome) => ({
    registrationId: randomUUID(),
    sessionId,
    userId: people.get(outcome.email)!,
    session: span,
    completed: outcome.result.completed,
    contactMinutes: outcome.result.contactMinutes,
    attendedMinutes: outcome.result.attendedMinutes,
    ceMinutes: outcome.result.ceMinutes,
    reasons: outcome.result.reasons,
  }));
  // The admin approving records the registrations; the organizational trainer vouches for the attendance.
  await recordPastParticipants(tx, rows, adminId, "inhouse", report.reporterId);
  return { sessionId, completed: rows.filter((row) => row.completed).map((row) => row.registrationId) };
}
