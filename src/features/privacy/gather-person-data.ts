// Everything the hub holds about one person, read for "download my data": one query per kind of record, each by the
// person's id (or their registrations' ids), never anything of another person. The audit rows they made about others
// are kept without whom or what they were about; the journal is opened with the person's key (decision 0025).
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import {
  evidencePath,
  type DataExportInput,
  type DataExportSection,
  type ExportedFile,
  type JournalState,
} from "#core/data-export.ts";
import type { JournalServices } from "#features/journal/journal-keys.ts";
import { exportJournal } from "#features/journal/export-journal.ts";

const iso = (date: Date | null) => (date ? date.toISOString() : null);

async function readJournal(
  services: JournalServices,
  person: Viewer,
): Promise<{ state: JournalState; journal: unknown }> {
  const [key] = await services.db
    .select({ userId: schema.journalKey.userId })
    .from(schema.journalKey)
    .where(eq(schema.journalKey.userId, person.userId));
  if (!key) return { state: "none", journal: null };
  try {
    return { state: "opened", journal: await exportJournal(services, person) };
  } catch {
    // The key cannot be opened with this hub's secret: the rows go out as stored, and the README says so.
    const [entries, intentions] = await Promise.all([
      services.db
        .select({
          id: schema.journalEntry.id,
          writtenOn: schema.journalEntry.writtenOn,
          sealed: schema.journalEntry.sealed,
          createdAt: schema.journalEntry.createdAt,
        })
        .from(schema.journalEntry)
        .where(eq(schema.journalEntry.userId, person.userId))
        .orderBy(asc(schema.journalEntry.writtenOn)),
      services.db
        .select({
          id: schema.journalIntention.id,
          sealed: schema.journalIntention.sealed,
          createdAt: schema.journalIntention.createdAt,
        })
        .from(schema.journalIntention)
        .where(eq(schema.journalIntention.userId, person.userId))
        .orderBy(asc(schema.journalIntention.createdAt)),
    ]);
    return { state: "sealed", journal: { sealed: true, entries, intentions } };
  }
}

