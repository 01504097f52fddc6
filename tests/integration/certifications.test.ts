// Certifications and CE hours on both engines: the ledger from hub completions and outside hours, compliance for a real
// person, evidence files, renewal reminders that go once, and the transcript PDF.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { ensureCertificationTypes } from "#features/hub/seed-defaults.ts";
import {
  addCertification,
  listCertificationTypes,
  updateCertification,
} from "#features/certifications/manage-certifications.ts";
import {
  readEvidence,
  recordOutsideHours,
  removeOutsideHours,
  verifyOutsideHours,
} from "#features/certifications/outside-hours.ts";
import { personCompliance } from "#features/certifications/person-compliance.ts";
import { sendCertificationReminders } from "#features/certifications/send-certification-reminders.ts";
import { ceTranscriptPdf } from "#features/certifications/ce-transcript-pdf.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { adminViewer, seedCourse, seedPeople, seedSession } from "../support/catalog.ts";

const actor = { userId: null, label: "test" };
const pdfBytes = new TextEncoder().encode("%PDF-1.4\n% evidence\n");

describe.each(enginesUnderTest())("certifications and CE hours (%s)", (engine) => {
  let services: TestServices;
  let person: Viewer;
  beforeAll(async () => {
    services = await createTestServices(engine);
    await ensureCertificationTypes(services.db);
    [person] = (await seedPeople(services.db, 1, "peer")) as [Viewer];
  });
  afterAll(async () => services.close());

  /** A signed-off hub training: a completed session the person attended, with its CE minutes. */
  async function hubTraining(options: {
    minutes: number;
    completed: boolean;
    categories: { category: string; minutes: number }[];
    endsOn: string;
    format?: "in_person" | "online";
  }) {
    const course = await seedCourse(services.db, {
      ceCategories: options.categories,
      titleEn: "Suicide prevention for peers",
      titleEs: "Prevención del suicidio entre pares",
    });
    const end = new Date(`${options.endsOn}T23:00:00Z`);
    const session = await seedSession(services.db, course.id, {
      now: new Date(end.getTime() - 30 * 86_400_000),
      startsInDays: 29,
      overrides: { status: "completed", format: options.format ?? "online" },
    });
    const [registration] = await services.db
      .insert(schema.registration)
      .values({
        sessionId: session.id,
        userId: person.userId,
        status: "confirmed",
        requestedAt: new Date(),
        queueAt: new Date(),
      })
      .returning();
    await services.db.insert(schema.completion).values({
      registrationId: registration!.id,
      completed: options.completed,
      contactMinutes: options.minutes,
      attendedMinutes: options.minutes,
      ceMinutes: options.minutes,
      signedOffAt: new Date(),
    });
  }

  it("seeds the Oregon, MHACBO and Pennsylvania certification types as data", async () => {
    const types = await listCertificationTypes(services.db);
    expect(types.map((type) => type.key).sort()).toEqual([
      "ips-co-reflection",
      "mhacbo-crm",
      "or-thw-fss",
      "or-thw-pss",
      "or-thw-pws",
      "or-thw-yss",
      "pa-cps",
    ]);
    expect(types.find((type) => type.key === "or-thw-fss")!.rules.minimumMinutes).toBe(40 * 60);
  });

  it("counts hub trainings and outside hours, and says where the person stands", async () => {
    await addCertification(
      services,
      { viewer: person, typeKey: "or-thw-pss", number: "PSS-1234", issuedOn: "2024-05-30" },
      actor,
    );
    await hubTraining({
      minutes: 12 * 60,
      completed: true,
      categories: [{ category: "oral_health", minutes: 90 }],
      endsOn: "2025-06-10",
      format: "in_person",
    });
    // Attended an hour without completing, where the course allows CE without completion: the hour counts, and its
    // categories in proportion (an hour of a course whose categories claim three is a third of each).
    await hubTraining({
      minutes: 60,
      completed: false,
      categories: [{ category: "suicide_prevention", minutes: 180 }],
      endsOn: "2025-09-01",
    });
    await recordOutsideHours(
      services,
      {
        viewer: person,
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
    const { standings, ledger } = await personCompliance(
      services.db,
      person.userId,
      new Date("2026-11-22T18:00:00Z"),
      "2026-11-22",
    );
    expect(ledger).toHaveLength(3);
    const [pss] = standings;
    expect(pss!.compliance).toMatchObject({
      expiresOn: "2027-05-30",
      renewalOpensOn: "2027-03-01",
      status: "current",
      countedMinutes: 14 * 60,
      requiredMinutes: 20 * 60,
      minutesStillNeeded: 6 * 60,
      unverifiedOutsideMinutes: 60,
    });
    expect(pss!.compliance.categories).toEqual([
      { category: "oral_health", requiredMinutes: 90, countedMinutes: 90, stillNeeded: 0 },
      { category: "suicide_prevention", requiredMinutes: 180, countedMinutes: 60, stillNeeded: 120 },
    ]);
  });

  it("keeps evidence that is a PDF or an image, for its owner and admins only", async () => {
    const upload = (bytes: Uint8Array) =>
      recordOutsideHours(
        services,
        {
          viewer: person,
          title: "Workshop",
          provider: "County",
          completedOn: "2026-02-01",
          minutes: 120,
          categories: [],
          inPerson: true,
          evidence: { name: "x", bytes },
        },
        actor,
      );
    await expect(upload(new TextEncoder().encode("<html>not a pdf</html>"))).rejects.toMatchObject({
      details: { fields: [{ path: "evidence", message: "certifications.errors.evidenceType" }] },
    });
    const kept = await upload(pdfBytes);
    expect(await readEvidence(services.db, person, kept.id)).toMatchObject({ type: "application/pdf", name: "x.pdf" });
    const [stranger] = await seedPeople(services.db, 1, "stranger");
    await expect(readEvidence(services.db, stranger!, kept.id)).rejects.toMatchObject({ code: "not_found" });
    const admin = adminViewer((await seedPeople(services.db, 1, "admin"))[0]!.userId);
    expect((await readEvidence(services.db, admin, kept.id)).bytes.length).toBe(pdfBytes.length);
    await verifyOutsideHours(services, { viewer: admin, id: kept.id }, actor);
    // Verified hours stay on the record.
    await expect(removeOutsideHours(services, { viewer: person, id: kept.id }, actor)).rejects.toMatchObject({
      message: "certifications.errors.cannotRemove",
    });
  });

  it("keeps evidence under a name without bidi or control characters, whose extension says what it is", async () => {
    const { id } = await recordOutsideHours(
      services,
      {
        viewer: person,
        title: "Invoice",
        provider: "County",
        completedOn: "2026-02-01",
        minutes: 60,
        categories: [],
        inPerson: false,
        // Shown as "invoiceexe.png" by anything that honours the override; in fact a PDF named .exe.
        evidence: { name: "invoice\u202egnp.exe", bytes: pdfBytes },
      },
      actor,
    );
    expect((await readEvidence(services.db, person, id)).name).toBe("invoicegnp.pdf");
  });

  it("sends each renewal reminder once, even with two runs at the same moment, and not when turned off", async () => {
    const [peer] = await seedPeople(services.db, 1, "reminded");
    const added = await addCertification(
      services,
      { viewer: peer!, typeKey: "mhacbo-crm", issuedOn: "2025-01-10" },
      actor,
    );
    const inWindow = { ...services, now: () => new Date("2026-10-20T18:00:00Z") };
    await Promise.all([sendCertificationReminders(inWindow), sendCertificationReminders(inWindow)]);
    await sendCertificationReminders(inWindow);
    const mails = await queryRows<{ template: string; subject: string }>(
      services.db,
      sql`SELECT template, subject FROM outbox_message WHERE to_address = ${peer!.email}`,
    );
    expect(mails).toEqual([
      {
        template: "notice.certification-window_open",
        subject: "Your MHACBO Certified Recovery Mentor renewal window is open",
      },
    ]);
    await updateCertification(
      services,
      { viewer: peer!, id: added.id, typeKey: "mhacbo-crm", issuedOn: "2025-01-10", remindersOn: false },
      actor,
    );
    await sendCertificationReminders({ ...services, now: () => new Date("2026-12-15T18:00:00Z") });
    const after = await services.db
      .select()
      .from(schema.outboxMessage)
      .where(and(eq(schema.outboxMessage.toAddress, peer!.email)));
    expect(after).toHaveLength(1);
  });

  it("writes a CE transcript PDF with the person's name and hours", async () => {
    await services.db
      .update(schema.user)
      .set({ legalName: "Samantha Q. Taylor" })
      .where(eq(schema.user.id, person.userId));
    const pdf = await ceTranscriptPdf(services.db, {
      userId: person.userId,
      locale: "en",
      now: new Date("2026-11-22T18:00:00Z"),
    });
    const folder = mkdtempSync(path.join(tmpdir(), "transcript-"));
    writeFileSync(path.join(folder, "t.pdf"), pdf);
    const text = execFileSync("pdftotext", ["-layout", path.join(folder, "t.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("Samantha Q. Taylor");
    expect(text).toContain("Suicide prevention for peers — 12 h");
    expect(text).toContain("Oral health 1.5 h");
  });
});
