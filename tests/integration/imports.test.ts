// Moving in, on both engines: a dry run names every problem and writes nothing; the real run brings sessions, people,
// registrations and completions in one transaction; running it again adds nothing; imported completions count for
// prerequisites and the CE ledger (marked as imported); credentials, when asked for, are dated as the training was.
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { completedCourses } from "#features/registration/completed-courses.ts";
import { ceLedger } from "#features/certifications/ce-ledger.ts";
import { issueCredential } from "#features/credentials/issue-credential.ts";
import { issueCredentialJob } from "#features/credentials/issue-credential.job.ts";
import { importPastTrainings, previewPastTrainingImport } from "#features/imports/import-past-trainings.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { serveForTest, sessionCookie, type TestHttp } from "../support/http.ts";
import { seedCourse } from "../support/catalog.ts";

const actor = { userId: null, label: "test" };
const PASSWORD = "correct horse battery staple";

const sessionsCsv = [
  "session_ref,course,dates,start_time,end_time,time_zone,format,language,trainers,notes",
  `CORE-2021-03,core,2021-03-08..2021-03-12,09:00,16:00,America/Los_Angeles,in_person,en,"maya@example.org; Bo Ray <bo@example.org>",old`,
  "CORE-2022-ES,Core Training,2022-05-02; 2022-05-09,10:00,17:00,,online,es,maya@example.org,",
].join("\n");
const participantsCsv = [
  "session_ref,name,email,minutes_attended,completed,certificate_number",
  "CORE-2021-03,Ana Past,ana.past@example.org,2100,yes,OR-1001",
  "CORE-2021-03,Lee Short,lee.short@example.org,600,no,",
  "CORE-2021-03,Known Person,known@example.org,2000,yes,OR-1002",
  "CORE-2022-ES,Ana Past,ANA.PAST@example.org,840,sí,",
].join("\r\n");

