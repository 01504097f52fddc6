// Moving in: a hub admin brings years of past trainings from spreadsheets. A dry run says what would be created and every
// problem by file, line and column; the real run does the same reading again inside one transaction and writes it all
// or nothing. Running the same files again creates nothing new: sessions are known by their spreadsheet reference,
// people by email, and a person has at most one registration in a session.
import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { ceMinutesFor, defaultCompletionRules } from "#core/completion.ts";
import { liveStatuses } from "#core/registration.ts";
import { isSupportedTimeZone, supportedTimeZones } from "#core/time-zones.ts";
import {
  planPastTrainingImport,
  plannedContactMinutes,
  type ImportPlan,
  type ImportProblem,
  type ImportTable,
} from "#core/past-trainings.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { credentialsAskedFor, requestCredentials } from "#features/credentials/issuance.ts";
import { isEmailAddress } from "#features/validation/parse-input.ts";
import { readCsv } from "./read-csv.ts";
import { batches, createPastPeople, recordPastParticipants, recordPastSessionRows } from "./record-past-sessions.ts";

/** What the admin sends: the two files' text and whether completions get credentials now. */
export const PastTrainingImportInput = z.object({
  sessionsCsv: z.string().max(5_000_000),
  participantsCsv: z.string().max(5_000_000),
  issueCredentials: z.boolean().default(false),
});
export type PastTrainingImportInput = z.input<typeof PastTrainingImportInput>;

export type ImportSummary = {
  sessions: { create: number; existing: number };
  people: { create: number; existing: number };
  participants: { create: number; existing: number };
  completions: number;
  credentials: number;
  problems: ImportProblem[];
  ignoredColumns: ImportPlan["ignoredColumns"];
  /** The zone used for a session whose time_zone cell is empty: the admin's own. */
  defaultTimeZone: string;
};

type SessionFacts = { courseId: string; startsAt: Date; endsAt: Date; contactMinutes: number };

type Prepared = {
  plan: ImportPlan;
  summary: ImportSummary;
  courses: Map<string, { rules: typeof defaultCompletionRules }>;
  importedIds: Map<string, string>;
  /** What a participant row needs of its session, for sessions imported before (the run adds the planned ones). */
  storedSessions: Map<string, SessionFacts>;
  peopleByEmail: Map<string, string>;
  existingRegistrations: Map<string, string>;
  newPeople: { email: string; name: string; locale: "en" | "es" }[];
  credentialsFor: "new" | Set<string> | null;
};

export async function previewPastTrainingImport(
  services: Pick<Services, "db" | "now">,
  request: { viewer: Viewer | null; input: PastTrainingImportInput },
): Promise<ImportSummary> {
  requireAdmin(request.viewer);
  const input = PastTrainingImportInput.parse(request.input);
  const prepared = await prepare(services.db, request.viewer, input, services.now());
  return prepared.summary;
}

export async function importPastTrainings(
  services: Pick<Services, "db" | "now" | "onJobQueued">,
  request: { viewer: Viewer | null; input: PastTrainingImportInput },
  actor: AuditActor,
): Promise<ImportSummary> {
  requireAdmin(request.viewer);
  const viewer = request.viewer;
  const input = PastTrainingImportInput.parse(request.input);
  const now = services.now();
  const outcome = await services.db.transaction(async (tx) => {
    // Two admins importing at once take turns, so the second finds the first's sessions and people.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('ips-hub:past-trainings-import'))`);
    const prepared = await prepare(tx, viewer, input, now);
    if (prepared.summary.problems.length > 0)
      throw new AppError("invalid", {
        key: "imports.errors.hasProblems",
        values: { count: prepared.summary.problems.length },
      });
    const credentialIds = await write(tx, viewer, prepared, now);
    await recordAudit(tx, actor, {
      action: "import.past_trainings",
      targetType: "import",
      summary: {
        sessionsCreated: prepared.summary.sessions.create,
        peopleCreated: prepared.summary.people.create,
        participantsCreated: prepared.summary.participants.create,
        completions: prepared.summary.completions,
        credentialsRequested: credentialIds.length,
      },
    });
    return { summary: { ...prepared.summary, credentials: credentialIds.length }, queued: credentialIds.length > 0 };
  });
  if (outcome.queued) services.onJobQueued();
  return outcome.summary;
}

