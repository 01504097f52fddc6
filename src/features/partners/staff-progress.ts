// A partner organization's staff as its partner admins see them: open invitations by the address the partner typed, and
// for each person who accepted, only what they chose to share — completions and upcoming trainings, CE compliance.
import { and, asc, eq, inArray } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { staffProgressVisible, type Viewer } from "#core/access.ts";
import { liveStatuses } from "#core/registration.ts";
import { sharedWithPartner, type StaffLinkStatus } from "#core/partners.ts";
import { complianceFor, type ComplianceStatus } from "#core/certification.ts";
import { AppError } from "#platform/app-error.ts";
import { ceLedgers } from "#features/certifications/ce-ledger.ts";

export type StaffTraining = { registrationId: string; titleEn: string; titleEs: string; startsAt: Date; endsAt: Date };
export type StaffCertification = {
  typeName: string;
  status: ComplianceStatus;
  expiresOn: string;
  minutesStillNeeded: number;
};

export type StaffMember = {
  linkId: string;
  status: Extract<StaffLinkStatus, "invited" | "requested" | "active">;
  email: string;
  /** Known once the person asked or accepted. */
  name: string | null;
  userId: string | null;
  sharing: { completions: boolean; compliance: boolean } | null;
  completions: StaffTraining[] | null;
  upcoming: StaffTraining[] | null;
  certifications: StaffCertification[] | null;
};

/** Refuses anyone who does not act for the organization, before anything is read. */
export async function listStaffProgress(
  db: Executor,
  viewer: Viewer | null,
  organizationId: string,
  now: Date,
): Promise<StaffMember[]> {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  if (!staffProgressVisible(viewer, organizationId, { completions: false, compliance: false }))
    throw new AppError("forbidden", { key: "partners.errors.notYourOrganization" });
  const links = await db
    .select({
      linkId: schema.staffLink.id,
      status: schema.staffLink.status,
      email: schema.staffLink.email,
      userId: schema.staffLink.userId,
      shareCompletions: schema.staffLink.shareCompletions,
      shareCompliance: schema.staffLink.shareCompliance,
      name: schema.user.name,
    })
    .from(schema.staffLink)
    .leftJoin(schema.user, eq(schema.user.id, schema.staffLink.userId))
    .where(
      and(
        eq(schema.staffLink.organizationId, organizationId),
        inArray(schema.staffLink.status, ["invited", "requested", "active"]),
      ),
    )
    .orderBy(asc(schema.staffLink.createdAt));

  const members: StaffMember[] = links.map((link) => {
    const sharing = staffProgressVisible(viewer, organizationId, sharedWithPartner(link));
    const known = link.status !== "invited";
    return {
      linkId: link.linkId,
      status: link.status as StaffMember["status"],
      email: link.email,
      name: known ? link.name : null,
      userId: known ? link.userId : null,
      sharing,
      completions: null,
      upcoming: null,
      certifications: null,
    };
  });

  // Read only for the people who share it: one query for everyone's trainings; two for everyone's CE ledgers.
  const sharingCompletions = members.filter((m) => m.sharing?.completions).map((m) => m.userId!);
  if (sharingCompletions.length) {
    const rows = await db
      .select({
        userId: schema.registration.userId,
        registrationId: schema.registration.id,
        status: schema.registration.status,
        completed: schema.completion.completed,
        titleEn: schema.course.titleEn,
        titleEs: schema.course.titleEs,
        startsAt: schema.trainingSession.startsAt,
        endsAt: schema.trainingSession.endsAt,
      })
      .from(schema.registration)
      .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.registration.sessionId))
      .innerJoin(schema.course, eq(schema.course.id, schema.trainingSession.courseId))
      .leftJoin(schema.completion, eq(schema.completion.registrationId, schema.registration.id))
      .where(inArray(schema.registration.userId, sharingCompletions))
      .orderBy(asc(schema.trainingSession.startsAt));
    for (const member of members.filter((m) => m.sharing?.completions)) {
      const own = rows.filter((row) => row.userId === member.userId);
      const training = (row: (typeof rows)[number]): StaffTraining => ({
        registrationId: row.registrationId,
        titleEn: row.titleEn,
        titleEs: row.titleEs,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
      });
      member.completions = own.filter((row) => row.completed === true).map(training);
      member.upcoming = own
        .filter(
          (row) => (liveStatuses as readonly string[]).includes(row.status) && row.startsAt.getTime() > now.getTime(),
        )
        .map(training);
    }
  }

  const sharingCompliance = members.filter((m) => m.sharing?.compliance);
  if (sharingCompliance.length) {
    const held = await db
      .select({
        userId: schema.certification.userId,
        issuedOn: schema.certification.issuedOn,
        typeName: schema.certificationType.name,
        rules: schema.certificationType.rules,
      })
      .from(schema.certification)
      .innerJoin(schema.certificationType, eq(schema.certificationType.key, schema.certification.typeKey))
      .where(
        inArray(
          schema.certification.userId,
          sharingCompliance.map((m) => m.userId!),
        ),
      );
    const today = now.toISOString().slice(0, 10);
    // The ledgers of everyone who shares it and holds a certification, read together (nobody else's is read).
    const ledgers = await ceLedgers(db, [...new Set(held.map((row) => row.userId))]);
    for (const member of sharingCompliance) {
      const own = held.filter((row) => row.userId === member.userId);
      const ledger = ledgers.get(member.userId!) ?? [];
      member.certifications = own.map((row) => {
        const compliance = complianceFor({ rules: row.rules, issuedOn: row.issuedOn, today, entries: ledger });
        return {
          typeName: row.typeName,
          status: compliance.status,
          expiresOn: compliance.expiresOn,
          minutesStillNeeded: compliance.minutesStillNeeded,
        };
      });
    }
  }
  return members;
}