describe.each(enginesUnderTest())("importing past trainings (%s)", (engine) => {
  let services: TestServices;
  let http: TestHttp;
  let admin: Viewer;
  let participant: Viewer;
  let coreId: string;
  let advancedId: string;

  const tally = async () => {
    const [sessions] = await services.db.select({ n: count() }).from(schema.trainingSession);
    const [people] = await services.db.select({ n: count() }).from(schema.user);
    const [registrations] = await services.db.select({ n: count() }).from(schema.registration);
    const [completions] = await services.db.select({ n: count() }).from(schema.completion);
    return { sessions: sessions!.n, people: people!.n, registrations: registrations!.n, completions: completions!.n };
  };
  const viewerOf = (person: { id: string; email: string; name: string }, role: "admin" | "participant"): Viewer => ({
    userId: person.id,
    email: person.email,
    name: person.name,
    emailVerified: true,
    roles: [{ role, organizationId: null }],
  });

  beforeAll(async () => {
    services = await createTestServices(engine, { RATE_LIMIT: "off" });
    services.now = () => new Date("2026-12-01T12:00:00Z");
    http = await serveForTest(services);
    const a = await createAccount(
      services.db,
      {
        email: "admin@example.org",
        name: "Ana Admin",
        password: PASSWORD,
        roles: [{ role: "admin", organizationId: null }],
      },
      actor,
    );
    admin = viewerOf(a, "admin");
    await createAccount(
      services.db,
      { email: "maya@example.org", name: "Maya Lead", roles: [{ role: "trainer", organizationId: null }] },
      actor,
    );
    const known = await createAccount(services.db, { email: "known@example.org", name: "Known Person" }, actor);
    participant = viewerOf(known, "participant");
    const core = await seedCourse(services.db, { slug: "core", titleEn: "Core Training", contactMinutes: 35 * 60 });
    const advanced = await seedCourse(services.db, {
      slug: "advanced",
      titleEn: "Advanced Training",
      form: "advanced",
    });
    await services.db.insert(schema.coursePrerequisite).values({ courseId: advanced.id, requiredCourseId: core.id });
    coreId = core.id;
    advancedId = advanced.id;
  });
  afterAll(async () => {
    await http?.close();
    await services?.close();
  });

  it("refuses anyone but a hub admin", async () => {
    await expect(
      previewPastTrainingImport(services, { viewer: participant, input: { sessionsCsv, participantsCsv } }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("a dry run with mistakes names each by file, line and column, and writes nothing", async () => {
    const before = await tally();
    const summary = await previewPastTrainingImport(services, {
      viewer: admin,
      input: {
        sessionsCsv: sessionsCsv.replace("2022-05-02; 2022-05-09", "2022-05-32"),
        participantsCsv: participantsCsv.replace("lee.short@example.org", "lee.short.example.org"),
      },
    });
    expect(summary.problems.map((p) => `${p.file}:${p.line}:${p.column?.letter}:${p.code}`)).toEqual([
      "sessions:3:C:bad_date",
      "participants:3:C:bad_email",
    ]);
    expect(summary.ignoredColumns).toEqual([{ file: "sessions", names: ["notes"] }]);
    // The real run refuses the same files, and nothing was written by either.
    await expect(
      importPastTrainings(
        services,
        {
          viewer: admin,
          input: { sessionsCsv: sessionsCsv.replace("2022-05-02; 2022-05-09", "2022-05-32"), participantsCsv },
        },
        actor,
      ),
    ).rejects.toMatchObject({ code: "invalid" });
    expect(await tally()).toEqual(before);
  });

  it("imports sessions, people, registrations and completions in one go", async () => {
    const before = await tally();
    const preview = await previewPastTrainingImport(services, {
      viewer: admin,
      input: { sessionsCsv, participantsCsv },
    });
    expect(preview.problems).toEqual([]);
    expect(preview.sessions).toEqual({ create: 2, existing: 0 });
    // Ana (twice, once in capitals), Lee and Bo the named trainer are new; Known Person and Maya are known.
    expect(preview.people).toEqual({ create: 3, existing: 2 });
    expect(preview.participants).toEqual({ create: 4, existing: 0 });
    expect(preview.completions).toBe(3);

    const done = await importPastTrainings(services, { viewer: admin, input: { sessionsCsv, participantsCsv } }, actor);
    expect(done.sessions.create).toBe(2);
    const after = await tally();
    expect(after.sessions - before.sessions).toBe(2);
    expect(after.people - before.people).toBe(3);
    expect(after.registrations - before.registrations).toBe(4);
    expect(after.completions - before.completions).toBe(4);

    const [imported] = await services.db
      .select()
      .from(schema.importedSession)
      .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.importedSession.sessionId))
      .where(eq(schema.importedSession.ref, "CORE-2021-03"));
    expect(imported!.training_session.status).toBe("completed");
    // 8 March 2021 was still standard time in Oregon (UTC-8); the session ends on the 12th at 16:00 there.
    expect(imported!.training_session.startsAt.toISOString()).toBe("2021-03-08T17:00:00.000Z");
    expect(imported!.training_session.endsAt.toISOString()).toBe("2021-03-13T00:00:00.000Z");
    const meetings = await services.db
      .select()
      .from(schema.sessionMeeting)
      .where(eq(schema.sessionMeeting.sessionId, imported!.training_session.id));
    expect(meetings).toHaveLength(5);
    const trainers = await services.db
      .select({ role: schema.sessionTrainer.role, email: schema.user.email })
      .from(schema.sessionTrainer)
      .innerJoin(schema.user, eq(schema.user.id, schema.sessionTrainer.userId))
      .where(eq(schema.sessionTrainer.sessionId, imported!.training_session.id));
    expect(trainers.sort((a, b) => a.email.localeCompare(b.email))).toEqual([
      { role: "co", email: "bo@example.org" },
      { role: "lead", email: "maya@example.org" },
    ]);
    const [ana] = await services.db.select().from(schema.user).where(eq(schema.user.email, "ana.past@example.org"));
    expect(ana!.emailVerified).toBe(false);

    // The audit says how much, never who.
    const audits = await services.db
      .select()
      .from(schema.auditEvent)
      .where(eq(schema.auditEvent.action, "import.past_trainings"));
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits[0]!.summary)).not.toContain("@");

    // Completions count for prerequisites, and in the CE ledger as imported, dated as the training ended.
    expect(await completedCourses(services.db, ana!.id, [coreId, advancedId])).toEqual(new Set([coreId]));
    const [lee] = await services.db.select().from(schema.user).where(eq(schema.user.email, "lee.short@example.org"));
    expect(await completedCourses(services.db, lee!.id, [coreId])).toEqual(new Set());
    const ledger = await ceLedger(services.db, ana!.id);
    expect(ledger.map((entry) => [entry.completedOn, entry.minutes, entry.imported])).toEqual([
      ["2022-05-09", 840, true],
      ["2021-03-12", 2100, true],
    ]);
    const certificate = await services.db
      .select({ number: schema.importedCompletion.certificateNumber })
      .from(schema.importedCompletion)
      .innerJoin(schema.registration, eq(schema.registration.id, schema.importedCompletion.registrationId))
      .where(eq(schema.registration.userId, ana!.id));
    expect(certificate.map((row) => row.number).sort()).toEqual(["OR-1001", null].sort());
  });

  it("running the same files again adds nothing; a new participant row is added to its session", async () => {
    const before = await tally();
    const again = await importPastTrainings(
      services,
      { viewer: admin, input: { sessionsCsv, participantsCsv } },
      actor,
    );
    expect(again.sessions).toEqual({ create: 0, existing: 2 });
    expect(again.participants).toEqual({ create: 0, existing: 4 });
    expect(await tally()).toEqual(before);

    const grown = `${participantsCsv}\nCORE-2022-ES,Nia New,nia@example.org,840,yes,`;
    const more = await importPastTrainings(
      services,
      {
        viewer: admin,
        input: { sessionsCsv: "session_ref,course,dates,start_time,end_time\n", participantsCsv: grown },
      },
      actor,
    );
    expect(more.participants).toEqual({ create: 1, existing: 4 });
    const [session] = await services.db
      .select({ capacity: schema.trainingSession.capacity })
      .from(schema.importedSession)
      .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.importedSession.sessionId))
      .where(eq(schema.importedSession.ref, "CORE-2022-ES"));
    expect(session!.capacity).toBe(2);
  });

  it("issues credentials when asked, once, dated as the original training", async () => {
    const run = await importPastTrainings(
      services,
      { viewer: admin, input: { sessionsCsv, participantsCsv, issueCredentials: true } },
      actor,
    );
    // Ana twice and Known Person: the completions imported earlier without credentials.
    expect(run.credentials).toBe(3);
    const jobs = await services.db.select().from(schema.job).where(eq(schema.job.name, issueCredentialJob.name));
    expect(jobs).toHaveLength(3);
    const repeat = await importPastTrainings(
      services,
      { viewer: admin, input: { sessionsCsv, participantsCsv, issueCredentials: true } },
      actor,
    );
    expect(repeat.credentials).toBe(0);

    const registrationId = (jobs[0]!.payload as { registrationId: string }).registrationId;
    const outcome = await issueCredential(services, { registrationId }, actor);
    expect(outcome.status).toBe("issued");
    const [credential] = await services.db
      .select({ issuedAt: schema.credential.issuedAt, endsAt: schema.trainingSession.endsAt })
      .from(schema.credential)
      .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.credential.sessionId))
      .where(eq(schema.credential.registrationId, registrationId));
    expect(credential!.issuedAt.toISOString()).toBe(credential!.endsAt.toISOString());
  });

  it("the page checks pasted files and shows each problem's place", async () => {
    const cookie = await sessionCookie(services, "admin@example.org", PASSWORD);
    const page = await fetch(`${http.url}/admin/import`, { headers: { cookie } });
    expect(page.status).toBe(200);
    const form = new FormData();
    form.set("intent", "check");
    form.set("sessionsCsv", sessionsCsv);
    form.set("participantsCsv", participantsCsv.replace("2100", "many"));
    const checked = await fetch(`${http.url}/admin/import`, {
      method: "POST",
      headers: { cookie, "sec-fetch-site": "same-origin" },
      body: form,
    });
    expect(checked.status).toBe(200);
    const html = await checked.text();
    expect(html).toContain("D (minutes_attended)");
    expect(html).toContain("“many” is not a whole number of minutes.");
    // What was pasted is still in the form.
    expect(html).toContain("CORE-2022-ES,Core Training");
  });
});
