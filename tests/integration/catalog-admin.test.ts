// Courses and sessions administration on both engines: the use cases (create, edit, archive, schedule in a named time
// zone, duplicate, cancel, notify on change), their field messages, the API (POST /courses, POST /sessions), the admin
// pages without JavaScript, and the demo catalog.
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { serveForTest, sessionCookie, type TestHttp } from "../support/http.ts";
import { schema } from "#db/client.ts";
import { isAppError } from "#platform/app-error.ts";
import type { Viewer } from "#core/access.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { recordAudit } from "#features/audit/record-audit.ts";
import { rolesOf } from "#features/access/load-viewer.ts";
import { createPersonalAccessToken } from "#features/tokens/personal-access-tokens.ts";
import { createCourse } from "#features/catalog/create-course.ts";
import { updateCourse } from "#features/catalog/update-course.ts";
import { archiveCourse } from "#features/catalog/archive-course.ts";
import { listCourses } from "#features/catalog/list-courses.ts";
import { readCourse } from "#features/catalog/read-course.ts";
import type { CourseInput } from "#features/catalog/course-input.ts";
import type { SessionInput } from "#features/catalog/session-input.ts";
import { createSession } from "#features/catalog/create-session.ts";
import { updateSession } from "#features/catalog/update-session.ts";
import { duplicateSession } from "#features/catalog/duplicate-session.ts";
import { cancelSession } from "#features/catalog/cancel-session.ts";
import { listSessionsAdmin } from "#features/catalog/list-sessions-admin.ts";
import { readSessionForEdit } from "#features/catalog/read-session-for-edit.ts";
import { seedDemo } from "#features/demo/seed-demo.ts";
import { DEMO_PASSWORD } from "#features/demo/demo-accounts.ts";
import { createApiRouter } from "#api/router.ts";
import { API_BASE_PATH } from "#api/endpoint-table.ts";

const PASSWORD = "correct horse battery";
const system = { userId: null, label: "test" };

async function refusal(promise: Promise<unknown>): Promise<{ code: string; fields: Record<string, string> }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error))
      return {
        code: error.code,
        fields: Object.fromEntries((error.details.fields ?? []).map((f) => [f.path, f.message ?? f.detail])),
      };
    throw error;
  }
  throw new Error("expected the use case to refuse");
}

const coreCourse = (overrides: Partial<CourseInput> = {}): CourseInput => ({
  form: "core",
  titleEn: "IPS Core Training",
  titleEs: "Formación Básica en IPS",
  summaryEn: "Five days with two co-trainers.",
  summaryEs: "Cinco días con dos formadores.",
  contactHours: "35",
  ceCategories: [{ category: "suicide_prevention", hours: "3" }],
  ...overrides,
});

