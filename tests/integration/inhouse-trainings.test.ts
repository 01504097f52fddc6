// In-house trainings, on both engines: an organizational trainer reports a training their organization ran; the hub asks
// for changes, the trainer corrects it, the hub approves — and only the attendees who meet the course's completion rules
// complete, count in their CE ledger and get a credential saying the partner delivered it. A declined report creates
// nothing; another partner's trainer sees nothing of the report.
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { completedCourses } from "#features/registration/completed-courses.ts";
import { ceLedger } from "#features/certifications/ce-ledger.ts";
import { issueCredential } from "#features/credentials/issue-credential.ts";
import { issueCredentialJob } from "#features/credentials/issue-credential.job.ts";
import { saveInhouseReport } from "#features/inhouse/save-inhouse-report.ts";
import { reviewInhouseReport } from "#features/inhouse/review-inhouse-report.ts";
import { listInhouseReports, readInhouseReport } from "#features/inhouse/list-inhouse-reports.ts";
import type { InhouseReportInput } from "#features/inhouse/inhouse-input.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { seedCourse } from "../support/catalog.ts";
import { seedDemo } from "#features/demo/seed-demo.ts";
import { openBadgesSchema } from "../support/open-badges-schema.ts";
import { serveForTest, type TestHttp } from "../support/http.ts";
import { API_BASE_PATH } from "#api/endpoint-table.ts";
import { createPersonalAccessToken } from "#features/tokens/personal-access-tokens.ts";

const actor = { userId: null, label: "test" };

