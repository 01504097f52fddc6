// The in-house training pages over HTTP, on both engines: an organizational trainer reports a training on
// /trainer/inhouse (a malformed line comes back with what was typed), submits it, and a hub admin approves it on
// /admin/inhouse — after a request for changes without a message is refused — and the training is a completed session.
// Then: the trainer's pages offer in-house trainings only to an organizational trainer; the decided reports are listed
// below the queue (newest first, paged) and open read-only; the credential says "Delivered by <partner>" on the verify
// page and on the certificate PDF (read back with pdftotext), in English and Spanish.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "#db/client.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { issueCredential } from "#features/credentials/issue-credential.ts";
import { issueCredentialJob } from "#features/credentials/issue-credential.job.ts";
import { DECIDED_REPORTS_PER_PAGE } from "#features/inhouse/list-inhouse-reports.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { seedCourse } from "../support/catalog.ts";
import { serveForTest, sessionCookie, type TestHttp } from "../support/http.ts";

const PASSWORD = "correct horse battery staple";
const actor = { userId: null, label: "test" };

describe.each(enginesUnderTest())("in-house training pages (%s)", (engine) => {
  let services: TestServices;
  let http: TestHttp;
  let adminCookie: string;
  let trainerCookie: string;
  let otherTrainerCookie: string;
  let spanishAdminCookie: string;
  let orgId: string;
  let courseId: string;

  const page = async (pathname: string, cookie: string, language = "en") => {
    const response = await fetch(`${http.url}${pathname}`, {
      headers: { cookie, "accept-language": language },
      redirect: "manual",
    });
    return { status: response.status, html: await response.text() };
  };
  const post = (pathname: string, cookie: string, fields: Record<string, string>) =>
    fetch(`${http.url}${pathname}`, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields),
      redirect: "manual",
    });

  beforeAll(async () => {
    services = await createTestServices(engine, { RATE_LIMIT: "off" });
    services.now = () => new Date("2026-12-01T12:00:00Z");
    await createAccount(
      services.db,
      {
        email: "admin@example.org",
        name: "Ana Admin",
        password: PASSWORD,
        roles: [{ role: "admin", organizationId: null }],
      },
      actor,
    );
    const trainer = await createAccount(
      services.db,
      {
        email: "maya@example.org",
        name: "Maya Trainer",
        password: PASSWORD,
        roles: [{ role: "trainer", organizationId: null }],
      },
      actor,
    );
    // A trainer with no staff link (not an organizational trainer), and an admin, both reading in Spanish.
    await createAccount(
      services.db,
      {
        email: "rio@example.org",
        name: "Rio Trainer",
        password: PASSWORD,
        locale: "es",
        roles: [{ role: "trainer", organizationId: null }],
      },
      actor,
    );
    await createAccount(
      services.db,
      {
        email: "luis@example.org",
        name: "Luis Admin",
        password: PASSWORD,
        locale: "es",
        roles: [{ role: "admin", organizationId: null }],
      },
      actor,
    );
    const [org] = await services.db
      .insert(schema.organization)
      .values({ slug: "river-clinic", name: "River Clinic" })
      .returning({ id: schema.organization.id });
    orgId = org!.id;
    await services.db
      .insert(schema.staffLink)
      .values({ organizationId: orgId, email: trainer.email, userId: trainer.id, status: "active" });
    courseId = (await seedCourse(services.db, { contactMinutes: 360 })).id;
    http = await serveForTest(services);
    adminCookie = await sessionCookie(services, "admin@example.org", PASSWORD);
    trainerCookie = await sessionCookie(services, "maya@example.org", PASSWORD);
    otherTrainerCookie = await sessionCookie(services, "rio@example.org", PASSWORD);
    spanishAdminCookie = await sessionCookie(services, "luis@example.org", PASSWORD);
  });

  afterAll(async () => {
    await http?.close();
    await services?.close();
  });

  const typed = () => ({
    organizationId: orgId,
    courseId,
    timeZone: "America/Los_Angeles",
    format: "in_person",
    language: "en",
    meetings: "2026-11-02 09:00 12:00\n2026-11-03 09:00 12:00",
    attendees: "Ana Staff; ana.staff@example.org; 180; 180\nBo Late; bo.late@example.org; 180; lots",
    respondents: "2",
    summary: "Both asked for a refresher in spring.",
  });

  it("a trainer submits a report on the page, and an admin approves it on the queue page", async () => {
    expect((await page("/trainer/inhouse", trainerCookie)).html).toContain("River Clinic");

    // Minutes that are not a number: refused at their line, with everything typed kept.
    const refused = await post("/trainer/inhouse", trainerCookie, { ...typed(), intent: "submit" });
    expect(refused.status).toBe(400);
    const refusedHtml = await refused.text();
    expect(refusedHtml).toContain("Line 2: Write minutes as a whole number, 0 or more.");
    expect(refusedHtml).toContain("Both asked for a refresher in spring.");
    expect(refusedHtml).toContain("bo.late@example.org; 180; lots");

    // A meeting still to come is the use case's problem, shown at its line.
    const future = await post("/trainer/inhouse", trainerCookie, {
      ...typed(),
      meetings: "2026-11-02 09:00 12:00\n2026-12-24 09:00 12:00",
      attendees: "Ana Staff; ana.staff@example.org; 180; 180",
      intent: "submit",
    });
    expect(future.status).toBe(400);
    expect(await future.text()).toContain("Line 2: Report a training only after its last meeting has ended.");
    expect(await services.db.select().from(schema.inhouseTrainingReport)).toHaveLength(0);

    const submitted = await post("/trainer/inhouse", trainerCookie, {
      ...typed(),
      attendees: "Ana Staff; ana.staff@example.org; 180; 180\nBo Late; bo.late@example.org; 60 180",
      intent: "submit",
    });
    expect(submitted.status).toBe(302);
    const [report] = await services.db.select().from(schema.inhouseTrainingReport);
    expect(report).toMatchObject({ status: "submitted", organizationId: orgId });
    expect(report!.fields.attendees.map((a) => a.minutes)).toEqual([
      [180, 180],
      [60, 180],
    ]);
    expect(submitted.headers.get("location")).toBe(`/trainer/inhouse?report=${report!.id}&saved=submitted`);
    const mine = await page(submitted.headers.get("location")!, trainerCookie);
    expect(mine.html).toContain("Your report is with the hub for review.");
    expect(mine.html).toContain("With the hub for review");

    // The trainer may not reach the queue; the admin sees the report with its attendees.
    expect((await page("/admin/inhouse", trainerCookie)).status).toBe(403);
    const queue = await page("/admin/inhouse", adminCookie);
    expect(queue.status).toBe(200);
    expect(queue.html).toContain("bo.late@example.org");
    expect(queue.html).toContain("Maya Trainer");

    // Asking for changes needs a message.
    const noMessage = await post("/admin/inhouse", adminCookie, { reportId: report!.id, intent: "request_changes" });
    expect(noMessage.status).toBe(400);
    expect(await noMessage.text()).toContain("Write a message saying why, for the trainer to read.");
    // An action the page does not offer is a refusal, not a failure.
    expect((await post("/admin/inhouse", adminCookie, { reportId: report!.id, intent: "erase" })).status).toBe(400);

    const approved = await post("/admin/inhouse", adminCookie, { reportId: report!.id, intent: "approve" });
    expect(approved.status).toBe(302);
    expect(approved.headers.get("location")).toBe("/admin/inhouse?saved=approved");
    const [after] = await services.db
      .select()
      .from(schema.inhouseTrainingReport)
      .where(eq(schema.inhouseTrainingReport.id, report!.id));
    expect(after!.status).toBe("approved");
    expect(after!.sessionId).not.toBeNull();
    const done = await page("/admin/inhouse?saved=approved", adminCookie);
    expect(done.html).toContain("No report is waiting for review.");
    expect((await page("/trainer/inhouse", trainerCookie)).html).toContain("Approved");
  });

  it("the trainer's pages offer in-house trainings to an organizational trainer only", async () => {
    for (const pathname of ["/trainer", "/trainer/standing", "/trainer/profile"]) {
      const maya = await page(pathname, trainerCookie);
      expect(maya.status).toBe(200);
      expect(maya.html).toContain('href="/trainer/inhouse"');
      expect(maya.html).toContain('href="/trainer/standing"');
      const rio = await page(pathname, otherTrainerCookie);
      expect(rio.status).toBe(200);
      expect(rio.html).toContain('href="/trainer/profile"');
      expect(rio.html).not.toContain('href="/trainer/inhouse"');
    }
    expect((await page("/trainer", otherTrainerCookie)).html).toContain('aria-label="Tus páginas de facilitador"');
  });

  it("decided reports are listed below the queue with who decided and when, and open read-only", async () => {
    const [approved] = await services.db.select().from(schema.inhouseTrainingReport);
    const listed = await page("/admin/inhouse", adminCookie);
    expect(listed.html).toContain("Decided reports");
    expect(listed.html).toContain("Approved by Ana Admin");
    expect(listed.html).toContain(`href="/admin/inhouse?report=${approved!.id}"`);
    expect((await page("/admin/inhouse", spanishAdminCookie)).html).toContain("Aprobado por Ana Admin");

    const open = await page(`/admin/inhouse?report=${approved!.id}`, adminCookie);
    expect(open.status).toBe(200);
    expect(open.html).toContain("Approved by Ana Admin");
    expect(open.html).toContain("bo.late@example.org");
    expect(open.html).toContain(`href="/admin/sessions/${approved!.sessionId}"`);
    // Read-only: no review form.
    expect(open.html).not.toContain('value="approve"');
    expect(open.html).not.toContain('name="message"');
    expect((await page("/admin/inhouse?report=no-such-report", adminCookie)).status).toBe(404);
    expect((await page(`/admin/inhouse?report=${approved!.id}`, trainerCookie)).status).toBe(403);

    // More decisions than a page holds: newest decision first, the oldest on the next page.
    const many = Array.from({ length: DECIDED_REPORTS_PER_PAGE }, (_, index) => ({
      organizationId: orgId,
      reporterId: approved!.reporterId,
      status: "declined" as const,
      fields: { ...approved!.fields, evaluation: { respondents: 0, summary: `Declined number ${index}` } },
      submittedAt: new Date("2026-11-10T12:00:00Z"),
      decidedAt: new Date(Date.UTC(2026, 10, 11, index)),
    }));
    const inserted = await services.db
      .insert(schema.inhouseTrainingReport)
      .values(many)
      .returning({ id: schema.inhouseTrainingReport.id });
    const first = await page("/admin/inhouse", adminCookie);
    // The approval (1 December) is the newest decision; the declined ones were decided in November.
    expect(first.html).toContain(`href="/admin/inhouse?report=${approved!.id}"`);
    expect(first.html).toContain(`href="/admin/inhouse?report=${inserted.at(-1)!.id}"`);
    expect(first.html).not.toContain(`href="/admin/inhouse?report=${inserted[0]!.id}"`);
    expect(first.html).toMatch(/href="[^"]*\?page=2"/);
    const second = await page("/admin/inhouse?page=2", adminCookie);
    expect(second.html).toContain(`href="/admin/inhouse?report=${inserted[0]!.id}"`);
    expect(second.html).not.toContain(`href="/admin/inhouse?report=${approved!.id}"`);
    // A decision whose admin is unknown (seeded without one) still says what and when.
    expect(second.html).toMatch(/Declined, /);
  });

  it("the credential says the partner delivered it, on the verify page and the certificate PDF, in both languages", async () => {
    const jobs = await services.db.select().from(schema.job).where(eq(schema.job.name, issueCredentialJob.name));
    expect(jobs).toHaveLength(1);
    const { registrationId } = jobs[0]!.payload as { registrationId: string };
    expect((await issueCredential(services, { registrationId }, actor)).status).toBe("issued");
    const [credential] = await services.db
      .select({ id: schema.credential.id, code: schema.credential.code })
      .from(schema.credential)
      .where(eq(schema.credential.registrationId, registrationId));

    const english = await page(`/verify/${credential!.code}`, "");
    expect(english.status).toBe(200);
    expect(english.html).toMatch(/Delivered by<\/dt>\s*<dd[^>]*>River Clinic<\/dd>/);
    const spanish = await page(`/verify/${credential!.code}`, "", "es");
    expect(spanish.html).toMatch(/Capacitación impartida por<\/dt>\s*<dd[^>]*>River Clinic<\/dd>/);

    const folder = mkdtempSync(path.join(tmpdir(), "ips-inhouse-cert-"));
    // Each admin downloads it in the language they read.
    const pdfText = async (cookie: string) => {
      const response = await fetch(`${http.url}/my/certificates/${credential!.id}.pdf`, { headers: { cookie } });
      expect(response.status).toBe(200);
      const file = path.join(folder, `${cookie === adminCookie ? "en" : "es"}.pdf`);
      writeFileSync(file, Buffer.from(await response.arrayBuffer()));
      return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    };
    const englishPdf = await pdfText(adminCookie);
    expect(englishPdf).toContain("Delivered by River Clinic");
    expect(englishPdf).toContain("Maya Trainer");
    expect(await pdfText(spanishAdminCookie)).toContain("Capacitación impartida por River Clinic");
  });
});
