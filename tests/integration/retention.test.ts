// The retention purge on both engines (issue 14 item 12, decision 0040): data past its period is forgotten, newer data
// and everything not personal stay, the counts (never contents) land in the audit trail, and a second run finds nothing.
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "#db/client.ts";
import { purgeRetainedData } from "#features/privacy/purge-retained-data.ts";
import { updateRetentionSettings } from "#features/hub/update-retention-settings.ts";
import { defaultRetention } from "#core/retention.ts";
import { isAppError } from "#platform/app-error.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { adminViewer, seedCourse, seedPeople, seedSession } from "../support/catalog.ts";
import { serveForTest, type TestHttp } from "../support/http.ts";
import { createCourse } from "#features/catalog/create-course.ts";
import { createPersonalAccessToken } from "#features/tokens/personal-access-tokens.ts";
import { API_BASE_PATH } from "#api/endpoint-table.ts";

const DAY = 86_400_000;
const now = new Date("2026-12-05T12:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * DAY);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

describe.each(enginesUnderTest())("retention purge (%s)", (engine) => {
  let services: TestServices;
  const ids = { oldReg: "", newReg: "", oldHours: "", newHours: "", oldMail: "", newMail: "", queuedMail: "" };

  beforeAll(async () => {
    services = await createTestServices(engine);
    const db = services.db;
    const course = await seedCourse(db, {
      questions: [
        { id: "diet", kind: "text", labelEn: "Diet", labelEs: "Dieta", required: false, sensitive: false },
        { id: "health", kind: "text", labelEn: "Health", labelEs: "Salud", required: false, sensitive: true },
      ],
    });
    // One session ended about seven months ago (past the six-month default), one a little over a month ago.
    const oldSession = await seedSession(db, course.id, { now, startsInDays: -215 });
    const newSession = await seedSession(db, course.id, { now, startsInDays: -40 });
    const [oldPerson, newPerson] = await seedPeople(db, 2, "retention");
    const registrationOf = (sessionId: string, userId: string) => ({
      sessionId,
      userId,
      status: "confirmed" as const,
      requestedAt: ago(300),
      queueAt: ago(300),
      answers: { diet: "vegetarian", health: "a private answer" },
      accommodations: "step-free access",
    });
    const regs = await db
      .insert(schema.registration)
      .values([registrationOf(oldSession.id, oldPerson!.userId), registrationOf(newSession.id, newPerson!.userId)])
      .returning();
    ids.oldReg = regs[0]!.id;
    ids.newReg = regs[1]!.id;
    await db
      .insert(schema.scholarshipRequest)
      .values(regs.map((r) => ({ registrationId: r.id, needStatement: "mine" })));
    // Hours done four years ago are past the fallback look-back (24 months) plus the grace (12); last year's are not.
    const hours = await db
      .insert(schema.outsideHours)
      .values(
        [ago(4 * 365), ago(365)].map((done) => ({
          userId: oldPerson!.userId,
          title: "Outside workshop",
          provider: "Elsewhere",
          completedOn: isoDay(done),
          minutes: 120,
          inPerson: true,
          evidence: Buffer.from("%PDF-1.4 evidence"),
          evidenceType: "application/pdf",
          evidenceName: "certificate.pdf",
        })),
      )
      .returning();
    ids.oldHours = hours[0]!.id;
    ids.newHours = hours[1]!.id;
    const mail = (createdAt: Date, status: "sent" | "queued") => ({
      toAddress: "someone@example.org",
      locale: "en",
      template: "test",
      subject: "Hello",
      text: "Hello",
      html: "<p>Hello</p>",
      status,
      createdAt,
    });
    const messages = await db
      .insert(schema.outboxMessage)
      .values([mail(ago(100), "sent"), mail(ago(10), "sent"), mail(ago(100), "queued")])
      .returning();
    [ids.oldMail, ids.newMail, ids.queuedMail] = messages.map((m) => m.id) as [string, string, string];
    await db.insert(schema.webhookSubscription).values({
      id: "sub_retention",
      url: "https://hooks.example.org/in",
      eventTypes: ["registration.confirmed"],
      secret: "whsec_test",
    });
    const hook = (id: string, createdAt: Date, status: "delivered" | "pending") => ({
      id,
      subscriptionId: "sub_retention",
      eventType: "registration.confirmed",
      payload: {},
      status,
      createdAt,
    });
    await db
      .insert(schema.webhookMessage)
      .values([
        hook("msg_old", ago(40), "delivered"),
        hook("msg_new", ago(5), "delivered"),
        hook("msg_retry", ago(40), "pending"),
      ]);
    await db.insert(schema.job).values([
      { name: "test.old", payload: {}, status: "done", finishedAt: ago(20) },
      { name: "test.new", payload: {}, status: "done", finishedAt: ago(2) },
    ]);
    await db.insert(schema.dataExport).values({ userId: oldPerson!.userId, requestedAt: ago(9), expiresAt: ago(2) });
  });
  afterAll(async () => services.close());

  const purgeAudits = () =>
    services.db.select().from(schema.auditEvent).where(eq(schema.auditEvent.action, "retention.purged"));

  it("forgets what is past its period, keeps what is newer, and audits the counts only", async () => {
    const counts = await purgeRetainedData(services.db, now);
    expect(counts).toEqual({
      sensitive_answers: 1,
      accommodations: 1,
      need_statements: 1,
      evidence_files: 1,
      mail_log: 1,
      webhook_log: 1,
      job_log: 1,
      data_exports: 1,
    });

    const regs = await services.db
      .select()
      .from(schema.registration)
      .where(inArray(schema.registration.id, [ids.oldReg, ids.newReg]));
    const oldReg = regs.find((r) => r.id === ids.oldReg)!;
    const newReg = regs.find((r) => r.id === ids.newReg)!;
    expect(oldReg.answers).toEqual({ diet: "vegetarian" });
    expect(oldReg.accommodations).toBeNull();
    expect(newReg.answers).toEqual({ diet: "vegetarian", health: "a private answer" });
    expect(newReg.accommodations).toBe("step-free access");

    const statements = await services.db.select().from(schema.scholarshipRequest);
    expect(statements.find((s) => s.registrationId === ids.oldReg)!.needStatement).toBe("");
    expect(statements.find((s) => s.registrationId === ids.newReg)!.needStatement).toBe("mine");

    const hours = await services.db.select().from(schema.outsideHours);
    const oldHours = hours.find((h) => h.id === ids.oldHours)!;
    expect([oldHours.evidence, oldHours.evidenceName, oldHours.minutes]).toEqual([null, null, 120]);
    expect(hours.find((h) => h.id === ids.newHours)!.evidenceName).toBe("certificate.pdf");

    const mail = (await services.db.select({ id: schema.outboxMessage.id }).from(schema.outboxMessage)).map(
      (m) => m.id,
    );
    expect(mail).not.toContain(ids.oldMail);
    expect(mail).toEqual(expect.arrayContaining([ids.newMail, ids.queuedMail]));
    const hooks = (await services.db.select({ id: schema.webhookMessage.id }).from(schema.webhookMessage)).map(
      (m) => m.id,
    );
    expect(hooks.sort()).toEqual(["msg_new", "msg_retry"]);
    const jobs = (await services.db.select({ name: schema.job.name }).from(schema.job)).map((j) => j.name);
    expect(jobs).toContain("test.new");
    expect(jobs).not.toContain("test.old");
    expect(await services.db.select().from(schema.dataExport)).toEqual([]);

    const [audit] = await purgeAudits();
    expect(audit!.summary).toMatchObject({ counts });
    // Counts, never contents: nothing that was purged appears in the row.
    const written = JSON.stringify(audit);
    for (const word of ["private answer", "step-free", "certificate.pdf", "mine"]) expect(written).not.toContain(word);
  });

  it("purges nothing more when run again, and writes no second row", async () => {
    const counts = await purgeRetainedData(services.db, now);
    expect(Object.values(counts).every((count) => count === 0)).toBe(true);
    expect(await purgeAudits()).toHaveLength(1);
  });

  it("follows the periods an admin saved", async () => {
    // One month instead of six: the session that ended forty days ago is now due too.
    await services.db.update(schema.hubSettings).set({ retention: { accommodations: 1 } });
    const existing = await services.db.select().from(schema.hubSettings);
    if (existing.length === 0) {
      await services.db.insert(schema.hubSettings).values({ name: "Hub", retention: { accommodations: 1 } });
    }
    const counts = await purgeRetainedData(services.db, now);
    expect(counts.accommodations).toBe(1);
    expect(counts.sensitive_answers).toBe(0);
  });

  it("saves periods only from an admin and only within bounds, naming each bad field", async () => {
    const [admin] = await seedPeople(services.db, 1, "retention-admin");
    const form = Object.fromEntries(Object.entries(defaultRetention).map(([key, value]) => [key, String(value)]));
    const refused = await updateRetentionSettings(
      services.db,
      { viewer: adminViewer(admin!.userId), now, form: { ...form, accommodations: "0", mail_log: "ninety" } },
      { userId: admin!.userId },
    ).catch((error: unknown) => error);
    expect(isAppError(refused) && refused.details.fields?.map((field) => field.path)).toEqual([
      "accommodations",
      "mail_log",
    ]);
    await expect(
      updateRetentionSettings(services.db, { viewer: admin!, now, form }, { userId: admin!.userId }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const saved = await updateRetentionSettings(
      services.db,
      { viewer: adminViewer(admin!.userId), now, form: { ...form, evidence_files: "24" } },
      { userId: admin!.userId },
    );
    expect(saved.evidence_files).toBe(24);
    const [settings] = await services.db.select().from(schema.hubSettings);
    expect(settings!.retention).toMatchObject({ evidence_files: 24 });
  });
});

// A question's own period (decision 0040, "Changed"): shorter purges its answers earlier, longer keeps them past the
// category's period, and the other sensitive questions follow the category's.
describe.each(enginesUnderTest())("retention per sensitive question (%s)", (engine) => {
  let services: TestServices;
  let http: TestHttp;
  // Sessions that ended about 100 days (past two months, not six), 215 days (past six, not 24), 800 days (past 24)
  // and 40 days ago (nothing due).
  const endedDaysAgo = [100, 215, 800, 40] as const;
  const regIds: string[] = [];
  const allAnswers = { diet: "vegetarian", short: "short-lived", long: "long-kept", plain: "category-kept" };

  beforeAll(async () => {
    services = await createTestServices(engine);
    const db = services.db;
    const course = await seedCourse(db, {
      titleEn: "Retention course",
      titleEs: "Curso de conservación",
      questions: [
        { id: "diet", kind: "text", labelEn: "Diet", labelEs: "Dieta", required: false, sensitive: false },
        {
          id: "short",
          kind: "text",
          labelEn: "Current crisis plan",
          labelEs: "Plan de crisis actual",
          required: false,
          sensitive: true,
          retentionMonths: 2,
        },
        {
          id: "long",
          kind: "text",
          labelEn: "Support history",
          labelEs: "Historia de apoyo",
          required: false,
          sensitive: true,
          retentionMonths: 24,
        },
        { id: "plain", kind: "text", labelEn: "Health", labelEs: "Salud", required: false, sensitive: true },
      ],
    });
    const people = await seedPeople(db, endedDaysAgo.length, "question-retention");
    for (const [index, days] of endedDaysAgo.entries()) {
      // seedSession puts one seven-hour meeting on that day, 16:00–23:00 UTC; it ends the same day.
      const session = await seedSession(db, course.id, { now, startsInDays: -days });
      const [reg] = await db
        .insert(schema.registration)
        .values({
          sessionId: session.id,
          userId: people[index]!.userId,
          status: "confirmed",
          requestedAt: ago(900),
          queueAt: ago(900),
          answers: allAnswers,
        })
        .returning();
      regIds.push(reg!.id);
    }
    http = await serveForTest(services);
  });
  afterAll(async () => {
    await http?.close();
    await services?.close();
  });

  const answersNow = async () => {
    const rows = await services.db
      .select({ id: schema.registration.id, answers: schema.registration.answers })
      .from(schema.registration)
      .where(inArray(schema.registration.id, regIds));
    return regIds.map((id) => Object.keys(rows.find((row) => row.id === id)!.answers).sort());
  };

  it("purges a shorter period earlier, keeps a longer one, and applies the category's period to the rest", async () => {
    const counts = await purgeRetainedData(services.db, now);
    expect(counts.sensitive_answers).toBe(3);
    expect(await answersNow()).toEqual([
      ["diet", "long", "plain"], // 100 days: only the two-month question is due
      ["diet", "long"], // 215 days: the six-month category too
      ["diet"], // 800 days: the 24-month question as well
      ["diet", "long", "plain", "short"], // 40 days: nothing
    ]);
    // Counts only, in one row: no answer and no question's words.
    const audits = await services.db
      .select()
      .from(schema.auditEvent)
      .where(eq(schema.auditEvent.action, "retention.purged"));
    expect(audits).toHaveLength(1);
    for (const word of ["short-lived", "long-kept", "category-kept", "crisis"])
      expect(JSON.stringify(audits)).not.toContain(word);
  });

  it("purges nothing more when run again the same day", async () => {
    const before = await answersNow();
    const counts = await purgeRetainedData(services.db, now);
    expect(counts.sensitive_answers).toBe(0);
    expect(await answersNow()).toEqual(before);
  });

  it("purges the category's questions later, on their own date", async () => {
    // Ninety days on, the session that ended 100 days ago passes six months: its "plain" answer goes, "long" stays;
    // the one that ended 40 days ago passes two months: its "short" answer goes.
    const counts = await purgeRetainedData(services.db, new Date(now.getTime() + 90 * DAY));
    expect(counts.sensitive_answers).toBe(2);
    const answers = await answersNow();
    expect(answers[0]).toEqual(["diet", "long"]);
    expect(answers[3]).toEqual(["diet", "long", "plain"]);
  });

  it("states each question's own period on /privacy in both languages", async () => {
    const page = async (language: string) =>
      (await fetch(`${http.url}/privacy`, { headers: { cookie: `ips.lang=${language}` } })).text();
    const english = await page("en");
    expect(english).toContain(
      "Answers to “Current crisis plan” (Retention course) are deleted 2 months after the session ends.",
    );
    expect(english).toContain("Answers to “Support history” (Retention course) are deleted 24 months");
    // A question that follows the category is covered by the category's line, not listed again.
    expect(english).not.toContain("Answers to “Health”");
    expect(english).not.toContain("Answers to “Diet”");
    const spanish = await page("es");
    expect(spanish).toContain("Las respuestas a «Plan de crisis actual» (Curso de conservación) se borran 2 meses");
  });

  it("takes a question's period from the course editor only within bounds and only on a sensitive question", async () => {
    const [admin] = await seedPeople(services.db, 1, "question-retention-admin");
    const question = (overrides: Record<string, unknown>) => ({
      kind: "text" as const,
      labelEn: "Anything we should know?",
      labelEs: "¿Algo que debamos saber?",
      sensitive: true,
      ...overrides,
    });
    const course = (questions: unknown[]) => ({
      form: "core" as const,
      titleEn: "Editor retention",
      titleEs: "Conservación en el editor",
      contactHours: "2",
      questions: questions as never,
    });
    const refused = await createCourse(
      services.db,
      {
        viewer: adminViewer(admin!.userId),
        course: course([
          question({ retentionMonths: "0" }),
          question({ retentionMonths: "3", sensitive: false }),
          question({ retentionMonths: "two" }),
        ]),
      },
      { userId: admin!.userId },
    ).catch((error: unknown) => error);
    expect(isAppError(refused) && refused.details.fields).toEqual([
      {
        path: "questions.0.retentionMonths",
        message: "courses.errors.retentionMonths",
        values: { min: 1, max: 120 },
      },
      { path: "questions.1.retentionMonths", message: "courses.errors.retentionNotSensitive" },
      {
        path: "questions.2.retentionMonths",
        message: "courses.errors.retentionMonths",
        values: { min: 1, max: 120 },
      },
    ]);
    const { id } = await createCourse(
      services.db,
      {
        viewer: adminViewer(admin!.userId),
        course: course([question({ retentionMonths: " 3 " }), question({ retentionMonths: "" })]),
      },
      { userId: admin!.userId },
    );
    const [saved] = await services.db.select().from(schema.course).where(eq(schema.course.id, id));
    expect(saved!.questions.map((q) => q.retentionMonths ?? null)).toEqual([3, null]);
  });

  it("takes and shows a question's period in the API, refusing it out of bounds or on a question not sensitive", async () => {
    const [admin] = await seedPeople(services.db, 1, "question-retention-api");
    await services.db.insert(schema.roleGrant).values({ userId: admin!.userId, role: "admin" });
    const { token } = await createPersonalAccessToken(services.db, {
      userId: admin!.userId,
      name: "retention",
      expiresAt: null,
      actor: { userId: admin!.userId },
    });
    const post = async (questions: unknown[], slug: string) => {
      const response = await fetch(`${http.url}${API_BASE_PATH}/courses`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ form: "core", slug, title: { en: "API", es: "API" }, contactMinutes: 60, questions }),
      });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    };
    const question = (extra: Record<string, unknown>) => ({
      kind: "text",
      label: { en: "Your story", es: "Tu historia" },
      sensitive: true,
      ...extra,
    });
    expect((await post([question({ retentionMonths: 121 })], "api-retention-a")).status).toBe(422);
    const notSensitive = await post([question({ retentionMonths: 3, sensitive: false })], "api-retention-b");
    expect(notSensitive.status).toBe(422);
    expect((notSensitive.json.errors as Array<{ path: string }>).map((error) => error.path)).toEqual([
      "questions.0.retentionMonths",
    ]);
    const created = await post([question({ retentionMonths: 3 }), question({})], "api-retention-c");
    expect(created.status).toBe(201);
    expect((created.json.questions as Array<{ retentionMonths: number | null }>).map((q) => q.retentionMonths)).toEqual(
      [3, null],
    );
  });
});