describe.each(enginesUnderTest())("in-house trainings (%s)", (engine) => {
  let services: TestServices;
  let admin: Viewer;
  let trainerA: Viewer;
  let trainerB: Viewer;
  let orgA: string;
  let orgB: string;
  let courseId: string;
  let reportId: string;
  let http: TestHttp;

  const viewerOf = (person: { id: string; email: string; name: string }, role: "admin" | "trainer"): Viewer => ({
    userId: person.id,
    email: person.email,
    name: person.name,
    emailVerified: true,
    roles: [{ role, organizationId: null }],
  });
  const report = (change: Partial<InhouseReportInput> = {}): InhouseReportInput => ({
    organizationId: orgA,
    courseId,
    timeZone: "America/Los_Angeles",
    format: "in_person",
    language: "en",
    meetings: [
      { date: "2026-11-02", startTime: "09:00", endTime: "12:00" },
      { date: "2026-11-03", startTime: "09:00", endTime: "12:00" },
    ],
    attendees: [
      { name: "Ana Staff", email: "ana.staff@example.org", minutes: [180, 170] },
      { name: "Bo Late", email: "bo.late@example.org", minutes: [60, 180] },
    ],
    evaluation: { respondents: 2, summary: "Both asked for a refresher in spring." },
    ...change,
  });

  beforeAll(async () => {
    services = await createTestServices(engine, { RATE_LIMIT: "off" });
    // The clock moves a second per reading, so each step of a review has its own time and the messages their order.
    let tick = 0;
    services.now = () => new Date(Date.parse("2026-12-01T12:00:00Z") + 1000 * tick++);
    const a = await createAccount(
      services.db,
      { email: "admin@example.org", name: "Ana Admin", roles: [{ role: "admin", organizationId: null }] },
      actor,
    );
    admin = viewerOf(a, "admin");
    const ta = await createAccount(
      services.db,
      { email: "maya@example.org", name: "Maya Trainer", roles: [{ role: "trainer", organizationId: null }] },
      actor,
    );
    trainerA = viewerOf(ta, "trainer");
    const tb = await createAccount(
      services.db,
      { email: "rio@example.org", name: "Rio Trainer", roles: [{ role: "trainer", organizationId: null }] },
      actor,
    );
    trainerB = viewerOf(tb, "trainer");
    const [a1, b1] = await services.db
      .insert(schema.organization)
      .values([
        { slug: "river-clinic", name: "River Clinic" },
        { slug: "hill-house", name: "Hill House" },
      ])
      .returning({ id: schema.organization.id });
    orgA = a1!.id;
    orgB = b1!.id;
    // Organizational trainers: the trainer role and an active staff link the person accepted.
    await services.db.insert(schema.staffLink).values([
      { organizationId: orgA, email: ta.email, userId: ta.id, status: "active" },
      { organizationId: orgB, email: tb.email, userId: tb.id, status: "active" },
    ]);
    const course = await seedCourse(services.db, {
      contactMinutes: 360,
      completionRules: { minimumShare: 0.9, requireSignOff: true, ceWithoutCompletion: false },
    });
    courseId = course.id;
    http = await serveForTest(services);
  });

  afterAll(async () => {
    await http?.close();
    await services?.close();
  });

  it("keeps a draft with its problems and refuses to submit it until they are fixed", async () => {
    const draft = await saveInhouseReport(
      services,
      { viewer: trainerA, input: report({ evaluation: { respondents: 5, summary: "" } }), submit: false },
      actor,
    );
    expect(draft.status).toBe("draft");
    expect(draft.problems.map((p) => p.field)).toEqual(["evaluation.respondents", "evaluation.summary"]);
    await expect(
      saveInhouseReport(
        services,
        {
          viewer: trainerA,
          reportId: draft.id,
          input: report({ evaluation: { respondents: 5, summary: "" } }),
          submit: true,
        },
        actor,
      ),
    ).rejects.toMatchObject({ code: "invalid" });
    const submitted = await saveInhouseReport(
      services,
      { viewer: trainerA, reportId: draft.id, input: report(), submit: true },
      actor,
    );
    expect(submitted).toMatchObject({ id: draft.id, status: "submitted", problems: [] });
    reportId = draft.id;
  });

  it("another partner's trainer sees nothing of it and cannot report for the first partner", async () => {
    await expect(readInhouseReport(services.db, trainerB, reportId)).rejects.toMatchObject({ code: "not_found" });
    expect(await listInhouseReports(services.db, trainerB, { scope: "mine" })).toEqual([]);
    await expect(listInhouseReports(services.db, trainerB, { scope: "all" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      saveInhouseReport(
        services,
        { viewer: trainerB, reportId, input: report({ organizationId: orgB }), submit: true },
        actor,
      ),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      saveInhouseReport(services, { viewer: trainerB, input: report(), submit: false }, actor),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      reviewInhouseReport(services, { viewer: trainerB, reportId, input: { action: "approve" } }, actor),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("the hub asks for changes with a message; the trainer reads it, corrects and submits again", async () => {
    await expect(
      reviewInhouseReport(services, { viewer: admin, reportId, input: { action: "request_changes" } }, actor),
    ).rejects.toMatchObject({ code: "invalid" });
    const asked = await reviewInhouseReport(
      services,
      { viewer: admin, reportId, input: { action: "request_changes", message: "Please add Bo's first-day minutes." } },
      actor,
    );
    expect(asked.status).toBe("changes_requested");
    const seen = await readInhouseReport(services.db, trainerA, reportId);
    expect(seen.status).toBe("changes_requested");
    expect(seen.messages.map((m) => [m.action, m.body])).toEqual([
      ["submit", ""],
      ["request_changes", "Please add Bo's first-day minutes."],
    ]);
    // Nothing was written to sessions while the report was under review.
    const [sessions] = await services.db.select({ n: count() }).from(schema.trainingSession);
    expect(sessions!.n).toBe(0);
    const again = await saveInhouseReport(
      services,
      { viewer: trainerA, reportId, input: report(), submit: true },
      actor,
    );
    expect(again.status).toBe("submitted");
    expect(
      (await listInhouseReports(services.db, admin, { scope: "all", statuses: ["submitted"] })).map((r) => r.id),
    ).toEqual([reportId]);
  });

  it("approval creates completions only for attendees meeting the rules, counted in CE, with credentials marked as the partner's", async () => {
    const approved = await reviewInhouseReport(
      services,
      { viewer: admin, reportId, input: { action: "approve" } },
      actor,
    );
    expect(approved).toMatchObject({ status: "approved", completions: 1, attendees: 2 });
    const [session] = await services.db
      .select()
      .from(schema.trainingSession)
      .where(eq(schema.trainingSession.id, approved.sessionId!));
    expect(session!.status).toBe("completed");
    const trainers = await services.db
      .select({ userId: schema.sessionTrainer.userId, role: schema.sessionTrainer.role })
      .from(schema.sessionTrainer)
      .where(eq(schema.sessionTrainer.sessionId, approved.sessionId!));
    expect(trainers).toEqual([{ userId: trainerA.userId, role: "lead" }]);

    const people = new Map(
      (await services.db.select({ id: schema.user.id, email: schema.user.email }).from(schema.user)).map((p) => [
        p.email,
        p.id,
      ]),
    );
    const ana = people.get("ana.staff@example.org")!;
    const bo = people.get("bo.late@example.org")!;
    expect(await completedCourses(services.db, ana, [courseId])).toEqual(new Set([courseId]));
    expect(await completedCourses(services.db, bo, [courseId])).toEqual(new Set());
    expect((await ceLedger(services.db, ana)).map((entry) => entry.minutes)).toEqual([350]);
    expect(await ceLedger(services.db, bo)).toEqual([]);

    const jobs = await services.db.select().from(schema.job).where(eq(schema.job.name, issueCredentialJob.name));
    expect(jobs).toHaveLength(1);
    const registrationId = (jobs[0]!.payload as { registrationId: string }).registrationId;
    const outcome = await issueCredential(services, { registrationId }, actor);
    expect(outcome.status).toBe("issued");
    const [credential] = await services.db
      .select({ userId: schema.credential.userId, document: schema.credential.document })
      .from(schema.credential)
      .where(eq(schema.credential.registrationId, registrationId));
    expect(credential!.userId).toBe(ana);
    const subject = (credential!.document as { credentialSubject: { source?: { name: string; id: string } } })
      .credentialSubject;
    expect(subject.source).toEqual({ id: `urn:uuid:${orgA}`, type: ["Profile"], name: "River Clinic" });
    // OB 3.0's AchievementSubject.source: the credential stays valid against the published schema.
    const validate = openBadgesSchema();
    expect(validate(credential!.document)).toBe(true);

    // A decision is final.
    await expect(
      reviewInhouseReport(services, { viewer: admin, reportId, input: { action: "decline", message: "No" } }, actor),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      saveInhouseReport(services, { viewer: trainerA, reportId, input: report(), submit: true }, actor),
    ).rejects.toMatchObject({ code: "conflict" });
    const audits = await services.db
      .select({ action: schema.auditEvent.action })
      .from(schema.auditEvent)
      .where(eq(schema.auditEvent.targetId, reportId));
    expect(audits.map((a) => a.action).sort()).toEqual(
      ["inhouse.approve", "inhouse.request_changes", "inhouse.save", "inhouse.submit", "inhouse.submit"].sort(),
    );
  });

  it("a declined report creates nothing and tells the trainer why", async () => {
    const before = await services.db.select({ n: count() }).from(schema.registration);
    const other = await saveInhouseReport(
      services,
      { viewer: trainerB, input: report({ organizationId: orgB }), submit: true },
      actor,
    );
    const declined = await reviewInhouseReport(
      services,
      { viewer: admin, reportId: other.id, input: { action: "decline", message: "This course is not run in-house." } },
      actor,
    );
    expect(declined).toMatchObject({ status: "declined", sessionId: null, completions: 0 });
    const after = await services.db.select({ n: count() }).from(schema.registration);
    expect(after[0]!.n).toBe(before[0]!.n);
    const seen = await readInhouseReport(services.db, trainerB, other.id);
    expect(seen.messages.at(-1)).toMatchObject({ action: "decline", body: "This course is not run in-house." });
    // And the first partner's trainer does not see the second's.
    await expect(readInhouseReport(services.db, trainerA, other.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("through the API: create, list, show, review — refusals as problem+json, another partner's trainer told nothing", async () => {
    const token = async (userId: string) =>
      (await createPersonalAccessToken(services.db, { userId, name: "api", expiresAt: null, actor })).token;
    const call = async (userId: string, method: string, path: string, body?: unknown) =>
      fetch(`${http.url}${API_BASE_PATH}${path}`, {
        method,
        headers: { authorization: `Bearer ${await token(userId)}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const created = await call(trainerA.userId, "POST", "/inhouse-trainings", report());
    expect(created.status).toBe(201);
    const body = (await created.json()) as { id: string; status: string; problems: unknown[]; fields: unknown };
    expect(body).toMatchObject({ status: "submitted", problems: [], organization: { name: "River Clinic" } });

    const bad = await call(trainerA.userId, "POST", "/inhouse-trainings", report({ meetings: [] }));
    expect(bad.status).toBe(422);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    expect(JSON.stringify(await bad.json())).toContain("meetings");
    const junk = await call(trainerA.userId, "POST", "/inhouse-trainings", { organizationId: 7 });
    expect(junk.status).toBe(422);

    expect((await call(trainerB.userId, "GET", `/inhouse-trainings/${body.id}`)).status).toBe(404);
    const listB = (await (await call(trainerB.userId, "GET", "/inhouse-trainings")).json()) as {
      reports: { id: string }[];
    };
    expect(listB.reports.map((r) => r.id)).not.toContain(body.id);
    expect(
      (await call(trainerA.userId, "POST", `/inhouse-trainings/${body.id}/review`, { action: "approve" })).status,
    ).toBe(403);

    const queue = (await (await call(admin.userId, "GET", "/inhouse-trainings?status=submitted")).json()) as {
      reports: { id: string }[];
    };
    expect(queue.reports.map((r) => r.id)).toEqual([body.id]);
    const noMessage = await call(admin.userId, "POST", `/inhouse-trainings/${body.id}/review`, { action: "decline" });
    expect(noMessage.status).toBe(422);
    const approved = await call(admin.userId, "POST", `/inhouse-trainings/${body.id}/review`, { action: "approve" });
    expect(approved.status).toBe(200);
    expect(await approved.json()).toMatchObject({ status: "approved", sessionId: expect.any(String) });
    const again = await call(admin.userId, "POST", `/inhouse-trainings/${body.id}/review`, { action: "approve" });
    expect(again.status).toBe(409);
    expect((await call(trainerA.userId, "PUT", `/inhouse-trainings/${body.id}`, report())).status).toBe(409);
  });

  it("the demo hub has one in-house training waiting for review, from the coast partner's organizational trainer", async () => {
    // A database of its own: the demo is seeded as a newcomer's hub is.
    const demo = await createTestServices(engine);
    try {
      expect(await seedDemo(demo.db)).toBe(true);
      const [hubAdmin] = await demo.db.select().from(schema.user).where(eq(schema.user.email, "admin@example.org"));
      const queue = await listInhouseReports(demo.db, viewerOf(hubAdmin!, "admin"), {
        scope: "all",
        statuses: ["submitted"],
      });
      expect(queue).toHaveLength(1);
      expect(queue[0]).toMatchObject({
        organization: { name: "Coast Recovery Collective" },
        reporter: { name: "Luis Ortega" },
        attendees: 3,
      });
    } finally {
      await demo.close();
    }
  });
});
