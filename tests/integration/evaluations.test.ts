// Evaluations on both engines: answers that cannot be joined to a person (checked against the schema), one answer per
// registration (the receipt's key), invitations after sign-off with one reminder and an opt-out, the small-number rule
// at 4 and 5, and pre/post change paired by pseudonymous codes.
import { and, eq, lte, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import type { EvaluationKind } from "#db/schema/evaluations.ts";
import { signOffSession } from "#features/attendance/sign-off-session.ts";
import { sendEvaluationRequest } from "#features/evaluations/send-evaluation-request.ts";
import { sendEvaluationRequestJob } from "#features/evaluations/send-evaluation-request.job.ts";
import { remindEvaluations } from "#features/evaluations/remind-evaluations.ts";
import { evaluationLinkToken, pairCodeFor } from "#features/evaluations/evaluation-keys.ts";
import { openEvaluationLink, optOutOfEvaluations } from "#features/evaluations/open-evaluation.ts";
import { submitEvaluation } from "#features/evaluations/submit-evaluation.ts";
import {
  evaluationAggregates,
  evaluationResults,
  selfAssessmentChange,
} from "#features/evaluations/evaluation-results.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { createPersonalAccessToken } from "#features/tokens/personal-access-tokens.ts";
import { API_BASE_PATH } from "#api/endpoint-table.ts";
import { serveForTest, sessionCookie } from "../support/http.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { adminViewer, seedCourse, seedPeople, seedSession } from "../support/catalog.ts";

const DAY = 86_400_000;
const actor = { userId: null, label: "test" };

describe.each(enginesUnderTest())("evaluations (%s)", (engine) => {
  let services: TestServices;
  let now: Date;
  const setNow = (at: Date) => {
    now = at;
    services.now = () => at;
  };

  const trainerViewer = (userId: string): Viewer => ({
    userId,
    email: `${userId}@example.org`,
    name: "Trainer",
    emailVerified: true,
    roles: [{ role: "trainer", organizationId: null }],
  });

  /** Runs the due "send a request" jobs, as the worker would, and marks them done. */
  async function runSendJobs(): Promise<number> {
    const due = await services.db
      .select()
      .from(schema.job)
      .where(
        and(
          eq(schema.job.name, sendEvaluationRequestJob.name),
          eq(schema.job.status, "pending"),
          lte(schema.job.runAt, now),
        ),
      );
    for (const job of due) {
      await sendEvaluationRequest(services, sendEvaluationRequestJob.payload.parse(job.payload));
      await services.db.update(schema.job).set({ status: "done" }).where(eq(schema.job.id, job.id));
    }
    return due.length;
  }

  async function tokenFor(registrationId: string, kind: EvaluationKind): Promise<string> {
    const [request] = await services.db
      .select({ id: schema.evaluationRequest.id })
      .from(schema.evaluationRequest)
      .where(and(eq(schema.evaluationRequest.registrationId, registrationId), eq(schema.evaluationRequest.kind, kind)));
    return evaluationLinkToken(services.config.sessionSecret, request!.id);
  }

  /** A past one-day session with `count` confirmed people, each present the whole day, and a lead trainer. */
  async function pastSession(courseId: string, count: number, trainerId: string) {
    const session = await seedSession(services.db, courseId, { now, startsInDays: -3 });
    const people = await seedPeople(services.db, count, "p");
    const registrations = await services.db
      .insert(schema.registration)
      .values(
        people.map((person) => ({
          sessionId: session.id,
          userId: person.userId,
          status: "confirmed" as const,
          requestedAt: now,
          queueAt: now,
        })),
      )
      .returning({ id: schema.registration.id, userId: schema.registration.userId });
    const [meeting] = await services.db
      .select()
      .from(schema.sessionMeeting)
      .where(eq(schema.sessionMeeting.sessionId, session.id));
    await services.db.insert(schema.attendance).values(
      registrations.map((r) => ({
        registrationId: r.id,
        meetingId: meeting!.id,
        minutesPresent: 420,
        method: "trainer" as const,
      })),
    );
    await services.db.insert(schema.sessionTrainer).values({ sessionId: session.id, userId: trainerId, role: "lead" });
    return { session, registrations };
  }

  let admin: Viewer;
  let trainer: Viewer;
  let otherTrainer: Viewer;

  beforeAll(async () => {
    services = await createTestServices(engine, { RATE_LIMIT: "off" });
    setNow(new Date("2027-03-10T20:00:00Z"));
    const [a, t, o] = await seedPeople(services.db, 3, "staff");
    admin = adminViewer(a!.userId);
    trainer = trainerViewer(t!.userId);
    otherTrainer = trainerViewer(o!.userId);
    await services.db.insert(schema.roleGrant).values([
      { userId: t!.userId, role: "trainer" },
      { userId: o!.userId, role: "trainer" },
    ]);
  });
  afterAll(async () => {
    await services?.close();
  });

  it("keeps nothing in the answer tables that leads to a person, a registration or a moment", async () => {
    const columns = await queryRows<{ table_name: string; column_name: string; data_type: string }>(
      services.db,
      sql`select table_name, column_name, data_type from information_schema.columns
          where table_schema = current_schema() and table_name in ('evaluation_response', 'evaluation_answer')`,
    );
    expect(columns.length).toBeGreaterThan(8);
    for (const column of columns) {
      expect(column.column_name).not.toMatch(/user|person|registration|email|token|request|created|updated/);
      expect(column.data_type).not.toMatch(/timestamp|time/);
    }
    const references = await queryRows<{ table_name: string; foreign_table: string }>(
      services.db,
      sql`select tc.table_name, ccu.table_name as foreign_table
          from information_schema.table_constraints tc
          join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
          where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()
            and tc.table_name in ('evaluation_response', 'evaluation_answer')`,
    );
    expect(new Set(references.map((row) => row.foreign_table))).toEqual(
      new Set(["course", "training_session", "evaluation_response"]),
    );
    // The receipt says who answered what kind, and nothing more: no time, nothing pointing at the answers.
    const receipt = await queryRows<{ column_name: string }>(
      services.db,
      sql`select column_name from information_schema.columns
          where table_schema = current_schema() and table_name = 'evaluation_receipt' order by column_name`,
    );
    expect(receipt.map((row) => row.column_name)).toEqual(["kind", "registration_id"]);
  });

  it("asks after sign-off, once; answers anonymously; refuses a second answer; reminds once; respects an opt-out", async () => {
    const course = await seedCourse(services.db);
    const { session, registrations } = await pastSession(course.id, 6, trainer.userId);
    await services.db.update(schema.user).set({ locale: "es" }).where(eq(schema.user.id, registrations[0]!.userId));
    await signOffSession(services, { viewer: trainer, sessionId: session.id }, actor);
    // Signing off again changes nothing about the invitations.
    await signOffSession(services, { viewer: trainer, sessionId: session.id }, actor);
    expect(await runSendJobs()).toBe(12);
    expect(await runSendJobs()).toBe(0);
    const outbox = await services.db.select().from(schema.outboxMessage);
    expect(outbox.filter((m) => m.template === "notice.evaluation-evaluation")).toHaveLength(6);
    expect(outbox.filter((m) => m.template === "notice.evaluation-post")).toHaveLength(6);
    const spanish = outbox.find((m) => m.locale === "es" && m.template === "notice.evaluation-evaluation")!;
    expect(spanish.subject).toContain("¿Cómo te fue");
    expect(spanish.text).toContain("/evaluations/ipe_");

    // The follow-up waits 90 days.
    const followUps = await services.db
      .select()
      .from(schema.job)
      .where(and(eq(schema.job.name, sendEvaluationRequestJob.name), eq(schema.job.status, "pending")));
    expect(followUps).toHaveLength(6);
    expect(followUps.every((job) => job.runAt.getTime() >= now.getTime() + 90 * DAY - 1000)).toBe(true);

    const [first, second, third] = registrations;
    const token = await tokenFor(first!.id, "evaluation");
    expect((await openEvaluationLink(services.db, token)).state).toBe("open");
    await submitEvaluation(services, {
      token,
      fields: { "q.felt-welcome": "5", "q.pace": "about-right", "q.what-stays": "Curiosity first." },
    });
    expect((await openEvaluationLink(services.db, token)).state).toBe("answered");
    await expect(submitEvaluation(services, { token, fields: { "q.felt-welcome": "1" } })).rejects.toMatchObject({
      code: "conflict",
    });
    // The database itself refuses a second receipt, whatever a caller does.
    await expect(
      services.db.insert(schema.evaluationReceipt).values({ registrationId: first!.id, kind: "evaluation" }),
    ).rejects.toThrow();
    // Out-of-range answers are refused and nothing is kept.
    const bad = await tokenFor(second!.id, "evaluation");
    await expect(submitEvaluation(services, { token: bad, fields: { "q.felt-welcome": "9" } })).rejects.toMatchObject({
      code: "invalid",
    });
    await expect(submitEvaluation(services, { token: bad, fields: {} })).rejects.toMatchObject({ code: "invalid" });
    const responses = await services.db.select().from(schema.evaluationResponse);
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ kind: "evaluation", answeredMonth: "2027-03-01", pairCode: null });

    await optOutOfEvaluations(services, await tokenFor(third!.id, "post"));

    // Three days later: one reminder each for the unanswered, none for the answered or the opted out.
    setNow(new Date(now.getTime() + 3 * DAY));
    const round = await remindEvaluations(services);
    // 12 requests − first's answered evaluation − third's two (opted out) = 9.
    expect(round.reminded).toBe(9);
    expect((await remindEvaluations(services)).reminded).toBe(0);
    const reminders = await services.db
      .select()
      .from(schema.outboxMessage)
      .where(eq(schema.outboxMessage.template, "notice.evaluation-evaluation-reminder"));
    expect(reminders).toHaveLength(4);
    // The reminder's link is the same link.
    const secondEmail = (await services.db.select().from(schema.user).where(eq(schema.user.id, second!.userId)))[0]!
      .email;
    expect(reminders.find((m) => m.toAddress === secondEmail)!.text).toContain(bad);

    // The follow-up for the person who opted out is never sent.
    setNow(new Date(now.getTime() + 90 * DAY));
    await runSendJobs();
    const followUpRequests = await services.db
      .select()
      .from(schema.evaluationRequest)
      .where(eq(schema.evaluationRequest.kind, "follow_up"));
    expect(followUpRequests.map((r) => r.registrationId).sort()).toEqual(
      registrations
        .filter((r) => r.id !== third!.id)
        .map((r) => r.id)
        .sort(),
    );
  });

  it("hides results for 4 answers and shows them at 5, to trainers of the session only", async () => {
    setNow(new Date("2027-06-01T20:00:00Z"));
    const course = await seedCourse(services.db);
    const { session, registrations } = await pastSession(course.id, 5, trainer.userId);
    await signOffSession(services, { viewer: trainer, sessionId: session.id }, actor);
    await runSendJobs();
    const filter = { sessionIds: [session.id] };
    for (const [index, registration] of registrations.entries()) {
      const before = await evaluationResults(services.db, trainer, filter);
      expect(before.shown).toBe(false);
      await submitEvaluation(services, {
        token: await tokenFor(registration.id, "evaluation"),
        fields: { "q.felt-welcome": String(index + 1), "q.pace": "about-right", "q.what-stays": `Words ${index}` },
      });
    }
    const shown = await evaluationResults(services.db, trainer, filter);
    expect(shown.shown).toBe(true);
    if (!shown.shown) return;
    expect(shown.count).toBe(5);
    const welcome = shown.value.questions.find((q) => q.questionId === "felt-welcome")!;
    expect(welcome.result).toEqual({ shown: true, count: 5, value: { distribution: [1, 1, 1, 1, 1], mean: 3 } });
    // Only four answered this one: it stays hidden even though the group is large enough.
    const learned = shown.value.questions.find((q) => q.questionId === "learned-together")!;
    expect(learned.result).toEqual({ shown: false });
    // The course does not share written answers with trainers; admins read them.
    expect(shown.value.questions.find((q) => q.questionId === "what-stays")!.result).toBeNull();
    const forAdmin = await evaluationResults(services.db, admin, filter);
    const words = forAdmin.shown ? forAdmin.value.questions.find((q) => q.questionId === "what-stays")!.result : null;
    expect(words).toMatchObject({ shown: true, count: 5 });
    // Sharing turned on for the course: the trainer reads them too.
    await services.db.insert(schema.evaluationForm).values({
      scope: course.id,
      courseId: course.id,
      questions: (await import("#core/evaluation-forms.ts")).defaultEvaluationForm.questions,
      shareOpenText: true,
    });
    const shared = await evaluationResults(services.db, trainer, filter);
    expect(shared.shown && shared.value.questions.find((q) => q.questionId === "what-stays")!.result).toMatchObject({
      shown: true,
    });
    await expect(evaluationResults(services.db, otherTrainer, filter)).rejects.toMatchObject({ code: "forbidden" });
    // Without named sessions a trainer sees only theirs: the other trainer has none.
    expect((await evaluationResults(services.db, otherTrainer, { courseId: course.id })).shown).toBe(false);
    expect((await evaluationAggregates(services.db, { courseId: course.id }, "none")).shown).toBe(true);
  });

  it("pairs before and after by a code per person and course, and computes each person's change", async () => {
    setNow(new Date("2027-08-01T20:00:00Z"));
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id, { now, startsInDays: 5 });
    const people = await seedPeople(services.db, 6, "sa");
    const registrations = await services.db
      .insert(schema.registration)
      .values(
        people.map((person) => ({
          sessionId: session.id,
          userId: person.userId,
          status: "confirmed" as const,
          requestedAt: now,
          queueAt: now,
        })),
      )
      .returning({ id: schema.registration.id, userId: schema.registration.userId });
    await services.db
      .insert(schema.sessionTrainer)
      .values({ sessionId: session.id, userId: trainer.userId, role: "lead" });
    // A week ahead: the "before" self-assessment goes out.
    expect((await remindEvaluations(services)).preQueued).toBe(6);
    expect(await runSendJobs()).toBe(6);
    // Five answer before (scores 1..5 on every item); the sixth does not.
    for (const [index, registration] of registrations.slice(0, 5).entries())
      await submitEvaluation(services, {
        token: await tokenFor(registration.id, "pre"),
        fields: Object.fromEntries(
          ["learning-together", "relationship", "hope", "connection", "worldview", "mutuality", "moving-towards"].map(
            (item) => [`q.${item}`, String(index + 1)],
          ),
        ),
      });
    // After the training: the end self-assessment, with a "thinking back" column from some.
    setNow(new Date(session.endsAt.getTime() + DAY));
    await services.db.insert(schema.attendance).values(
      await Promise.all(
        registrations.map(async (r) => ({
          registrationId: r.id,
          meetingId: (
            await services.db
              .select()
              .from(schema.sessionMeeting)
              .where(eq(schema.sessionMeeting.sessionId, session.id))
          )[0]!.id,
          minutesPresent: 420,
          method: "trainer" as const,
        })),
      ),
    );
    await signOffSession(services, { viewer: trainer, sessionId: session.id }, actor);
    await runSendJobs();
    for (const [index, registration] of registrations.entries())
      await submitEvaluation(services, {
        token: await tokenFor(registration.id, "post"),
        fields: {
          // Everyone ends at 5 on Connection; before, person n said n, so the mean change is (4+3+2+1+0)/5 = 2.
          "q.connection": "5",
          ...(index < 3 ? { "retro.connection": "1" } : {}),
          "q.worldview": "4",
        },
      });
    const codes = await services.db
      .select({ code: schema.evaluationResponse.pairCode })
      .from(schema.evaluationResponse)
      .where(eq(schema.evaluationResponse.courseId, course.id));
    expect(new Set(codes.map((row) => row.code)).size).toBe(6);
    expect(codes.map((row) => row.code)).toContain(
      pairCodeFor(services.config.sessionSecret, registrations[0]!.userId, course.id),
    );
    // The same person in another course has another code.
    expect(pairCodeFor(services.config.sessionSecret, registrations[0]!.userId, "another")).not.toBe(
      pairCodeFor(services.config.sessionSecret, registrations[0]!.userId, course.id),
    );

    const summary = await selfAssessmentChange(services.db, { courseId: course.id });
    expect(summary.answered.pre).toEqual({ shown: true, count: 5, value: 5 });
    expect(summary.answered.post).toEqual({ shown: true, count: 6, value: 6 });
    const connection = summary.items.find((row) => row.item === "connection")!;
    expect(connection.change).toEqual({ shown: true, count: 5, value: { meanBefore: 3, meanAfter: 5, meanChange: 2 } });
    // Only three gave a "thinking back" answer: hidden.
    expect(connection.retrospective).toEqual({ shown: false });
    const worldview = summary.items.find((row) => row.item === "worldview")!;
    expect(worldview.change).toEqual({ shown: true, count: 5, value: { meanBefore: 3, meanAfter: 4, meanChange: 1 } });
    // Nobody answered "hope" at the end: nothing to pair.
    expect(summary.items.find((row) => row.item === "hope")!.change).toEqual({ shown: false });
  });

  it("serves the answer page as plain fieldsets without JavaScript, the results page and the API", async () => {
    setNow(new Date("2027-10-01T20:00:00Z"));
    const http = await serveForTest(services);
    try {
      const course = await seedCourse(services.db);
      const { session, registrations } = await pastSession(course.id, 5, trainer.userId);
      await signOffSession(services, { viewer: trainer, sessionId: session.id }, actor);
      await runSendJobs();
      const token = await tokenFor(registrations[0]!.id, "post");
      const page = await fetch(`${http.url}/evaluations/${token}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).not.toContain("<table");
      expect(html.match(/<fieldset/g)!.length).toBeGreaterThanOrEqual(21);
      expect(html).toContain("Thinking back to before the training");
      const answered = await fetch(`${http.url}/evaluations/${token}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ intent: "answer", "q.hope": "4", "retro.hope": "2" }),
      });
      expect(answered.status).toBe(200);
      expect(await answered.text()).toContain("Your answers are saved");
      const again = await fetch(`${http.url}/evaluations/${token}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ intent: "answer", "q.hope": "1" }),
      });
      expect(again.status).toBe(409);
      const unknown = await fetch(`${http.url}/evaluations/ipe_nothing`);
      expect(await unknown.text()).toContain("doesn&#x27;t open anything");

      const password = "correct horse battery staple";
      await createAccount(
        services.db,
        { email: "admin-eval@example.org", name: "Ada", password, roles: [{ role: "admin", organizationId: null }] },
        actor,
      );
      const cookie = await sessionCookie(services, "admin-eval@example.org", password);
      const results = await fetch(`${http.url}/evaluations/results?session=${session.id}`, { headers: { cookie } });
      expect(results.status).toBe(200);
      expect(await results.text()).toContain("Not enough answers to show without identifying people.");

      const apiToken = async (viewer: Viewer) =>
        (await createPersonalAccessToken(services.db, { userId: viewer.userId, name: "api", expiresAt: null, actor }))
          .token;
      const mine = await fetch(`${http.url}${API_BASE_PATH}/evaluations/results?sessionId=${session.id}`, {
        headers: { authorization: `Bearer ${await apiToken(trainer)}` },
      });
      expect(mine.status).toBe(200);
      const body = await mine.json();
      expect(body.evaluation).toEqual({ shown: false });
      expect(body.selfAssessment.items).toHaveLength(7);
      const theirs = await fetch(`${http.url}${API_BASE_PATH}/evaluations/results?sessionId=${session.id}`, {
        headers: { authorization: `Bearer ${await apiToken(otherTrainer)}` },
      });
      expect(theirs.status).toBe(403);
      expect(theirs.headers.get("content-type")).toMatch(/problem\+json/);
    } finally {
      await http.close();
    }
  });
});