function tableOf(file: "sessions" | "participants", text: string, problems: ImportProblem[]): ImportTable {
  const reading = readCsv(text);
  if (reading.ok) return reading.table;
  problems.push({ file, line: reading.line, column: null, code: "unreadable" });
  return { header: [], rows: [] };
}

async function prepare(
  db: Executor,
  viewer: Viewer,
  input: z.output<typeof PastTrainingImportInput>,
  now: Date,
): Promise<Prepared> {
  const unreadable: ImportProblem[] = [];
  const files = {
    sessions: tableOf("sessions", input.sessionsCsv, unreadable),
    participants: tableOf("participants", input.participantsCsv, unreadable),
  };
  const refs = [
    ...new Set([...files.sessions.rows, ...files.participants.rows].map((row) => (row.cells.session_ref ?? "").trim())),
  ].filter(Boolean);
  const emails = new Set<string>();
  for (const row of files.participants.rows) emails.add((row.cells.email ?? "").trim().toLowerCase());
  for (const row of files.sessions.rows)
    for (const part of (row.cells.trainers ?? "").split(";")) {
      const match = /<\s*([^<>\s]+)\s*>/.exec(part);
      emails.add((match ? match[1]! : part).trim().toLowerCase());
    }
  emails.delete("");

  const [me] = await db
    .select({ timeZone: schema.user.timeZone })
    .from(schema.user)
    .where(eq(schema.user.id, viewer.userId));
  const courses = await db
    .select({
      id: schema.course.id,
      slug: schema.course.slug,
      titleEn: schema.course.titleEn,
      rules: schema.course.completionRules,
    })
    .from(schema.course);
  const imported = refs.length
    ? await db
        .select({
          ref: schema.importedSession.ref,
          sessionId: schema.importedSession.sessionId,
          courseId: schema.trainingSession.courseId,
          startsAt: schema.trainingSession.startsAt,
          endsAt: schema.trainingSession.endsAt,
          contactMinutes: sql<number>`coalesce(sum(extract(epoch from ${schema.sessionMeeting.endsAt} - ${schema.sessionMeeting.startsAt}) / 60), 0)::int`,
        })
        .from(schema.importedSession)
        .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.importedSession.sessionId))
        .leftJoin(schema.sessionMeeting, eq(schema.sessionMeeting.sessionId, schema.importedSession.sessionId))
        .where(inArray(schema.importedSession.ref, refs))
        .groupBy(schema.importedSession.ref, schema.importedSession.sessionId, schema.trainingSession.id)
    : [];
  const people = emails.size
    ? await db
        .select({ id: schema.user.id, email: schema.user.email })
        .from(schema.user)
        .where(inArray(schema.user.email, [...emails]))
    : [];
  const importedIds = new Map(imported.map((row) => [row.ref, row.sessionId]));
  const registrations = importedIds.size
    ? await db
        .select({
          id: schema.registration.id,
          sessionId: schema.registration.sessionId,
          userId: schema.registration.userId,
        })
        .from(schema.registration)
        .where(
          and(
            inArray(schema.registration.sessionId, [...importedIds.values()]),
            inArray(schema.registration.status, [...liveStatuses]),
          ),
        )
    : [];

  const zones = supportedTimeZones();
  const defaultTimeZone = me?.timeZone ?? "UTC";
  const peopleByEmail = new Map(people.map((person) => [person.email, person.id]));
  const plan = planPastTrainingImport(files, {
    now,
    defaultTimeZone,
    isTimeZone: (zone) => isSupportedTimeZone(zone, zones),
    isEmail: isEmailAddress,
    courses,
    importedSessions: new Map(imported.map((row) => [row.ref, { contactMinutes: Number(row.contactMinutes) }])),
    knownEmails: new Set(peopleByEmail.keys()),
  });
  plan.problems.unshift(...unreadable);

  const existingRegistrations = new Map(registrations.map((row) => [`${row.sessionId}\u0000${row.userId}`, row.id]));
  const languageByRef = new Map(plan.sessions.map((session) => [session.ref, session.language]));
  const newPeople = new Map<string, { email: string; name: string; locale: "en" | "es" }>();
  for (const session of plan.sessions)
    for (const trainer of session.trainers)
      if (!peopleByEmail.has(trainer.email) && trainer.name && !newPeople.has(trainer.email))
        newPeople.set(trainer.email, { email: trainer.email, name: trainer.name, locale: session.language });
  let participantsExisting = 0;
  const completedExisting: string[] = [];
  for (const participant of plan.participants) {
    const userId = peopleByEmail.get(participant.email);
    const sessionId = importedIds.get(participant.ref);
    const registrationId = userId && sessionId ? existingRegistrations.get(`${sessionId}\u0000${userId}`) : undefined;
    if (registrationId) {
      participantsExisting += 1;
      if (participant.completed) completedExisting.push(registrationId);
    } else if (!userId && !newPeople.has(participant.email)) {
      newPeople.set(participant.email, {
        email: participant.email,
        name: participant.name,
        locale: languageByRef.get(participant.ref) ?? "en",
      });
    }
  }
  const participantsNew = plan.participants.length - participantsExisting;
  const completionsNew = plan.participants.filter(
    (participant) =>
      participant.completed &&
      !existingRegistrations.has(`${importedIds.get(participant.ref)}\u0000${peopleByEmail.get(participant.email)}`),
  ).length;
  // With credentials asked for, a run over files imported before without them issues for those completions too.
  let credentialsFor: Prepared["credentialsFor"] = null;
  let credentials = 0;
  if (input.issueCredentials) {
    const asked = await credentialsAskedFor(db, completedExisting);
    const missing = new Set(completedExisting.filter((id) => !asked.has(id)));
    credentialsFor = missing;
    credentials = completionsNew + missing.size;
  }

  const referenced = [
    ...new Set([
      ...plan.participants.map((participant) => participant.email),
      ...plan.sessions.flatMap((session) => session.trainers.map((trainer) => trainer.email)),
    ]),
  ];
  const sessionsNew = plan.sessions.filter((session) => !session.alreadyImported).length;
  return {
    plan,
    summary: {
      sessions: { create: sessionsNew, existing: plan.sessions.length - sessionsNew },
      people: { create: newPeople.size, existing: referenced.filter((email) => peopleByEmail.has(email)).length },
      participants: { create: participantsNew, existing: participantsExisting },
      completions: completionsNew,
      credentials,
      problems: plan.problems,
      ignoredColumns: plan.ignoredColumns,
      defaultTimeZone,
    },
    courses: new Map(courses.map((course) => [course.id, { rules: course.rules ?? defaultCompletionRules }])),
    importedIds,
    storedSessions: new Map(
      imported.map((row) => [
        row.ref,
        {
          courseId: row.courseId,
          startsAt: row.startsAt,
          endsAt: row.endsAt,
          contactMinutes: Number(row.contactMinutes),
        },
      ]),
    ),
    peopleByEmail,
    existingRegistrations,
    newPeople: [...newPeople.values()],
    credentialsFor,
  };
}