describe.each(enginesUnderTest())("courses and sessions administration on %s", (engine) => {
  let services: TestServices;
  let admin: Viewer;
  let trainer: Viewer;
  let coTrainer: Viewer;
  let participant: Viewer;
  const people: string[] = [];
  let coreId: string;

  const actor = (viewer: Viewer) => ({
    userId: viewer.userId,
    label: viewer.email,
    ip: "198.51.100.7",
    requestId: "req-test",
  });
  async function viewerOf(userId: string): Promise<Viewer> {
    const [person] = await services.db.select().from(schema.user).where(eq(schema.user.id, userId));
    return {
      userId,
      email: person!.email,
      name: person!.name,
      emailVerified: true,
      roles: await rolesOf(services.db, userId),
    };
  }
  const audit = (action: string) =>
    services.db
      .select()
      .from(schema.auditEvent)
      .where(eq(schema.auditEvent.action, action))
      .orderBy(desc(schema.auditEvent.id));
  const noticeJobs = async (notice: string) =>
    (await services.db.select().from(schema.job).where(eq(schema.job.name, "registration-notice")))
      .map((job) => ({ ...(job.payload as { registrationId: string; notice: string }), dedupeKey: job.dedupeKey }))
      .filter((payload) => payload.notice === notice);

  /** A session of the core course: one or more days in Los Angeles time, online unless told otherwise. */
  const sessionInput = (overrides: Partial<SessionInput> = {}): SessionInput => ({
    courseId: coreId,
    timeZone: "America/Los_Angeles",
    meetings: [{ date: "2030-05-06", startTime: "09:00", endTime: "16:30", breaks: "12:00-12:30" }],
    format: "online",
    joinUrl: "https://meet.example.org/core",
    capacity: "20",
    status: "published",
    trainers: [{ userId: trainer.userId, role: "lead" }],
    ...overrides,
  });

  /** Registration rows written straight into the table: these tests are about what the session's changes do to them. */
  async function register(
    sessionId: string,
    userId: string,
    status: "confirmed" | "waitlisted" | "cancelled",
    at: string,
  ) {
    const [row] = await services.db
      .insert(schema.registration)
      .values({
        sessionId,
        userId,
        status,
        requestedAt: new Date(at),
        queueAt: new Date(at),
        heldFrom: status === "confirmed" ? "general" : null,
      })
      .returning({ id: schema.registration.id });
    return row!.id;
  }

  beforeAll(async () => {
    services = await createTestServices(engine);
    const make = async (email: string, name: string, roles: Array<"admin" | "trainer" | "participant">) =>
      (
        await createAccount(
          services.db,
          { email, name, password: PASSWORD, roles: roles.map((role) => ({ role, organizationId: null })) },
          system,
        )
      ).id;
    admin = await viewerOf(await make("ana@example.org", "Ana Admin", ["admin"]));
    trainer = await viewerOf(await make("maya@example.org", "Maya Chen", ["trainer"]));
    coTrainer = await viewerOf(await make("luis@example.org", "Luis Ortega", ["trainer"]));
    participant = await viewerOf(await make("sam@example.org", "Sam Taylor", ["participant"]));
    for (const n of [1, 2, 3, 4]) people.push(await make(`person${n}@example.org`, `Person ${n}`, ["participant"]));
    await services.db.insert(schema.organization).values({ slug: "river-peers", name: "River Peers" });
    coreId = (await createCourse(services.db, { viewer: admin, course: coreCourse() }, actor(admin))).id;
  });
  afterAll(async () => {
    await services?.close();
  });

  describe("courses", () => {
    it("adds a course from what an admin types: hours become minutes, a slug is made, questions get ids, and it is audited", async () => {
      const { id, slug } = await createCourse(
        services.db,
        {
          viewer: admin,
          course: {
            form: "advanced",
            titleEn: "IPS Advanced",
            titleEs: "IPS Avanzado",
            contactHours: "2,5",
            requiresApproval: true,
            prerequisiteIds: [coreId],
            questions: [
              null,
              {
                kind: "choice",
                labelEn: "How long have you used IPS?",
                labelEs: "¿Cuánto tiempo llevas usando IPS?",
                options: [
                  { labelEn: "Less than a year", labelEs: "Menos de un año" },
                  { labelEn: "More than a year", labelEs: "Más de un año" },
                ],
                required: true,
              },
              {
                kind: "text",
                labelEn: "Anything from your lived experience?",
                labelEs: "¿Algo de tu experiencia vivida?",
                sensitive: true,
              },
            ],
            ceCategories: [
              { category: "ethics", hours: 1 },
              { category: "general", hours: "0" },
            ],
          },
        },
        actor(admin),
      );
      expect(slug).toBe("ips-advanced");
      const course = await readCourse(services.db, { id, includeArchived: false, now: services.now() });
      expect(course.contactMinutes).toBe(150);
      expect(course.requiresApproval).toBe(true);
      expect(course.prerequisites.map((p) => p.id)).toEqual([coreId]);
      expect(course.ceCategories).toEqual([{ category: "ethics", minutes: 60 }]);
      expect(course.questions).toHaveLength(2);
      expect(course.questions[0]).toMatchObject({
        kind: "choice",
        required: true,
        sensitive: false,
        options: [{ value: "less-than-a-year" }, { value: "more-than-a-year" }],
      });
      expect(course.questions[1]).toMatchObject({ kind: "text", sensitive: true, required: false });
      expect(new Set(course.questions.map((q) => q.id)).size).toBe(2);
      const [entry] = await audit("course.create");
      expect(entry).toMatchObject({
        actorId: admin.userId,
        targetId: id,
        summary: { slug: "ips-advanced", contactMinutes: 150 },
      });
    });

    it("names every field that needs attention with a message key, and saves nothing", async () => {
      const before = (await listCourses(services.db, { includeArchived: true, now: services.now() })).length;
      const shape = await refusal(
        createCourse(
          services.db,
          {
            viewer: admin,
            course: coreCourse({
              titleEs: "  ",
              contactHours: "three",
              imageUrl: "http://example.org/a.png",
              form: "seminar" as never,
            }),
          },
          actor(admin),
        ),
      );
      expect(shape).toEqual({
        code: "invalid",
        fields: {
          titleEs: "courses.errors.titleMissing",
          contactHours: "courses.errors.contactHours",
          imageUrl: "courses.errors.imageUrl",
          form: "courses.errors.form",
        },
      });
      const rules = await refusal(
        createCourse(
          services.db,
          {
            viewer: admin,
            course: coreCourse({
              slug: "Not A Slug",
              contactHours: "2",
              questions: [
                { kind: "choice", labelEn: "Pick", labelEs: "Elige", options: [{ labelEn: "Only", labelEs: "Única" }] },
                { kind: "text", labelEn: "", labelEs: "x" },
              ],
              ceCategories: [{ category: "suicide_prevention", hours: 3 }],
            }),
          },
          actor(admin),
        ),
      );
      expect(rules.fields).toEqual({ "questions.1.labelEn": "courses.errors.questionLabelMissing" });
      const crossField = await refusal(
        createCourse(
          services.db,
          {
            viewer: admin,
            course: coreCourse({
              slug: "Not A Slug",
              contactHours: "2",
              questions: [
                { kind: "choice", labelEn: "Pick", labelEs: "Elige", options: [{ labelEn: "Only", labelEs: "Única" }] },
              ],
            }),
          },
          actor(admin),
        ),
      );
      expect(crossField.fields).toEqual({
        slug: "courses.errors.slug",
        "questions.0.options": "courses.errors.choiceOptions",
        ceCategories: "courses.errors.ceMoreThanContact",
      });
      expect(await refusal(createCourse(services.db, { viewer: admin, course: coreCourse() }, actor(admin)))).toEqual({
        code: "invalid",
        fields: { slug: "courses.errors.slugTaken" },
      });
      expect(
        (
          await refusal(
            createCourse(
              services.db,
              { viewer: participant, course: coreCourse({ slug: "mine" }) },
              actor(participant),
            ),
          )
        ).code,
      ).toBe("forbidden");
      expect((await listCourses(services.db, { includeArchived: true, now: services.now() })).length).toBe(before);
    });

    it("edits a course, records only what changed, and refuses a prerequisite that loops back", async () => {
      const { id: tot } = await createCourse(
        services.db,
        {
          viewer: admin,
          course: coreCourse({
            form: "training_of_trainers",
            titleEn: "IPS Training of Trainers",
            titleEs: "Formación de Formadores",
            ceCategories: [],
            prerequisiteIds: [coreId],
          }),
        },
        actor(admin),
      );
      const changed = await updateCourse(
        services.db,
        {
          viewer: admin,
          courseId: tot,
          course: coreCourse({
            form: "training_of_trainers",
            titleEn: "IPS Training of Trainers (ToT)",
            titleEs: "Formación de Formadores",
            contactHours: "28",
            ceCategories: [],
            prerequisiteIds: [coreId],
          }),
        },
        actor(admin),
      );
      expect(changed.changed.sort()).toEqual(["contactMinutes", "slug", "titleEn"].sort());
      const auditRows = (await audit("course.update")).length;
      const again = await updateCourse(
        services.db,
        {
          viewer: admin,
          courseId: tot,
          course: coreCourse({
            slug: "ips-training-of-trainers-tot",
            form: "training_of_trainers",
            titleEn: "IPS Training of Trainers (ToT)",
            titleEs: "Formación de Formadores",
            contactHours: 28,
            ceCategories: [],
            prerequisiteIds: [coreId],
          }),
        },
        actor(admin),
      );
      expect(again.changed).toEqual([]);
      expect((await audit("course.update")).length).toBe(auditRows);

      const loop = await refusal(
        updateCourse(
          services.db,
          { viewer: admin, courseId: coreId, course: coreCourse({ prerequisiteIds: [tot] }) },
          actor(admin),
        ),
      );
      expect(loop.fields).toEqual({ prerequisiteIds: "courses.errors.prerequisiteLoop" });
      const self = await refusal(
        updateCourse(
          services.db,
          { viewer: admin, courseId: coreId, course: coreCourse({ prerequisiteIds: [coreId] }) },
          actor(admin),
        ),
      );
      expect(self.fields).toEqual({ prerequisiteIds: "courses.errors.prerequisiteSelf" });
      expect(
        (await readCourse(services.db, { id: coreId, includeArchived: true, now: services.now() })).prerequisites,
      ).toEqual([]);
    });

    it("archives a course: gone from the public list, no new sessions, and back again", async () => {
      const { id } = await createCourse(
        services.db,
        {
          viewer: admin,
          course: coreCourse({ form: "other", titleEn: "Family IPS", titleEs: "IPS para familias", ceCategories: [] }),
        },
        actor(admin),
      );
      await archiveCourse(
        services.db,
        { viewer: admin, courseId: id, archived: true, now: services.now() },
        actor(admin),
      );
      expect(
        (await listCourses(services.db, { includeArchived: false, now: services.now() })).map((c) => c.id),
      ).not.toContain(id);
      expect(
        (await listCourses(services.db, { includeArchived: true, now: services.now() })).find((c) => c.id === id)
          ?.archivedAt,
      ).not.toBeNull();
      expect((await refusal(readCourse(services.db, { id, includeArchived: false, now: services.now() }))).code).toBe(
        "not_found",
      );
      expect(
        (
          await refusal(
            createSession(services.db, { viewer: admin, session: sessionInput({ courseId: id }) }, actor(admin)),
          )
        ).fields,
      ).toEqual({ courseId: "sessions.errors.courseArchived" });
      await archiveCourse(
        services.db,
        { viewer: admin, courseId: id, archived: false, now: services.now() },
        actor(admin),
      );
      expect(
        (await listCourses(services.db, { includeArchived: false, now: services.now() })).map((c) => c.id),
      ).toContain(id);
      expect((await audit("course.archive"))[0]?.targetId).toBe(id);
      expect((await audit("course.unarchive"))[0]?.targetId).toBe(id);
    });
  });

  describe("sessions", () => {
    it("turns meetings typed in Los Angeles time into UTC across the spring clock change, numbered in time order", async () => {
      const { id } = await createSession(
        services.db,
        {
          viewer: admin,
          session: sessionInput({
            // Typed out of order, with an empty form row between them; clocks moved forward on 9 March 2025.
            meetings: [
              { date: "2025-03-10", startTime: "09:00", endTime: "16:30", breaks: "12:00-12:30, 14:45–15:00" },
              null,
              { date: "2025-03-07", startTime: "09:00", endTime: "16:30" },
            ],
            trainers: [
              { userId: trainer.userId, role: "lead" },
              { userId: coTrainer.userId, role: "co" },
            ],
            priceTiers: [
              null,
              { kind: "sliding_scale", amountCents: "300", minimumCents: "75.50" },
              { kind: "standard", amountCents: 45000 },
            ],
          }),
        },
        actor(admin),
      );
      const session = await readSessionForEdit(services.db, { viewer: admin, sessionId: id });
      expect(session.meetings.map((m) => [m.position, m.startsAt.toISOString(), m.endsAt.toISOString()])).toEqual([
        [1, "2025-03-07T17:00:00.000Z", "2025-03-08T00:30:00.000Z"],
        [2, "2025-03-10T16:00:00.000Z", "2025-03-10T23:30:00.000Z"],
      ]);
      expect(session.meetings[1]!.breaks).toEqual([
        { startsAt: "2025-03-10T19:00:00.000Z", endsAt: "2025-03-10T19:30:00.000Z" },
        { startsAt: "2025-03-10T21:45:00.000Z", endsAt: "2025-03-10T22:00:00.000Z" },
      ]);
      expect(session.startsAt.toISOString()).toBe("2025-03-07T17:00:00.000Z");
      expect(session.endsAt.toISOString()).toBe("2025-03-10T23:30:00.000Z");
      expect(session.priceTiers).toEqual([
        { kind: "sliding_scale", amountCents: 30000, minimumCents: 7550 },
        { kind: "standard", amountCents: 45000 },
      ]);
      expect(session.trainers.map((t) => [t.userId, t.role]).sort()).toEqual(
        [
          [trainer.userId, "lead"],
          [coTrainer.userId, "co"],
        ].sort(),
      );
      expect(session).toMatchObject({
        status: "published",
        offerHoldHours: 48,
        cancelCutoffHours: 24,
        calendarSequence: 0,
        venueName: null,
      });
      expect((await audit("session.create"))[0]).toMatchObject({
        targetId: id,
        summary: { meetings: 2, capacity: 20 },
      });
    });

    it("names every field of a session that needs attention", async () => {
      const shape = await refusal(
        createSession(
          services.db,
          {
            viewer: admin,
            session: sessionInput({
              timeZone: "Mars/Olympus",
              capacity: "0",
              offerHoldHours: "2",
              meetings: [{ date: "2030-02-30", startTime: "9am", endTime: "16:30" }],
            }),
          },
          actor(admin),
        ),
      );
      expect(shape.fields).toEqual({
        timeZone: "sessions.errors.timeZone",
        capacity: "sessions.errors.capacity",
        offerHoldHours: "sessions.errors.offerHoldHours",
        "meetings.0.date": "sessions.errors.date",
        "meetings.0.startTime": "sessions.errors.time",
      });
      const rules = await refusal(
        createSession(
          services.db,
          {
            viewer: admin,
            session: sessionInput({
              format: "hybrid",
              joinUrl: "",
              capacity: "10",
              reservedPartnerSeats: "8",
              reservedScholarshipSeats: "4",
              registrationClosesAt: "2030-05-06T10:00",
              meetings: [
                { date: "2030-05-06", startTime: "09:00", endTime: "16:30" },
                { date: "2030-05-06", startTime: "16:00", endTime: "18:00" },
              ],
              priceTiers: [{ kind: "sliding_scale", amountCents: "100", minimumCents: "150" }],
              trainers: [{ userId: participant.userId, role: "co" }],
            }),
          },
          actor(admin),
        ),
      );
      expect(rules.fields).toEqual({
        "meetings.1.startTime": "sessions.errors.meetingsOverlap",
        venueName: "sessions.errors.venueNameMissing",
        venueAddress: "sessions.errors.venueAddressMissing",
        joinUrl: "sessions.errors.joinUrlMissing",
        reservedOrganizationId: "sessions.errors.reservedOrganization",
        reservedScholarshipSeats: "sessions.errors.reservesOverCapacity",
        "priceTiers.0.minimumCents": "sessions.errors.minimumOverSuggested",
        trainers: "sessions.errors.leadMissing",
      });
      const times = await refusal(
        createSession(
          services.db,
          {
            viewer: admin,
            session: sessionInput({
              meetings: [
                { date: "2025-03-09", startTime: "02:30", endTime: "05:00" },
                { date: "2030-05-07", startTime: "16:00", endTime: "09:00" },
              ],
              registrationClosesAt: "2030-06-01T09:00",
              priceTiers: [null, null],
            }),
          },
          actor(admin),
        ),
      );
      expect(times.fields).toEqual({
        "meetings.0.startTime": "sessions.errors.timeSkipped",
        priceTiers: "sessions.errors.priceMissing",
      });
      const late = await refusal(
        createSession(
          services.db,
          {
            viewer: admin,
            session: sessionInput({
              registrationClosesAt: "2030-06-01T09:00",
              meetings: [{ date: "2030-05-07", startTime: "16:00", endTime: "09:00" }],
            }),
          },
          actor(admin),
        ),
      );
      expect(late.fields).toEqual({ "meetings.0.endTime": "sessions.errors.endBeforeStart" });
      const closes = await refusal(
        createSession(
          services.db,
          { viewer: admin, session: sessionInput({ registrationClosesAt: "2030-06-01T09:00" }) },
          actor(admin),
        ),
      );
      expect(closes.fields).toEqual({ registrationClosesAt: "sessions.errors.closesAfterStart" });
      const noCourse = await refusal(
        createSession(
          services.db,
          { viewer: admin, session: sessionInput({ courseId: "", capacity: "" }) },
          actor(admin),
        ),
      );
      expect(noCourse.fields).toEqual({
        courseId: "sessions.errors.courseMissing",
        capacity: "sessions.errors.capacity",
      });
      const notTrainer = await refusal(
        createSession(
          services.db,
          { viewer: admin, session: sessionInput({ trainers: [{ userId: participant.userId, role: "lead" }] }) },
          actor(admin),
        ),
      );
      expect(notTrainer.fields).toEqual({ trainers: "sessions.errors.notATrainer" });
      // A draft may wait for its trainers; published, it needs a lead.
      expect(
        (
          await createSession(
            services.db,
            { viewer: admin, session: sessionInput({ status: "draft", trainers: [] }) },
            actor(admin),
          )
        ).id,
      ).toBeTruthy();
      expect(
        (
          await refusal(
            createSession(services.db, { viewer: admin, session: sessionInput({ trainers: [] }) }, actor(admin)),
          )
        ).fields,
      ).toEqual({ trainers: "sessions.errors.leadMissing" });
    });

    it("copies a session as a draft weeks later: same clock times across a clock change, trainers and prices kept, nobody registered", async () => {
      const { id } = await createSession(
        services.db,
        {
          viewer: admin,
          session: sessionInput({
            meetings: [{ date: "2025-03-04", startTime: "09:00", endTime: "12:00", breaks: "10:30-10:45" }],
            registrationOpensAt: "2025-02-01T09:00",
            registrationClosesAt: "2025-03-03T17:00",
            priceTiers: [{ kind: "standard", amountCents: "250" }],
          }),
        },
        actor(admin),
      );
      await register(id, people[0]!, "confirmed", "2025-02-02T10:00:00Z");
      const copy = await duplicateSession(services.db, { viewer: admin, sessionId: id, weeks: "1" }, actor(admin));
      const session = await readSessionForEdit(services.db, { viewer: admin, sessionId: copy.id });
      expect(session.status).toBe("draft");
      expect(session.meetings.map((m) => [m.startsAt.toISOString(), m.endsAt.toISOString()])).toEqual([
        ["2025-03-11T16:00:00.000Z", "2025-03-11T19:00:00.000Z"],
      ]);
      expect(session.meetings[0]!.breaks).toEqual([
        { startsAt: "2025-03-11T17:30:00.000Z", endsAt: "2025-03-11T17:45:00.000Z" },
      ]);
      expect(session.registrationOpensAt?.toISOString()).toBe("2025-02-08T17:00:00.000Z");
      expect(session.registrationClosesAt?.toISOString()).toBe("2025-03-11T00:00:00.000Z");
      expect(session.priceTiers).toEqual([{ kind: "standard", amountCents: 25000 }]);
      expect(session.trainers.map((t) => t.userId)).toEqual([trainer.userId]);
      expect(session.seats).toEqual({ confirmed: 0, offered: 0, waitlisted: 0, pending: 0 });
      expect((await audit("session.duplicate"))[0]).toMatchObject({
        targetId: copy.id,
        summary: { from: id, weeks: 1 },
      });
      expect(
        (await refusal(duplicateSession(services.db, { viewer: admin, sessionId: id, weeks: "-1" }, actor(admin))))
          .fields,
      ).toEqual({ weeks: "sessions.errors.weeks" });
    });

    it("a change of time or place raises the calendar sequence and queues session_changed for each live registration", async () => {
      const { id } = await createSession(services.db, { viewer: admin, session: sessionInput() }, actor(admin));
      const confirmed = await register(id, people[0]!, "confirmed", "2030-01-01T10:00:00Z");
      const waiting = await register(id, people[1]!, "waitlisted", "2030-01-01T11:00:00Z");
      await register(id, people[2]!, "cancelled", "2030-01-01T12:00:00Z");

      const notesOnly = await updateSession(
        services.db,
        { viewer: admin, now: services.now(), sessionId: id, session: { ...sessionInput(), notesEn: "Bring water." } },
        actor(admin),
      );
      expect(notesOnly).toEqual({ changed: ["notesEn"], calendarSequence: 0, notified: 0 });
      expect(await noticeJobs("session_changed")).toEqual([]);

      const moved = await updateSession(
        services.db,
        {
          viewer: admin,
          now: services.now(),
          sessionId: id,
          session: {
            ...sessionInput(),
            notesEn: "Bring water.",
            meetings: [{ date: "2030-05-06", startTime: "10:00", endTime: "16:30", breaks: "12:00-12:30" }],
          },
        },
        actor(admin),
      );
      expect(moved).toEqual({ changed: ["startsAt", "meetings"], calendarSequence: 1, notified: 2 });
      const jobs = await noticeJobs("session_changed");
      expect(jobs.map((job) => job.registrationId).sort()).toEqual([confirmed, waiting].sort());
      expect(jobs.every((job) => job.dedupeKey?.endsWith(":1"))).toBe(true);
      const session = await readSessionForEdit(services.db, { viewer: admin, sessionId: id });
      expect(session.calendarSequence).toBe(1);
      expect(session.startsAt.toISOString()).toBe("2030-05-06T17:00:00.000Z");

      // A new video link is a change of place: a second round goes out, even while the first is still queued.
      const relinked = await updateSession(
        services.db,
        {
          viewer: admin,
          now: services.now(),
          sessionId: id,
          session: {
            ...sessionInput(),
            notesEn: "Bring water.",
            joinUrl: "https://meet.example.org/other",
            meetings: [{ date: "2030-05-06", startTime: "10:00", endTime: "16:30", breaks: "12:00-12:30" }],
          },
        },
        actor(admin),
      );
      expect(relinked).toMatchObject({ changed: ["joinUrl"], calendarSequence: 2, notified: 2 });
      expect((await noticeJobs("session_changed")).length).toBe(4);
      expect((await audit("session.update"))[0]).toMatchObject({
        targetId: id,
        summary: { changed: ["joinUrl"], calendarSequence: 2, notified: 2 },
      });

      const back = await refusal(
        updateSession(
          services.db,
          { viewer: admin, now: services.now(), sessionId: id, session: { ...sessionInput(), status: "draft" } },
          actor(admin),
        ),
      );
      expect(back.fields).toEqual({ status: "sessions.errors.unpublishWithRegistrations" });
    });

    it("changes seats through the seat ledger: below the seats held is refused, more seats go to the line at once", async () => {
      const { id } = await createSession(
        services.db,
        { viewer: admin, session: sessionInput({ capacity: "2" }) },
        actor(admin),
      );
      await register(id, people[0]!, "confirmed", "2030-01-01T10:00:00Z");
      await register(id, people[1]!, "confirmed", "2030-01-01T10:01:00Z");
      const next = await register(id, people[2]!, "waitlisted", "2030-01-01T10:02:00Z");
      const lower = await refusal(
        updateSession(
          services.db,
          { viewer: admin, now: services.now(), sessionId: id, session: sessionInput({ capacity: "1" }) },
          actor(admin),
        ),
      );
      expect(lower).toMatchObject({ code: "invalid", fields: { capacity: "registration.errors.belowTaken" } });
      expect((await readSessionForEdit(services.db, { viewer: admin, sessionId: id })).capacity).toBe(2);

      const raised = await updateSession(
        services.db,
        { viewer: admin, now: services.now(), sessionId: id, session: sessionInput({ capacity: "3" }) },
        actor(admin),
      );
      expect(raised.changed).toEqual(["capacity"]);
      const [offered] = await services.db.select().from(schema.registration).where(eq(schema.registration.id, next));
      expect(offered?.status).toBe("offered");
      expect((await readSessionForEdit(services.db, { viewer: admin, sessionId: id })).capacity).toBe(3);
    });

    it("cancels a session with a reason: every live registration ends and each person is told", async () => {
      const { id } = await createSession(services.db, { viewer: admin, session: sessionInput() }, actor(admin));
      const a = await register(id, people[0]!, "confirmed", "2030-01-01T10:00:00Z");
      const b = await register(id, people[1]!, "waitlisted", "2030-01-01T10:01:00Z");
      expect(
        (
          await refusal(
            cancelSession(
              services.db,
              { viewer: admin, now: services.now(), sessionId: id, reason: " " },
              actor(admin),
            ),
          )
        ).fields,
      ).toEqual({ reason: "sessions.errors.reasonMissing" });
      expect(
        (
          await refusal(
            cancelSession(
              services.db,
              { viewer: trainer, now: services.now(), sessionId: id, reason: "x" },
              actor(trainer),
            ),
          )
        ).code,
      ).toBe("forbidden");

      const { calendarSequence } = await cancelSession(
        services.db,
        {
          viewer: admin,
          now: services.now(),
          sessionId: id,
          reason: "Our trainer is ill. Join the June session instead.",
        },
        actor(admin),
      );
      expect(calendarSequence).toBe(1);
      const session = await readSessionForEdit(services.db, { viewer: admin, sessionId: id });
      expect(session).toMatchObject({
        status: "cancelled",
        cancelReason: "Our trainer is ill. Join the June session instead.",
      });
      expect(session.cancelledAt).not.toBeNull();
      const rows = await services.db
        .select({ id: schema.registration.id, status: schema.registration.status })
        .from(schema.registration)
        .where(eq(schema.registration.sessionId, id));
      expect(rows.map((r) => r.status)).toEqual(["cancelled", "cancelled"]);
      expect(
        (await noticeJobs("session_cancelled"))
          .map((job) => job.registrationId)
          .filter((r) => r === a || r === b)
          .sort(),
      ).toEqual([a, b].sort());
      expect(
        (
          await refusal(
            cancelSession(
              services.db,
              { viewer: admin, now: services.now(), sessionId: id, reason: "again" },
              actor(admin),
            ),
          )
        ).fields,
      ).toEqual({ reason: "sessions.errors.alreadyCancelled" });
      expect(
        (
          await refusal(
            updateSession(
              services.db,
              { viewer: admin, now: services.now(), sessionId: id, session: sessionInput() },
              actor(admin),
            ),
          )
        ).fields,
      ).toEqual({ status: "sessions.errors.notEditable" });
    });

    it("lists sessions for admins with seat counts from one grouped query, filtered by status and course", async () => {
      const { id } = await createSession(
        services.db,
        {
          viewer: admin,
          session: sessionInput({ meetings: [{ date: "2031-01-06", startTime: "09:00", endTime: "12:00" }] }),
        },
        actor(admin),
      );
      await register(id, people[0]!, "confirmed", "2030-01-01T10:00:00Z");
      await register(id, people[1]!, "confirmed", "2030-01-01T10:01:00Z");
      await register(id, people[2]!, "waitlisted", "2030-01-01T10:02:00Z");
      const list = await listSessionsAdmin(services.db, {
        viewer: admin,
        now: new Date("2029-01-01T00:00:00Z"),
        status: "published",
        courseId: coreId,
        when: "upcoming",
      });
      const row = list.sessions.find((s) => s.id === id);
      expect(row).toMatchObject({
        courseTitleEn: "IPS Core Training",
        status: "published",
        capacity: 20,
        seats: { confirmed: 2, waitlisted: 1, offered: 0, pending: 0 },
      });
      expect(list.sessions.every((s) => s.status === "published" && s.courseId === coreId)).toBe(true);
      expect(list.sessions.map((s) => s.startsAt.getTime())).toEqual(
        [...list.sessions.map((s) => s.startsAt.getTime())].sort((x, y) => x - y),
      );
      const drafts = await listSessionsAdmin(services.db, {
        viewer: admin,
        now: new Date("2020-01-01T00:00:00Z"),
        status: "draft",
        when: "all",
      });
      expect(drafts.sessions.every((s) => s.status === "draft")).toBe(true);
      expect(
        (await refusal(listSessionsAdmin(services.db, { viewer: trainer, now: services.now(), when: "all" }))).code,
      ).toBe("forbidden");
    });
  });

  describe("API", () => {
    let server: { url: string; close(): Promise<void> };
    let adminToken: string;
    let participantToken: string;
    const call = async (path: string, options: { method?: string; token?: string; body?: unknown } = {}) => {
      const headers: Record<string, string> = {};
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      if (options.body !== undefined) headers["content-type"] = "application/json";
      const response = await fetch(`${server.url}${API_BASE_PATH}${path}`, {
        method: options.method ?? (options.body === undefined ? "GET" : "POST"),
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
    };

    beforeAll(async () => {
      adminToken = (
        await createPersonalAccessToken(services.db, {
          userId: admin.userId,
          name: "test",
          expiresAt: null,
          actor: system,
        })
      ).token;
      participantToken = (
        await createPersonalAccessToken(services.db, {
          userId: participant.userId,
          name: "test",
          expiresAt: null,
          actor: system,
        })
      ).token;
      const app = express().use(API_BASE_PATH, createApiRouter(services));
      const listening = await new Promise<Server>((resolve) => {
        const s = app.listen(0, "127.0.0.1", () => resolve(s));
      });
      server = {
        url: `http://127.0.0.1:${(listening.address() as AddressInfo).port}`,
        close: () => new Promise<void>((resolve) => listening.close(() => resolve())),
      };
    });
    afterAll(async () => {
      await server?.close();
    });

    it("GET /courses lists the catalog's courses for anyone, without archived ones", async () => {
      const { id: archived } = await createCourse(
        services.db,
        {
          viewer: admin,
          course: coreCourse({ form: "other", titleEn: "Old course", titleEs: "Curso antiguo", ceCategories: [] }),
        },
        actor(admin),
      );
      await archiveCourse(
        services.db,
        { viewer: admin, courseId: archived, archived: true, now: services.now() },
        actor(admin),
      );
      const answer = await call("/courses");
      expect(answer.status).toBe(200);
      const ids = answer.json.courses.map((c: { id: string }) => c.id);
      expect(ids).toContain(coreId);
      expect(ids).not.toContain(archived);
      expect(answer.json.courses.find((c: { id: string }) => c.id === coreId)).toMatchObject({
        slug: "ips-core-training",
        form: "core",
        title: { en: "IPS Core Training", es: "Formación Básica en IPS" },
        contactMinutes: 2100,
        ceCategories: [{ category: "suicide_prevention", minutes: 180 }],
        archived: false,
      });
      expect((await call(`/courses/${archived}`)).status).toBe(404);
      expect((await call("/courses/ips-core-training")).json).toMatchObject({ id: coreId });
    });

    it("POST /courses adds a course for an admin (201 and Location), names fields in the API's terms, and refuses others", async () => {
      const created = await call("/courses", {
        token: adminToken,
        body: {
          form: "co_reflection",
          title: { en: "IPS Co-reflection", es: "Co-reflexión en IPS" },
          contactMinutes: 240,
          prerequisites: { courseIds: [coreId] },
          questions: [
            {
              kind: "checkbox",
              label: { en: "I agree to the group agreements", es: "Acepto los acuerdos del grupo" },
              options: [{ label: { en: "Yes", es: "Sí" } }],
              required: true,
            },
          ],
          ceCategories: [{ category: "peer_support_recovery", minutes: 240 }],
        },
      });
      expect(created.status).toBe(201);
      expect(created.headers.get("location")).toBe(`${API_BASE_PATH}/courses/${created.json.id}`);
      expect(created.json).toMatchObject({
        slug: "ips-co-reflection",
        contactMinutes: 240,
        prerequisites: { mode: "all", courseIds: [coreId] },
        questions: [{ kind: "checkbox", required: true, options: [{ value: "yes" }] }],
      });
      expect((await call(`/courses/${created.json.id}`)).json.id).toBe(created.json.id);

      const invalid = await call("/courses", {
        token: adminToken,
        body: {
          form: "core",
          title: { en: "Second core", es: "" },
          contactMinutes: 0,
          ceCategories: [{ category: "ethics", minutes: 60 }],
        },
      });
      expect(invalid.status).toBe(422);
      expect(invalid.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(invalid.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(["title.es"]);
      expect(invalid.json.errors[0].message).toBe("Enter the title");
      const cross = await call("/courses", {
        token: adminToken,
        body: {
          form: "core",
          title: { en: "Second core", es: "Segunda" },
          contactMinutes: 30,
          ceCategories: [{ category: "ethics", minutes: 60 }],
        },
      });
      expect(cross.status).toBe(422);
      expect(cross.json.errors).toEqual([
        { path: "ceCategories", message: expect.stringContaining("more than the course's contact hours") },
      ]);
      const shape = await call("/courses", {
        token: adminToken,
        body: { form: "seminar", title: { en: "x", es: "y" }, contactMinutes: "many" },
      });
      expect(shape.status).toBe(422);
      expect(shape.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(["contactMinutes", "form"]);

      expect(
        (
          await call("/courses", {
            token: participantToken,
            body: { form: "core", title: { en: "x", es: "y" }, contactMinutes: 60 },
          })
        ).status,
      ).toBe(403);
      expect(
        (await call("/courses", { body: { form: "core", title: { en: "x", es: "y" }, contactMinutes: 60 } })).status,
      ).toBe(401);
    });

    it("POST /sessions schedules a session from instants (201 and Location), with defaults, and names bad fields", async () => {
      const created = await call("/sessions", {
        token: adminToken,
        body: {
          courseSlug: "ips-core-training",
          timezone: "America/Los_Angeles",
          meetings: [
            { startsAt: "2030-09-10T16:00:00Z", endsAt: "2030-09-10T23:30:00Z" },
            {
              startsAt: "2030-09-09T16:00:00Z",
              endsAt: "2030-09-09T23:30:00Z",
              breaks: [{ startsAt: "2030-09-09T19:00:00Z", endsAt: "2030-09-09T19:30:00Z" }],
            },
          ],
          format: "online",
          joinUrl: "https://meet.example.org/secret-room",
          capacity: 12,
          offerHoldHours: 24,
          status: "draft",
        },
      });
      expect(created.status).toBe(201);
      expect(created.headers.get("location")).toBe(`${API_BASE_PATH}/sessions/${created.json.id}`);
      expect(created.json).toMatchObject({
        status: "draft",
        course: { id: coreId },
        timeZone: "America/Los_Angeles",
        startsAt: "2030-09-09T16:00:00.000Z",
        endsAt: "2030-09-10T23:30:00.000Z",
        offerHoldHours: 24,
        cancelCutoffHours: 24,
        priceTiers: [{ kind: "free", amountCents: 0 }],
        seats: { capacity: 12, confirmed: 0 },
      });
      expect(
        created.json.meetings.map((m: { position: number; startsAt: string }) => [m.position, m.startsAt]),
      ).toEqual([
        [1, "2030-09-09T16:00:00.000Z"],
        [2, "2030-09-10T16:00:00.000Z"],
      ]);
      expect(JSON.stringify(created.json)).not.toContain("secret-room");

      const bad = await call("/sessions", {
        token: adminToken,
        body: {
          courseId: coreId,
          timezone: "Atlantis/Capital",
          meetings: [{ startsAt: "2030-09-09T16:00:00Z", endsAt: "2030-09-09T23:30:00Z" }],
          format: "in_person",
          capacity: 12,
          offerHoldHours: 2,
          notes: { en: "x".repeat(2001), es: "" },
        },
      });
      expect(bad.status).toBe(422);
      expect(bad.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(["notes.en"]);
      const badZone = await call("/sessions", {
        token: adminToken,
        body: {
          courseId: coreId,
          timezone: "Atlantis/Capital",
          meetings: [{ startsAt: "2030-09-09T16:00:00Z", endsAt: "2030-09-09T23:30:00Z" }],
          format: "in_person",
          capacity: 12,
          offerHoldHours: 2,
        },
      });
      expect(badZone.status).toBe(422);
      expect(badZone.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(["offerHoldHours", "timezone"]);
      const overlap = await call("/sessions", {
        token: adminToken,
        body: {
          courseSlug: "no-such-course",
          timezone: "America/Los_Angeles",
          meetings: [
            { startsAt: "2030-09-09T16:00:00Z", endsAt: "2030-09-09T23:30:00Z" },
            { startsAt: "2030-09-09T20:00:00Z", endsAt: "2030-09-10T01:00:00Z" },
          ],
          format: "online",
          joinUrl: "https://meet.example.org/x",
          capacity: 12,
        },
      });
      expect(overlap.status).toBe(422);
      expect(overlap.json.errors).toEqual([
        { path: "meetings.1.startsAt", message: "This meeting overlaps another one" },
      ]);
      const unknown = await call("/sessions", {
        token: adminToken,
        body: {
          courseSlug: "no-such-course",
          timezone: "America/Los_Angeles",
          meetings: [{ startsAt: "2030-09-09T16:00:00Z", endsAt: "2030-09-09T23:30:00Z" }],
          format: "online",
          joinUrl: "https://meet.example.org/x",
          capacity: 12,
        },
      });
      expect(unknown.json.errors).toEqual([{ path: "courseSlug", message: expect.any(String) }]);
      expect(
        (
          await call("/sessions", {
            token: adminToken,
            body: { courseId: coreId, timezone: "UTC", meetings: [], format: "online", capacity: 1 },
          })
        ).json.errors.map((e: { path: string }) => e.path),
      ).toEqual(["meetings"]);

      const forbidden = await call("/sessions", {
        token: participantToken,
        body: {
          courseId: coreId,
          timezone: "UTC",
          meetings: [{ startsAt: "2030-09-09T16:00:00Z", endsAt: "2030-09-09T23:30:00Z" }],
          format: "online",
          capacity: 5,
        },
      });
      expect(forbidden.status).toBe(403);
      expect(forbidden.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    });
  });
});

describe.each(enginesUnderTest())("admin pages for courses and sessions, and the demo catalog, on %s", (engine) => {
  let services: TestServices;
  let http: TestHttp;
  let cookie: string;

  beforeAll(async () => {
    services = await createTestServices(engine, { RATE_LIMIT: "off" });
    await seedDemo(services.db, { now: new Date("2030-03-01T18:00:00Z") });
    http = await serveForTest(services);
    cookie = await sessionCookie(services, "admin@example.org", DEMO_PASSWORD);
  });
  afterAll(async () => {
    await http?.close();
    await services?.close();
  });

  const post = async (path: string, fields: Array<[string, string]>) => {
    const response = await fetch(`${http.url}${path}`, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields),
      redirect: "manual",
    });
    return { status: response.status, location: response.headers.get("location"), html: await response.text() };
  };
  const get = async (path: string) => {
    const response = await fetch(`${http.url}${path}`, { headers: { cookie } });
    return { status: response.status, html: await response.text() };
  };

  it("seeds the five courses and their sessions once, with the demo trainers and a past, completed run", async () => {
    const courses = await listCourses(services.db, { includeArchived: true, now: new Date("2030-03-01T18:00:00Z") });
    expect(courses.map((c) => c.slug).sort()).toEqual([
      "ips-advanced",
      "ips-co-reflection",
      "ips-core-training",
      "ips-overview",
      "ips-training-of-trainers",
    ]);
    const core = courses.find((c) => c.slug === "ips-core-training")!;
    expect(core.contactMinutes).toBe(35 * 60);
    expect(core.ceCategories).toContainEqual({ category: "suicide_prevention", minutes: 180 });
    const advanced = courses.find((c) => c.slug === "ips-advanced")!;
    expect(advanced).toMatchObject({ requiresApproval: true, prerequisiteIds: [core.id] });
    expect(advanced.questions.filter((q) => q.sensitive)).toHaveLength(1);
    expect(courses.find((c) => c.slug === "ips-training-of-trainers")!.prerequisiteIds.sort()).toEqual(
      [core.id, advanced.id].sort(),
    );

    const sessions = await services.db.select().from(schema.trainingSession);
    // Ten from the catalog, and two past Core runs the demo's registrations add (one signed off, one waiting for it),
    // the eight past runs the demo trainers' history adds (src/features/demo/seed-trainers.ts), and the four past runs
    // with evaluations (src/features/demo/seed-evaluations.ts).
    expect(sessions.length).toBe(12 + 8 + 4);
    expect(sessions.filter((s) => s.status === "completed")).toHaveLength(2 + 8 + 4);
    expect(sessions.filter((s) => s.status === "draft")).toHaveLength(1);
    expect(new Set(sessions.map((s) => s.format))).toEqual(new Set(["online", "in_person", "hybrid"]));
    expect(new Set(sessions.map((s) => s.language))).toEqual(new Set(["en", "es"]));
    const trainers = await services.db
      .select({ email: schema.user.email })
      .from(schema.sessionTrainer)
      .innerJoin(schema.user, eq(schema.user.id, schema.sessionTrainer.userId));
    expect(new Set(trainers.map((t) => t.email))).toEqual(
      new Set(["maya@example.org", "luis@example.org", "priya@example.org", "tomas@example.org"]),
    );
    // Every Core run adds up to 35 contact hours: five days of 7½ hours less a half-hour lunch.
    const coreMeetings = await services.db
      .select({
        startsAt: schema.sessionMeeting.startsAt,
        endsAt: schema.sessionMeeting.endsAt,
        breaks: schema.sessionMeeting.breaks,
        sessionId: schema.sessionMeeting.sessionId,
      })
      .from(schema.sessionMeeting)
      .innerJoin(schema.trainingSession, eq(schema.trainingSession.id, schema.sessionMeeting.sessionId))
      .where(
        and(
          eq(schema.trainingSession.courseId, core.id),
          eq(schema.trainingSession.format, "in_person"),
          eq(schema.trainingSession.status, "published"),
        ),
      );
    const bySession = new Map<string, number>();
    for (const m of coreMeetings) {
      const minutes =
        (m.endsAt.getTime() - m.startsAt.getTime()) / 60_000 -
        m.breaks.reduce((b, p) => b + (Date.parse(p.endsAt) - Date.parse(p.startsAt)) / 60_000, 0);
      bySession.set(m.sessionId, (bySession.get(m.sessionId) ?? 0) + minutes);
    }
    expect(bySession.size).toBeGreaterThan(0);
    for (const minutes of bySession.values()) expect(minutes).toBe(35 * 60);

    expect(await seedDemo(services.db)).toBe(false);
    expect((await services.db.select().from(schema.trainingSession)).length).toBe(12 + 8 + 4);
  });

  it("adds a course from the form without JavaScript, keeping what was typed and naming the fields on a mistake", async () => {
    const fields: Array<[string, string]> = [
      ["titleEn", "IPS for Families"],
      ["titleEs", ""],
      ["form", "other"],
      ["contactHours", "6"],
      ["questionRows", "1"],
      ["questions.0.kind", "choice"],
      ["questions.0.labelEn", "Who do you support?"],
      ["questions.0.labelEs", "¿A quién apoyas?"],
      ["questions.0.options", "A parent | Una madre o un padre\nA partner | Mi pareja"],
      ["ceCategories.1.hours", "1,5"],
    ];
    const more = await post("/admin/courses/new", [...fields, ["intent", "more-questions"]]);
    expect(more.status).toBe(200);
    expect(more.html).toContain('name="questions.1.labelEn"');
    expect(more.html).toContain("Who do you support?");

    const wrong = await post("/admin/courses/new", fields);
    expect(wrong.status).toBe(400);
    expect(wrong.html).toContain("Enter the title");
    expect(wrong.html).toMatch(/id="field-titleEs"[^>]*aria-invalid="true"/);
    expect(wrong.html).toContain("A parent | Una madre o un padre");

    const saved = await post(
      "/admin/courses/new",
      fields.map(([name, value]) => [name, name === "titleEs" ? "IPS para familias" : value]),
    );
    expect(saved.status).toBe(302);
    const [course] = await services.db.select().from(schema.course).where(eq(schema.course.slug, "ips-for-families"));
    expect(saved.location).toBe(`/admin/courses/${course!.id}?done=created`);
    expect(course).toMatchObject({
      contactMinutes: 360,
      ceCategories: [{ category: "suicide_prevention", minutes: 90 }],
    });
    expect(course!.questions[0]!.options?.map((o) => o.labelEs)).toEqual(["Una madre o un padre", "Mi pareja"]);
    expect((await get(`/admin/courses/${course!.id}`)).html).toContain("IPS para familias");
  });

  it("schedules a session from the form in the session's time zone, then cancels it only with a reason", async () => {
    const [core] = await services.db.select().from(schema.course).where(eq(schema.course.slug, "ips-core-training"));
    const [maya] = await services.db.select().from(schema.user).where(eq(schema.user.email, "maya@example.org"));
    // A published session needs an active lead at its first meeting, four years out: an admin vouches for Maya, as
    // the staffing rules allow (an override with a written reason).
    await services.db
      .insert(schema.trainerStandingOverride)
      .values({ userId: maya!.id, status: "active", reason: "Leads the 2030 East Coast run", setAt: new Date() })
      .onConflictDoNothing();
    const form: Array<[string, string]> = [
      ["courseId", core!.id],
      ["status", "published"],
      ["timeZone", "America/New_York"],
      ["meetingRows", "3"],
      ["meetings.0.date", "2030-11-04"],
      ["meetings.0.startTime", "09:00"],
      ["meetings.0.endTime", "16:30"],
      ["meetings.0.breaks", "12:00-12:30"],
      ["format", "in_person"],
      ["language", "en"],
      ["venueName", "Harbor Hall"],
      ["venueAddress", ""],
      ["capacity", "14"],
      ["offerHoldHours", "48"],
      ["cancelCutoffHours", "24"],
      ["priceTiers.3.offered", "on"],
      [`trainer.${maya!.id}`, "lead"],
    ];
    const wrong = await post("/admin/sessions/new", form);
    expect(wrong.status).toBe(400);
    expect(wrong.html).toContain("Enter the venue&#x27;s address");
    expect(wrong.html).toContain('value="Harbor Hall"');
    const saved = await post(
      "/admin/sessions/new",
      form.map(([n, v]) => [n, n === "venueAddress" ? "1 Pier Rd, Portland, ME" : v]),
    );
    expect(saved.status).toBe(302);
    const sessionId = saved.location!.match(/\/admin\/sessions\/([^?]+)/)![1]!;
    const [meeting] = await services.db
      .select()
      .from(schema.sessionMeeting)
      .where(eq(schema.sessionMeeting.sessionId, sessionId));
    expect(meeting!.startsAt.toISOString()).toBe("2030-11-04T14:00:00.000Z");

    const page = await get(`/admin/sessions/${sessionId}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('value="2030-11-04"');
    expect(page.html).toContain("Cancel the session");
    const noReason = await post(`/admin/sessions/${sessionId}`, [
      ["intent", "cancel"],
      ["reason", ""],
    ]);
    expect(noReason.status).toBe(400);
    expect(noReason.html).toContain("Write the reason people will read");
    const cancelled = await post(`/admin/sessions/${sessionId}`, [
      ["intent", "cancel"],
      ["reason", "The venue flooded."],
    ]);
    expect(cancelled).toMatchObject({ status: 302, location: `/admin/sessions/${sessionId}?done=cancelled` });
    const list = await get("/admin/sessions?status=cancelled&when=all");
    expect(list.html).toContain(`/admin/sessions/${sessionId}`);
  });

  it("words the latest actions for people on the overview and in the audit log, in both languages; an older code shows as stored", async () => {
    await recordAudit(
      services.db,
      { userId: null, label: "test" },
      { action: "credential.issue", targetType: "credential", targetId: "words-check" },
    );
    // A code written before the list of codes existed has no sentence: it still shows, as it was stored.
    await services.db.insert(schema.auditEvent).values({ action: "legacy.thing_done", targetType: "test" });
    // A signed-in person's pages are in the language of their account.
    const inLanguage = async (path: string, locale: "en" | "es") => {
      await services.db.update(schema.user).set({ locale }).where(eq(schema.user.email, "admin@example.org"));
      return (await fetch(`${http.url}${path}`, { headers: { cookie } })).text();
    };

    const english = await inLanguage("/admin", "en");
    expect(english).toContain('<span title="credential.issue">Issued a credential</span>');
    expect(english).not.toContain("<code>credential.issue</code>");
    expect(english).toContain("<code>legacy.thing_done</code>");
    const spanish = await inLanguage("/admin", "es");
    expect(spanish).toContain('<span title="credential.issue">Emitió una credencial</span>');
    expect(spanish).toContain("<code>legacy.thing_done</code>");

    // The log keeps the code in sight below the sentence: its filter takes codes.
    const log = await inLanguage("/admin/audit?action=credential.issue", "es");
    expect(log).toContain('Emitió una credencial<code class="muted block">credential.issue</code>');
    expect(log).not.toContain("legacy.thing_done");
    await inLanguage("/admin", "en");
  });
});
