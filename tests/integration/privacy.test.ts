// Privacy on both engines (issue 14 items 10 and 13): consents recorded where the hub asks for them, with the wording's
// version; withdrawing partner sharing really stops the sharing and withdrawing a public profile hides it; "download my
// data" prepares a ZIP by job that holds the person's answers and evidence and nothing of anyone else, and its link
// opens only for that person before it expires; expired archives are purged.
import { and, eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { dataExportSections } from "#core/data-export.ts";
import { registerForSession } from "#features/registration/register-for-session.ts";
import { registerGroup } from "#features/registration/register-group.ts";
import { answerStaffLink, inviteStaff, listMyStaffLinks } from "#features/partners/staff-links.ts";
import { listStaffProgress } from "#features/partners/staff-progress.ts";
import { updateMyTrainerProfile } from "#features/trainers/trainer-profile.ts";
import { listPublicTrainers } from "#features/trainers/list-trainers.ts";
import { recordOutsideHours } from "#features/certifications/outside-hours.ts";
import { writeEntry } from "#features/journal/write-entry.ts";
import { currentWordingVersion } from "#features/privacy/consent-wording.ts";
import { listMyConsents } from "#features/privacy/list-my-consents.ts";
import { withdrawConsent } from "#features/privacy/withdraw-consent.ts";
import { requestDataExport } from "#features/privacy/request-data-export.ts";
import { prepareDataExportHandler } from "#features/privacy/prepare-data-export.ts";
import { prepareDataExportJob } from "#features/privacy/prepare-data-export.job.ts";
import { downloadDataExport } from "#features/privacy/download-data-export.ts";
import { purgeExpiredDataExports } from "#features/privacy/purge-data-exports.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { seedCourse, seedPeople, seedSession } from "../support/catalog.ts";

const actor = { userId: null, label: "test" };
const consent = { consent: true as const };
const pdfBytes = new TextEncoder().encode("%PDF-1.4\n% my own evidence\n");

describe.each(enginesUnderTest())("privacy (%s)", (engine) => {
  let services: TestServices;
  let organizationId: string;
  let partnerAdmin: Viewer;

  beforeAll(async () => {
    services = await createTestServices(engine);
    const [org] = await services.db
      .insert(schema.organization)
      .values({ slug: "privacy-river", name: "River Peer Center" })
      .returning();
    organizationId = org!.id;
    const [pa] = await seedPeople(services.db, 1, "privacy-partner");
    await services.db.insert(schema.roleGrant).values({ userId: pa!.userId, role: "partner_admin", organizationId });
    partnerAdmin = { ...pa!, roles: [{ role: "partner_admin", organizationId }] };
  });
  afterAll(async () => services.close());

  const consentsOf = (userId: string) =>
    services.db.select().from(schema.consentRecord).where(eq(schema.consentRecord.userId, userId));

  it("records the registration consent line with the wording's version and language, in the registration's transaction", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id);
    const [person] = await seedPeople(services.db, 1, "privacy-registrant");
    const outcome = await registerForSession(
      services,
      { viewer: person!, sessionId: session.id, locale: "es", ...consent },
      actor,
    );
    const [record, ...more] = await consentsOf(person!.userId);
    expect(more).toEqual([]);
    expect(record).toMatchObject({
      purpose: "registration_answers",
      subjectId: outcome.id,
      wordingVersion: currentWordingVersion("registration_answers"),
      wordingLocale: "es",
      recordedBy: person!.userId,
      withdrawnAt: null,
    });

    // A refused registration leaves no consent behind.
    await expect(
      registerForSession(services, { viewer: person!, sessionId: session.id, ...consent }, actor),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await consentsOf(person!.userId)).toHaveLength(1);

    const listed = await listMyConsents(services, person!);
    expect(listed).toMatchObject([
      { id: record!.id, purpose: "registration_answers", course: { titleEn: course.titleEn }, recordedByStaff: false },
    ]);
  });

  it("records each member's consent when a partner registers a group, ticked by the partner", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id);
    const [member] = await seedPeople(services.db, 1, "privacy-group");
    await inviteStaff(services, { viewer: partnerAdmin, organizationId, email: member!.email }, actor);
    const [invite] = await listMyStaffLinks(services.db, member!);
    await answerStaffLink(services, { viewer: member!, linkId: invite!.id, action: "accept" }, actor);
    const group = await registerGroup(
      services,
      {
        viewer: partnerAdmin,
        sessionId: session.id,
        organizationId,
        members: [{ name: member!.name, email: member!.email }],
        ...consent,
      },
      actor,
    );
    const records = (await consentsOf(member!.userId)).filter((r) => r.purpose === "registration_answers");
    expect(records).toMatchObject([
      { subjectId: group.registrationIds[0], recordedBy: partnerAdmin.userId, wordingLocale: "en" },
    ]);
    const listed = await listMyConsents(services, member!);
    expect(listed.find((c) => c.purpose === "registration_answers")?.recordedByStaff).toBe(true);
  });

  it("withdrawing partner sharing ends the link, so the partner sees nothing more", async () => {
    const [person] = await seedPeople(services.db, 1, "privacy-staff");
    await inviteStaff(services, { viewer: partnerAdmin, organizationId, email: person!.email }, actor);
    const [invite] = await listMyStaffLinks(services.db, person!);
    await answerStaffLink(
      services,
      {
        viewer: person!,
        linkId: invite!.id,
        action: "accept",
        shareCompletions: true,
        shareCompliance: true,
        locale: "es",
      },
      actor,
    );
    const shared = await listStaffProgress(services.db, partnerAdmin, organizationId, new Date());
    expect(shared.find((m) => m.email === person!.email)?.sharing).toEqual({ completions: true, compliance: true });

    const [given] = (await listMyConsents(services, person!)).filter((c) => c.purpose === "partner_sharing");
    expect(given).toMatchObject({ organization: "River Peer Center", wordingLocale: "es", effect: "end_staff_link" });

    // Someone else cannot withdraw it; the answer says nothing about whether it exists.
    const [stranger] = await seedPeople(services.db, 1, "privacy-stranger");
    await expect(withdrawConsent(services, { viewer: stranger!, consentId: given!.id }, actor)).rejects.toMatchObject({
      code: "not_found",
    });

    await withdrawConsent(services, { viewer: person!, consentId: given!.id }, actor);
    const [link] = await services.db.select().from(schema.staffLink).where(eq(schema.staffLink.id, invite!.id));
    expect(link!.status).toBe("withdrawn");
    const after = await listStaffProgress(services.db, partnerAdmin, organizationId, new Date());
    expect(after.find((m) => m.email === person!.email)).toBeUndefined();
    expect((await listMyConsents(services, person!)).filter((c) => c.purpose === "partner_sharing")).toEqual([]);
    const [record] = (await consentsOf(person!.userId)).filter((r) => r.purpose === "partner_sharing");
    expect(record!.withdrawnAt).not.toBeNull();

    // Both the link's own audit row and the withdrawal's.
    const audits = await services.db
      .select({ action: schema.auditEvent.action })
      .from(schema.auditEvent)
      .where(and(eq(schema.auditEvent.targetType, "consent_record"), eq(schema.auditEvent.targetId, given!.id)));
    expect(audits.map((a) => a.action)).toEqual(["privacy.consent_withdrawn"]);
    const linkAudits = await services.db
      .select({ action: schema.auditEvent.action })
      .from(schema.auditEvent)
      .where(eq(schema.auditEvent.targetId, invite!.id));
    expect(linkAudits.map((a) => a.action)).toContain("partner.staff.withdrawn");

    // A second withdrawal has nothing left to do.
    await expect(withdrawConsent(services, { viewer: person!, consentId: given!.id }, actor)).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("withdrawing a public trainer profile hides it; showing it again is a new consent", async () => {
    const [trainer] = await seedPeople(services.db, 1, "privacy-trainer");
    await services.db.insert(schema.roleGrant).values({ userId: trainer!.userId, role: "trainer" });
    const viewer: Viewer = { ...trainer!, roles: [...trainer!.roles, { role: "trainer", organizationId: null }] };
    await updateMyTrainerProfile(
      services,
      { viewer, input: { bioEn: "Peer trainer", isPublic: true }, locale: "en" },
      actor,
    );
    expect((await listPublicTrainers(services)).some((t) => t.userId === trainer!.userId)).toBe(true);
    const [given] = (await listMyConsents(services, viewer)).filter((c) => c.purpose === "trainer_public_profile");
    expect(given).toBeDefined();

    await withdrawConsent(services, { viewer, consentId: given!.id }, actor);
    expect((await listPublicTrainers(services)).some((t) => t.userId === trainer!.userId)).toBe(false);

    // Saving the profile again without showing it records nothing; showing it again is a fresh consent.
    await updateMyTrainerProfile(services, { viewer, input: { bioEn: "Peer trainer" } }, actor);
    expect(await consentsOf(trainer!.userId)).toHaveLength(1);
    await updateMyTrainerProfile(services, { viewer, input: { bioEn: "Peer trainer", isPublic: true } }, actor);
    expect(await consentsOf(trainer!.userId)).toHaveLength(2);
    expect((await listMyConsents(services, viewer)).filter((c) => c.purpose === "trainer_public_profile")).toHaveLength(
      1,
    );
  });

  it("withdrawing the registration consent erases the answers and keeps the seat", async () => {
    const course = await seedCourse(services.db, {
      questions: [{ id: "why", kind: "text", labelEn: "Why?", labelEs: "¿Por qué?", required: true, sensitive: true }],
    });
    const session = await seedSession(services.db, course.id);
    const [person] = await seedPeople(services.db, 1, "privacy-erase");
    const outcome = await registerForSession(
      services,
      {
        viewer: person!,
        sessionId: session.id,
        answers: { why: "my reasons" },
        accommodations: "captions",
        ...consent,
      },
      actor,
    );
    const [given] = await listMyConsents(services, person!);
    await withdrawConsent(services, { viewer: person!, consentId: given!.id }, actor);
    const [row] = await services.db.select().from(schema.registration).where(eq(schema.registration.id, outcome.id));
    expect(row).toMatchObject({ status: "confirmed", answers: {}, accommodations: null });
  });

  async function prepareExportFor(person: Viewer) {
    const { id } = await requestDataExport(services, { viewer: person }, actor);
    // The use case queued the job by its contract; the worker's handler prepares the archive.
    const [job] = await services.db
      .select()
      .from(schema.job)
      .where(and(eq(schema.job.name, prepareDataExportJob.name), eq(schema.job.dedupeKey, `data-export:${id}`)));
    expect(job?.payload).toEqual({ exportId: id });
    await prepareDataExportHandler(services, prepareDataExportJob.payload.parse(job!.payload), {
      jobId: Number(job!.id),
      attempt: 1,
      maxAttempts: 3,
    });
    const [mail] = await services.db
      .select()
      .from(schema.outboxMessage)
      .where(
        and(
          eq(schema.outboxMessage.toAddress, person.email),
          eq(schema.outboxMessage.template, "notice.data-export-ready"),
        ),
      );
    const token = /\/account\/privacy\/export\/([A-Za-z0-9_-]+)/.exec(mail!.text)?.[1];
    expect(token).toBeTruthy();
    return { id, token: token! };
  }

  it("exports a ZIP with the person's answers, evidence and journal, and nothing of anyone else", async () => {
    const course = await seedCourse(services.db, {
      questions: [{ id: "why", kind: "text", labelEn: "Why?", labelEs: "¿Por qué?", required: true, sensitive: true }],
    });
    const session = await seedSession(services.db, course.id);
    const [person, other] = await seedPeople(services.db, 2, "privacy-export");
    await registerForSession(
      services,
      { viewer: person!, sessionId: session.id, answers: { why: "MY-OWN-ANSWER" }, ...consent },
      actor,
    );
    await registerForSession(
      services,
      { viewer: other!, sessionId: session.id, answers: { why: "OTHER-PERSONS-ANSWER" }, ...consent },
      actor,
    );
    await recordOutsideHours(
      services,
      {
        viewer: person!,
        title: "Ethics in peer work",
        provider: "Another hub",
        completedOn: "2026-01-15",
        minutes: 60,
        categories: [],
        inPerson: false,
        evidence: { name: "certificate.pdf", bytes: pdfBytes },
      },
      actor,
    );
    await recordOutsideHours(
      services,
      {
        viewer: other!,
        title: "Someone else's hours",
        provider: "Elsewhere",
        completedOn: "2026-01-16",
        minutes: 30,
        categories: [],
        inPerson: false,
        evidence: { name: "theirs.pdf", bytes: new TextEncoder().encode("%PDF-1.4\n% OTHER-EVIDENCE\n") },
      },
      actor,
    );
    await writeEntry(services, { viewer: person!, text: "MY-JOURNAL-WORDS", writtenOn: "2026-02-01" });
    await writeEntry(services, { viewer: other!, text: "OTHER-JOURNAL-WORDS", writtenOn: "2026-02-01" });

    const { token } = await prepareExportFor(person!);
    const download = await downloadDataExport(services, { viewer: person!, token }, actor);
    if (!download.ok) throw new Error(`download refused: ${download.problem}`);
    const files = unzipSync(download.archive);
    const names = Object.keys(files);
    for (const section of dataExportSections) expect(names).toContain(`${section}.json`);
    expect(names).toContain("README.txt");
    const evidence = names.filter((name) => name.startsWith("evidence/"));
    expect(evidence).toHaveLength(1);
    expect(evidence[0]!.endsWith("certificate.pdf")).toBe(true);
    expect(files[evidence[0]!]).toEqual(pdfBytes);

    const registrations = JSON.parse(strFromU8(files["registrations.json"]!));
    expect(registrations).toMatchObject([{ answers: { why: "MY-OWN-ANSWER" } }]);
    const journal = JSON.parse(strFromU8(files["journal.json"]!));
    expect(journal.entries.map((e: { text: string }) => e.text)).toEqual(["MY-JOURNAL-WORDS"]);
    const consents = JSON.parse(strFromU8(files["consents.json"]!));
    expect(consents.map((c: { purpose: string }) => c.purpose)).toEqual(["registration_answers"]);
    expect(JSON.parse(strFromU8(files["profile.json"]!)).email).toBe(person!.email);

    // Nothing of the other person anywhere in the archive.
    const everything = names.map((name) => strFromU8(files[name]!)).join("\n");
    for (const theirs of ["OTHER-PERSONS-ANSWER", "OTHER-EVIDENCE", "OTHER-JOURNAL-WORDS", other!.email, other!.userId])
      expect(everything).not.toContain(theirs);
    expect(strFromU8(files["README.txt"]!)).toContain("journal.json");
  });

  it("opens the link only for its person, and not once it has expired; expired archives are purged", async () => {
    const [person, other] = await seedPeople(services.db, 2, "privacy-link");
    const { id, token } = await prepareExportFor(person!);

    expect(await downloadDataExport(services, { viewer: other!, token }, actor)).toEqual({
      ok: false,
      problem: "not_found",
    });
    expect(await downloadDataExport(services, { viewer: person!, token: "not-a-token" }, actor)).toEqual({
      ok: false,
      problem: "not_found",
    });
    expect((await downloadDataExport(services, { viewer: person!, token }, actor)).ok).toBe(true);

    // One archive at a time while one is being prepared; a ready one does not block the next.
    const second = await requestDataExport(services, { viewer: person! }, actor);
    await expect(requestDataExport(services, { viewer: person! }, actor)).rejects.toMatchObject({ code: "conflict" });

    const later = { ...services, now: () => new Date(Date.now() + 8 * 24 * 60 * 60_000) };
    expect(await downloadDataExport(later, { viewer: person!, token }, actor)).toEqual({
      ok: false,
      problem: "expired",
    });
    await purgeExpiredDataExports(services.db, later.now());
    const left = await services.db
      .select({ id: schema.dataExport.id })
      .from(schema.dataExport)
      .where(eq(schema.dataExport.userId, person!.userId));
    expect(left.map((row) => row.id)).not.toContain(id);
    expect(left.map((row) => row.id)).not.toContain(second.id);
  });
});
