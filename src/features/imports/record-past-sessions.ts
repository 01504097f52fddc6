// The one way a training that already happened becomes hub records: people the hub did not know, a completed session
// with its meetings and trainers, and for each participant a confirmed registration, its history and a completion.
// Used by the past-trainings import and by approving a partner's in-house training, so both count alike in
// prerequisites, CE ledgers, impact figures and credentials.
import { randomUUID } from "node:crypto";
import { schema, type Executor } from "#db/client.ts";
import type { CompletionReason } from "#core/completion.ts";

export type PastPerson = { email: string; name: string; locale: "en" | "es" };
export type PastSession = {
  id: string;
  courseId: string;
  timeZone: string;
  format: "in_person" | "online" | "hybrid";
  language: "en" | "es";
  capacity: number;
  /** In time order. */
  meetings: { startsAt: Date; endsAt: Date }[];
  trainers: { userId: string; role: "lead" | "co" }[];
};
export type PastParticipant = {
  registrationId: string;
  sessionId: string;
  userId: string;
  session: { startsAt: Date; endsAt: Date };
  completed: boolean;
  contactMinutes: number;
  attendedMinutes: number;
  ceMinutes: number;
  reasons: CompletionReason[];
};

const BATCH = 1000;

export function* batches<T>(items: readonly T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += BATCH) yield items.slice(start, start + BATCH);
}

/** Creates participant accounts; their email is not confirmed until they sign in with it themselves. */
export async function createPastPeople(
  tx: Executor,
  people: readonly PastPerson[],
  actorId: string,
  now: Date,
): Promise<Map<string, string>> {
  const created = people.map((person) => ({ ...person, id: randomUUID() }));
  for (const batch of batches(created)) {
    await tx.insert(schema.user).values(
      batch.map((person) => ({
        id: person.id,
        email: person.email,
        name: person.name,
        emailVerified: false,
        locale: person.locale,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await tx.insert(schema.roleGrant).values(
      batch.map((person) => ({
        userId: person.id,
        role: "participant" as const,
        organizationId: null,
        grantedBy: actorId,
      })),
    );
  }
  return new Map(created.map((person) => [person.email, person.id]));
}

/** Completed sessions with their meetings and trainers. */
export async function recordPastSessionRows(tx: Executor, sessions: readonly PastSession[]): Promise<void> {
  for (const batch of batches(sessions))
    await tx.insert(schema.trainingSession).values(
      batch.map((session) => ({
        id: session.id,
        courseId: session.courseId,
        status: "completed" as const,
        timeZone: session.timeZone,
        format: session.format,
        language: session.language,
        capacity: session.capacity,
        startsAt: session.meetings[0]!.startsAt,
        endsAt: session.meetings[session.meetings.length - 1]!.endsAt,
        registrationClosesAt: session.meetings[0]!.startsAt,
      })),
    );
  const meetings = sessions.flatMap((session) =>
    session.meetings.map((meeting, index) => ({ sessionId: session.id, position: index + 1, ...meeting })),
  );
  for (const batch of batches(meetings)) await tx.insert(schema.sessionMeeting).values(batch);
  const trainers = sessions.flatMap((session) =>
    session.trainers.map((trainer) => ({ sessionId: session.id, userId: trainer.userId, role: trainer.role })),
  );
  for (const batch of batches(trainers)) await tx.insert(schema.sessionTrainer).values(batch);
}

/** A confirmed registration, its history ("why": imported, in-house) and its completion for each participant. */
export async function recordPastParticipants(
  tx: Executor,
  participants: readonly PastParticipant[],
  actorId: string,
  why: "imported" | "inhouse",
  /** Who vouches for the attendance: the importing admin, or the organizational trainer who ran the training. */
  signedOffBy: string = actorId,
): Promise<void> {
  for (const batch of batches(participants)) {
    await tx.insert(schema.registration).values(
      batch.map((row) => ({
        id: row.registrationId,
        sessionId: row.sessionId,
        userId: row.userId,
        status: "confirmed" as const,
        heldFrom: "general" as const,
        requestedAt: row.session.startsAt,
        queueAt: row.session.startsAt,
        registeredBy: actorId,
      })),
    );
    await tx
      .insert(schema.registrationEvent)
      .values(
        batch.map((row) => ({ registrationId: row.registrationId, toStatus: "confirmed", actorId, reason: why })),
      );
    await tx.insert(schema.completion).values(
      batch.map((row) => ({
        registrationId: row.registrationId,
        completed: row.completed,
        contactMinutes: row.contactMinutes,
        attendedMinutes: row.attendedMinutes,
        ceMinutes: row.ceMinutes,
        reasons: row.reasons,
        signedOffBy,
        // The day the training ended: prerequisites, CE ledgers and credentials date it as it happened.
        signedOffAt: row.session.endsAt,
      })),
    );
  }
}