/** The person's records, ready to be written as the archive's files. */
export async function gatherPersonData(services: JournalServices, userId: string): Promise<DataExportInput | null> {
  const { db } = services;
  const [user] = await db.select().from(schema.user).where(eq(schema.user.id, userId));
  if (!user) return null;
  const person: Viewer = { userId, email: user.email, name: user.name, emailVerified: user.emailVerified, roles: [] };

  const [county, trainerProfile, staffLinks, registrations, consents, certifications, outside, outsideCompletions] =
    await Promise.all([
      db.select().from(schema.personCounty).where(eq(schema.personCounty.userId, userId)),
      db.select().from(schema.trainerProfile).where(eq(schema.trainerProfile.userId, userId)),
      db
        .select({
          organization: schema.organization.name,
          status: schema.staffLink.status,
          shareCompletions: schema.staffLink.shareCompletions,
          shareCompliance: schema.staffLink.shareCompliance,
          createdAt: schema.staffLink.createdAt,
          respondedAt: schema.staffLink.respondedAt,
          endedAt: schema.staffLink.endedAt,
        })
        .from(schema.staffLink)
        .innerJoin(schema.organization, eq(schema.organization.id, schema.staffLink.organizationId))
        .where(eq(schema.staffLink.userId, userId)),
      db
        .select({
          registration: schema.registration,
          courseTitleEn: schema.course.titleEn,
          courseTitleEs: schema.course.titleEs,
          questions: schema.course.questions,
          sessionStartsAt: schema.trainingSession.startsAt,
        })
        .from(schema.registration)
        .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.registration.sessionId))
        .innerJoin(schema.course, eq(schema.course.id, schema.trainingSession.courseId))
        .where(eq(schema.registration.userId, userId))
        .orderBy(asc(schema.registration.createdAt)),
      db
        .select()
        .from(schema.consentRecord)
        .where(eq(schema.consentRecord.userId, userId))
        .orderBy(asc(schema.consentRecord.grantedAt)),
      db
        .select({
          id: schema.certification.id,
          type: schema.certificationType.name,
          authority: schema.certificationType.authority,
          number: schema.certification.number,
          issuedOn: schema.certification.issuedOn,
          remindersOn: schema.certification.remindersOn,
          createdAt: schema.certification.createdAt,
        })
        .from(schema.certification)
        .innerJoin(schema.certificationType, eq(schema.certificationType.key, schema.certification.typeKey))
        .where(eq(schema.certification.userId, userId)),
      db
        .select()
        .from(schema.outsideHours)
        .where(eq(schema.outsideHours.userId, userId))
        .orderBy(asc(schema.outsideHours.completedOn)),
      db.select().from(schema.outsideCompletion).where(eq(schema.outsideCompletion.userId, userId)),
    ]);

  const registrationIds = registrations.map((row) => row.registration.id);
  const some = registrationIds.length > 0;
  const [events, scholarships, attendance, completions, credentials, circles, rsvps, circleAttendance, audit] =
    await Promise.all([
      some
        ? db
            .select({
              registrationId: schema.registrationEvent.registrationId,
              from: schema.registrationEvent.fromStatus,
              to: schema.registrationEvent.toStatus,
              reason: schema.registrationEvent.reason,
              at: schema.registrationEvent.createdAt,
            })
            .from(schema.registrationEvent)
            .where(inArray(schema.registrationEvent.registrationId, registrationIds))
            .orderBy(asc(schema.registrationEvent.createdAt))
        : [],
      some
        ? db
            .select({
              registrationId: schema.scholarshipRequest.registrationId,
              needStatement: schema.scholarshipRequest.needStatement,
              status: schema.scholarshipRequest.status,
              message: schema.scholarshipRequest.message,
              decidedAt: schema.scholarshipRequest.decidedAt,
              createdAt: schema.scholarshipRequest.createdAt,
            })
            .from(schema.scholarshipRequest)
            .where(inArray(schema.scholarshipRequest.registrationId, registrationIds))
        : [],
      some
        ? db
            .select({
              registrationId: schema.attendance.registrationId,
              meetingStartsAt: schema.sessionMeeting.startsAt,
              minutesPresent: schema.attendance.minutesPresent,
              method: schema.attendance.method,
              arrivedAt: schema.attendance.arrivedAt,
            })
            .from(schema.attendance)
            .innerJoin(schema.sessionMeeting, eq(schema.sessionMeeting.id, schema.attendance.meetingId))
            .where(inArray(schema.attendance.registrationId, registrationIds))
            .orderBy(asc(schema.sessionMeeting.startsAt))
        : [],
      some
        ? db
            .select({
              registrationId: schema.completion.registrationId,
              completed: schema.completion.completed,
              contactMinutes: schema.completion.contactMinutes,
              attendedMinutes: schema.completion.attendedMinutes,
              ceMinutes: schema.completion.ceMinutes,
              reasons: schema.completion.reasons,
              signedOffAt: schema.completion.signedOffAt,
            })
            .from(schema.completion)
            .where(inArray(schema.completion.registrationId, registrationIds))
        : [],
      db
        .select()
        .from(schema.credential)
        .where(eq(schema.credential.userId, userId))
        .orderBy(asc(schema.credential.issuedAt)),
      db
        .select({
          circle: schema.circle.name,
          circleId: schema.circle.id,
          status: schema.circleMember.status,
          organizer: schema.circleMember.organizer,
          reminderMinutes: schema.circleMember.reminderMinutes,
          joinedAt: schema.circleMember.joinedAt,
        })
        .from(schema.circleMember)
        .innerJoin(schema.circle, eq(schema.circle.id, schema.circleMember.circleId))
        .where(eq(schema.circleMember.userId, userId)),
      db
        .select({
          circleId: schema.circleMeeting.circleId,
          meetingStartsAt: schema.circleMeeting.startsAt,
          answer: schema.circleRsvp.answer,
          updatedAt: schema.circleRsvp.updatedAt,
        })
        .from(schema.circleRsvp)
        .innerJoin(schema.circleMeeting, eq(schema.circleMeeting.id, schema.circleRsvp.meetingId))
        .where(eq(schema.circleRsvp.userId, userId)),
      db
        .select({
          circleId: schema.circleMeeting.circleId,
          meetingStartsAt: schema.circleMeeting.startsAt,
          recordedAt: schema.circleAttendance.recordedAt,
        })
        .from(schema.circleAttendance)
        .innerJoin(schema.circleMeeting, eq(schema.circleMeeting.id, schema.circleAttendance.meetingId))
        .where(eq(schema.circleAttendance.userId, userId)),
      db
        .select()
        .from(schema.auditEvent)
        .where(
          or(
            eq(schema.auditEvent.actorId, userId),
            and(eq(schema.auditEvent.targetType, "user"), eq(schema.auditEvent.targetId, userId)),
            some
              ? and(
                  eq(schema.auditEvent.targetType, "registration"),
                  inArray(schema.auditEvent.targetId, registrationIds),
                )
              : sql`false`,
          ),
        )
        .orderBy(asc(schema.auditEvent.id)),
    ]);

  const journal = await readJournal(services, person);
  const evidence: ExportedFile[] = outside.flatMap((row) =>
    row.evidence ? [{ ownerId: row.id, name: row.evidenceName, type: row.evidenceType, bytes: row.evidence }] : [],
  );
  const eventsOf = new Map<string, Omit<(typeof events)[number], "registrationId">[]>();
  for (const { registrationId, ...event } of events)
    eventsOf.set(registrationId, [...(eventsOf.get(registrationId) ?? []), event]);
  const scholarshipOf = new Map(scholarships.map((row) => [row.registrationId, row]));
  const ownRegistrations = new Set(registrationIds);

  const sections: Record<DataExportSection, unknown> = {
    profile: {
      id: user.id,
      name: user.name,
      legalName: user.legalName,
      pronouns: user.pronouns,
      email: user.email,
      emailVerified: user.emailVerified,
      locale: user.locale,
      timeZone: user.timeZone,
      createdAt: iso(user.createdAt),
      county: county[0]?.countyFips ?? null,
      trainerProfile: trainerProfile[0] ?? null,
      partnerLinks: staffLinks,
    },
    registrations: registrations.map(({ registration: r, ...about }) => ({
      id: r.id,
      course: { en: about.courseTitleEn, es: about.courseTitleEs },
      sessionStartsAt: iso(about.sessionStartsAt),
      status: r.status,
      questions: about.questions,
      answers: r.answers,
      pronouns: r.pronouns,
      accommodations: r.accommodations,
      priceTier: r.priceTier,
      amountCents: r.amountCents,
      registeredBySomeoneElse: r.registeredBy !== null && r.registeredBy !== userId,
      requestedAt: iso(r.requestedAt),
      cancelledAt: iso(r.cancelledAt),
      history: eventsOf.get(r.id) ?? [],
      scholarship: scholarshipOf.get(r.id) ?? null,
    })),
    attendance: { meetings: attendance, completions },
    certificates: credentials.map((c) => ({
      code: c.code,
      registrationId: c.registrationId,
      recipientName: c.recipientName,
      displayName: c.displayName,
      attendedMinutes: c.attendedMinutes,
      categories: c.categories,
      inPerson: c.inPerson,
      activityStartDate: c.activityStartDate,
      activityEndDate: c.activityEndDate,
      issuedAt: iso(c.issuedAt),
      validUntil: iso(c.validUntil),
      status: c.status,
      statusReason: c.statusReason,
    })),
    credentials: credentials.map((c) => ({ code: c.code, document: c.document, jwt: c.jwt })),
    certifications,
    ce_hours: {
      outsideHours: outside.map(({ evidence: bytes, userId: _userId, verifiedBy, ...row }) => ({
        ...row,
        verified: verifiedBy !== null || row.verifiedAt !== null,
        evidenceFile: bytes ? evidencePath({ ownerId: row.id, name: row.evidenceName, type: row.evidenceType }) : null,
      })),
      outsideCompletions: outsideCompletions.map(({ userId: _userId, decidedBy: _decidedBy, ...row }) => row),
    },
    circles: { memberships: circles, answers: rsvps, attendance: circleAttendance },
    journal: journal.journal,
    consents: consents.map(({ userId: _userId, recordedBy, ...row }) => ({
      ...row,
      recordedBySomeoneElse: recordedBy !== null && recordedBy !== userId,
    })),
    // Rows about the person in full; rows the person made about others say only what was done and when.
    audit: audit.map((row) => {
      const aboutThem =
        (row.targetType === "user" && row.targetId === userId) ||
        (row.targetType === "registration" && row.targetId !== null && ownRegistrations.has(row.targetId));
      const byThem = row.actorId === userId;
      return aboutThem
        ? {
            at: iso(row.createdAt),
            action: row.action,
            by: byThem ? "you" : row.actorId ? "staff" : "the hub",
            targetType: row.targetType,
            targetId: row.targetId,
            summary: row.summary,
            ip: byThem ? row.ip : null,
          }
        : { at: iso(row.createdAt), action: row.action, by: "you", targetType: row.targetType, ip: row.ip };
    }),
  };
  return { sections, evidence, journal: journal.state };
}
