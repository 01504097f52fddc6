// A lead trainer (or an admin) signs off a session: everyone confirmed gets a completion decision from their marks and
// the course's rules, the session is completed once all its meetings are over, and credentials are requested for the
// people newly completed — all in one transaction. Signing off again updates the decisions but never issues twice.
import { eq, inArray } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import type { CompletionReason } from "#core/completion.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { credentialsAskedFor, requestCredentials } from "#features/credentials/issuance.ts";
import { emitWebhookEvent } from "#features/webhooks/emit-webhook-event.ts";
import { requestEvaluationsAfterSignOff } from "#features/evaluations/send-evaluation-request.ts";
import {
  allMeetingsEnded,
  attendanceOf,
  confirmedPeople,
  readAttendanceSession,
  requireSignOffRight,
} from "./attendance-session.ts";
import { resultsFor } from "./session-results.ts";

export type SignOffOutcome = {
  registrationId: string;
  userId: string;
  name: string;
  completed: boolean;
  contactMinutes: number;
  attendedMinutes: number;
  ceMinutes: number;
  reasons: CompletionReason[];
  /** True when this sign-off asked for this person's credentials; false when not completed or asked for before. */
  credentialRequested: boolean;
};

export type SignOff = {
  sessionId: string;
  signedOffAt: Date;
  /** Whether the session is now marked completed (all its meetings have ended). */
  sessionCompleted: boolean;
  outcomes: SignOffOutcome[];
  credentialsRequested: number;
};

export async function signOffSession(
  services: Pick<Services, "db" | "now" | "onJobQueued">,
  request: { viewer: Viewer | null; sessionId: string },
  actor: AuditActor,
): Promise<SignOff> {
  const found = await readAttendanceSession(services.db, request.sessionId);
  requireSignOffRight(found, request.viewer);
  const now = services.now();
  if (found.status === "cancelled") throw new AppError("conflict", { key: "attendance.errors.cancelled" });
  if (found.meetings.length === 0 || now < found.meetings[0]!.startsAt)
    throw new AppError("conflict", { key: "attendance.errors.notStarted" });

  const outcome = await services.db.transaction(async (tx) => {
    // The session's row lock makes two sign-offs at once take turns, so the second sees the first's decisions.
    await tx
      .select({ id: schema.trainingSession.id })
      .from(schema.trainingSession)
      .where(eq(schema.trainingSession.id, found.id))
      .for("update");
    const session = await readAttendanceSession(tx, found.id);
    const people = await confirmedPeople(tx, session.id);
    const ids = people.map((person) => person.registrationId);
    const marks = await attendanceOf(tx, ids);
    const earlier = ids.length
      ? await tx.select().from(schema.completion).where(inArray(schema.completion.registrationId, ids))
      : [];
    const completedBefore = new Set(earlier.filter((row) => row.completed).map((row) => row.registrationId));
    const askedBefore = await credentialsAskedFor(tx, ids);
    const results = resultsFor(session, people, marks, () => true);

    const outcomes: SignOffOutcome[] = results.map((person) => ({
      registrationId: person.registrationId,
      userId: person.userId,
      name: person.name,
      completed: person.result.completed,
      contactMinutes: person.result.contactMinutes,
      attendedMinutes: person.result.attendedMinutes,
      ceMinutes: person.result.ceMinutes,
      reasons: person.result.reasons,
      credentialRequested: person.result.completed && !askedBefore.has(person.registrationId),
    }));
    for (const person of outcomes) {
      const decision = {
        completed: person.completed,
        contactMinutes: person.contactMinutes,
        attendedMinutes: person.attendedMinutes,
        ceMinutes: person.ceMinutes,
        reasons: person.reasons,
        signedOffBy: actor.userId,
        signedOffAt: now,
      };
      await tx
        .insert(schema.completion)
        .values({ registrationId: person.registrationId, ...decision })
        .onConflictDoUpdate({ target: schema.completion.registrationId, set: decision });
    }
    const toIssue = outcomes.filter((person) => person.credentialRequested).map((person) => person.registrationId);
    await requestCredentials(tx, toIssue);
    // Everyone who took part is asked how it went, and for their "at the end" self-assessment (issue 12).
    await requestEvaluationsAfterSignOff(
      tx,
      outcomes.filter((person) => person.attendedMinutes > 0).map((person) => person.registrationId),
      now,
    );

    const sessionCompleted = allMeetingsEnded(session, now);
    if (sessionCompleted && session.status !== "completed") {
      await tx
        .update(schema.trainingSession)
        .set({ status: "completed" })
        .where(eq(schema.trainingSession.id, session.id));
      await emitWebhookEvent(tx, "session.changed", { sessionId: session.id, status: "completed" }, now);
    }
    await recordAudit(tx, actor, {
      action: "session.sign_off",
      targetType: "training_session",
      targetId: session.id,
      summary: {
        again: earlier.length > 0,
        completed: outcomes.filter((person) => person.completed).length,
        notCompleted: outcomes.filter((person) => !person.completed).length,
        credentialsRequested: toIssue,
        // Someone completed at an earlier sign-off whose marks no longer complete: their credential stays until an admin acts.
        noLongerCompleted: outcomes
          .filter((person) => !person.completed && completedBefore.has(person.registrationId))
          .map((person) => person.registrationId),
        sessionStatus: sessionCompleted ? "completed" : session.status,
      },
    });
    return {
      sessionId: session.id,
      signedOffAt: now,
      sessionCompleted,
      outcomes,
      credentialsRequested: toIssue.length,
    };
  });
  if (outcome.outcomes.length > 0) services.onJobQueued();
  return outcome;
}