/** Writes the plan through the shared past-sessions step; returns the registrations whose credentials were asked for. */
async function write(tx: Executor, viewer: Viewer, prepared: Prepared, now: Date): Promise<string[]> {
  const { plan } = prepared;
  const peopleByEmail = new Map(prepared.peopleByEmail);
  for (const [email, id] of await createPastPeople(tx, prepared.newPeople, viewer.userId, now))
    peopleByEmail.set(email, id);

  // Sessions not imported before, with their meetings and trainers.
  const sessionIds = new Map(prepared.importedIds);
  const created = plan.sessions
    .filter((session) => !session.alreadyImported)
    .map((session) => ({ ...session, id: randomUUID() }));
  const headcount = new Map<string, number>();
  for (const participant of plan.participants)
    headcount.set(participant.ref, (headcount.get(participant.ref) ?? 0) + 1);
  await recordPastSessionRows(
    tx,
    created.map((session) => ({
      id: session.id,
      courseId: session.courseId,
      timeZone: session.timeZone,
      format: session.format,
      language: session.language,
      capacity: Math.max(1, headcount.get(session.ref) ?? 0),
      meetings: session.meetings,
      trainers: session.trainers.map((trainer) => ({
        userId: peopleByEmail.get(trainer.email)!,
        role: trainer.role,
      })),
    })),
  );
  for (const batch of batches(created))
    await tx.insert(schema.importedSession).values(
      batch.map((session) => ({
        sessionId: session.id,
        ref: session.ref,
        importedBy: viewer.userId,
        importedAt: now,
      })),
    );
  for (const session of created) sessionIds.set(session.ref, session.id);

  // Participants: a confirmed registration each, its history, and the completion the old records give.
  const sessionFacts = new Map(prepared.storedSessions);
  for (const session of plan.sessions)
    sessionFacts.set(session.ref, {
      courseId: session.courseId,
      startsAt: session.meetings[0]!.startsAt,
      endsAt: session.meetings[session.meetings.length - 1]!.endsAt,
      contactMinutes: plannedContactMinutes(session.meetings),
    });
  const rows = plan.participants
    .map((participant) => ({
      participant,
      id: randomUUID(),
      sessionId: sessionIds.get(participant.ref)!,
      userId: peopleByEmail.get(participant.email)!,
    }))
    .filter((row) => !prepared.existingRegistrations.has(`${row.sessionId}\u0000${row.userId}`));
  await recordPastParticipants(
    tx,
    rows.map((row) => {
      const session = sessionFacts.get(row.participant.ref)!;
      const contact = session.contactMinutes;
      const attended = Math.min(contact, row.participant.minutesAttended);
      const rules = prepared.courses.get(session.courseId)?.rules ?? defaultCompletionRules;
      return {
        registrationId: row.id,
        sessionId: row.sessionId,
        userId: row.userId,
        session,
        completed: row.participant.completed,
        contactMinutes: contact,
        attendedMinutes: attended,
        ceMinutes: ceMinutesFor({ completed: row.participant.completed, attendedMinutes: attended, rules }),
        reasons: [],
      };
    }),
    viewer.userId,
    "imported",
  );
  for (const batch of batches(rows))
    await tx.insert(schema.importedCompletion).values(
      batch.map((row) => ({
        registrationId: row.id,
        sessionId: row.sessionId,
        certificateNumber: row.participant.certificateNumber,
      })),
    );
  // A session imported before may have gained participants: it holds a seat for each of them.
  const before = new Set(prepared.importedIds.values());
  const grown = [...new Set(rows.map((row) => row.sessionId))].filter((id) => before.has(id));
  if (grown.length)
    await tx
      .update(schema.trainingSession)
      .set({
        capacity: sql`greatest(${schema.trainingSession.capacity}, (SELECT count(*) FROM registration r WHERE r.session_id = ${schema.trainingSession.id} AND r.status = 'confirmed'))`,
      })
      .where(inArray(schema.trainingSession.id, grown));

  if (!prepared.credentialsFor) return [];
  const toIssue = [...rows.filter((row) => row.participant.completed).map((row) => row.id), ...prepared.credentialsFor];
  await requestCredentials(tx, toIssue);
  return toIssue;
}
