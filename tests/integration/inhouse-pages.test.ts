// The in-house training pages over HTTP, on both engines: an organizational trainer reports a training on
// /trainer/inhouse (a malformed line comes back with what was typed), submits it, and a hub admin approves it on
// /admin/inhouse — after a request for changes without a message is refused — and the training is a completed session.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "#db/client.ts";
import { createAccount } from "#features/accounts/create-account.ts";
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
  let orgId: string;
  let courseId: string;

  const page = async (pathname: string, cookie: string) => {
    const response = await fetch(`${http.url}${pathname}`, { headers: { cookie }, redirect: "manual" });
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
});
