// The registration endpoints of API v1 on both engines, over real HTTP: register, the line, offers, the roster, decisions.
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { createPersonalAccessToken } from "#features/tokens/personal-access-tokens.ts";
import { createApiRouter } from "#api/router.ts";
import { API_BASE_PATH, endpointTable } from "#api/endpoint-table.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { seedCourse, seedPeople, seedSession } from "../support/catalog.ts";

type Answer = { status: number; headers: Headers; json: any };

const system = { userId: null, label: "test" };

function expectProblem(answer: Answer, status: number, kind: string) {
  expect(answer.status, JSON.stringify(answer.json)).toBe(status);
  expect(answer.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  expect(answer.json).toMatchObject({ status, type: expect.stringMatching(new RegExp(`/api/docs#problem-${kind}$`)) });
}

describe.each(enginesUnderTest())("registration API on %s", (engine) => {
  let services: TestServices;
  let server: Server;
  let base: string;
  let admin: Viewer & { token: string };
  let trainer: Viewer & { token: string };
  let otherTrainer: Viewer & { token: string };
  let partner: Viewer & { token: string };
  let organizationId: string;

  async function api(path: string, options: { token?: string; body?: unknown; method?: string } = {}): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(`${base}${API_BASE_PATH}${path}`, {
      method: options.method ?? (options.body !== undefined ? "POST" : "GET"),
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
  }
  const post = (path: string, token: string | undefined, body: unknown = {}) => api(path, { token, body });

  async function people(
    count: number,
    prefix: string,
    role?: "admin" | "trainer" | "partner_admin",
  ): Promise<Array<Viewer & { token: string }>> {
    const seeded = await seedPeople(services.db, count, prefix);
    if (role) {
      await services.db.insert(schema.roleGrant).values(
        seeded.map((person) => ({
          userId: person.userId,
          role,
          organizationId: role === "partner_admin" ? organizationId : null,
        })),
      );
    }
    return Promise.all(
      seeded.map(async (person) => ({
        ...person,
        token: (
          await createPersonalAccessToken(services.db, {
            userId: person.userId,
            name: "test",
            expiresAt: null,
            actor: system,
          })
        ).token,
      })),
    );
  }

  async function sessionWith(
    options: {
      capacity?: number;
      course?: Parameters<typeof seedCourse>[1];
      session?: Parameters<typeof seedSession>[2];
    } = {},
  ) {
    const course = await seedCourse(services.db, options.course);
    const session = await seedSession(services.db, course.id, {
      ...options.session,
      overrides: { capacity: options.capacity ?? 10, ...options.session?.overrides },
    });
    await services.db
      .insert(schema.sessionTrainer)
      .values({ sessionId: session.id, userId: trainer.userId, role: "lead" });
    return { course, session };
  }

  beforeAll(async () => {
    services = await createTestServices(engine);
    const [organization] = await services.db
      .insert(schema.organization)
      .values({ slug: `river-${engine}`, name: "River Peers" })
      .returning();
    organizationId = organization!.id;
    admin = (await people(1, "admin", "admin"))[0]!;
    const trainers = await people(2, "trainer", "trainer");
    trainer = trainers[0]!;
    otherTrainer = trainers[1]!;
    partner = (await people(1, "partner", "partner_admin"))[0]!;
    const app = express().use(API_BASE_PATH, createApiRouter(services));
    server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await services?.close();
  });

  describe("POST /sessions/{id}/registrations", () => {
    it("gives a seat with a Location that resolves, a place in line when full, and 409 to the same person twice", async () => {
      const { session } = await sessionWith({ capacity: 1 });
      const [first, second, third] = await people(3, "reg");
      const seat = await post(`/sessions/${session.id}/registrations`, first!.token, { pronouns: "she/her" });
      expect(seat.status, JSON.stringify(seat.json)).toBe(201);
      expect(seat.json).toEqual({ id: expect.any(String), sessionId: session.id, status: "confirmed" });
      expect(seat.headers.get("location")).toBe(`${API_BASE_PATH}/registrations/${seat.json.id}`);
      const shown = await api(seat.headers.get("location")!.slice(API_BASE_PATH.length), { token: first!.token });
      expect(shown.status).toBe(200);
      expect(shown.json).toMatchObject({
        id: seat.json.id,
        sessionId: session.id,
        userId: first!.userId,
        status: "confirmed",
        offerExpiresAt: null,
      });
      expect(shown.json.waitlistPosition).toBeUndefined();

      const waiting = await post(`/sessions/${session.id}/registrations`, second!.token);
      expect(waiting.status).toBe(201);
      expect(waiting.json).toMatchObject({ status: "waitlisted", waitlistPosition: 1 });
      expect((await post(`/sessions/${session.id}/registrations`, third!.token)).json).toMatchObject({
        status: "waitlisted",
        waitlistPosition: 2,
      });

      const twice = await post(`/sessions/${session.id}/registrations`, first!.token);
      expectProblem(twice, 409, "conflict");
      expect(twice.json.detail).toMatch(/already have a place/);
      const rows = await services.db
        .select()
        .from(schema.registration)
        .where(eq(schema.registration.sessionId, session.id));
      expect(rows).toHaveLength(3);
      // Someone else's registration is not theirs to read; the session's trainer may read it.
      expectProblem(await api(`/registrations/${seat.json.id}`, { token: second!.token }), 403, "forbidden");
      expect((await api(`/registrations/${seat.json.id}`, { token: trainer.token })).status).toBe(200);
      expect((await api(`/registrations/${waiting.json.id}`, { token: second!.token })).json).toMatchObject({
        status: "waitlisted",
        waitlistPosition: 1,
      });
    });

    it("answers 401 without a token, 404 for an unknown or draft session, and checks the body's shape", async () => {
      const { session } = await sessionWith();
      const [person] = await people(1, "anon");
      const anonymous = await post(`/sessions/${session.id}/registrations`, undefined);
      expectProblem(anonymous, 401, "unauthorized");
      expect(anonymous.headers.get("www-authenticate")).toContain("Bearer");
      expectProblem(await post(`/sessions/no-such-session/registrations`, person!.token), 404, "not-found");
      const { session: draft } = await sessionWith({ session: { overrides: { status: "draft" } } });
      expectProblem(await post(`/sessions/${draft.id}/registrations`, person!.token), 404, "not-found");
      const shape = await post(`/sessions/${session.id}/registrations`, person!.token, {
        amountCents: "lots",
        colour: "blue",
      });
      expectProblem(shape, 422, "invalid");
      expect(shape.json.errors.map((error: { path: string }) => error.path).sort()).toEqual(["amountCents", "colour"]);
      expect(
        await services.db.select().from(schema.registration).where(eq(schema.registration.sessionId, session.id)),
      ).toHaveLength(0);
    });

    it("names each unanswered or wrong answer at answers.<questionId> with 422", async () => {
      const { session } = await sessionWith({
        course: {
          questions: [
            { id: "why", kind: "text", labelEn: "Why?", labelEs: "¿Por qué?", required: true, sensitive: false },
            {
              id: "size",
              kind: "choice",
              labelEn: "Size",
              labelEs: "Talla",
              required: false,
              sensitive: false,
              options: [
                { value: "s", labelEn: "S", labelEs: "S" },
                { value: "m", labelEn: "M", labelEs: "M" },
              ],
            },
          ],
        },
      });
      const [person] = await people(1, "answers");
      const answer = await post(`/sessions/${session.id}/registrations`, person!.token, { answers: { size: "xxl" } });
      expectProblem(answer, 422, "invalid");
      expect(answer.json.errors).toEqual([
        { path: "answers.why", message: "Please answer this question." },
        { path: "answers.size", message: "Choose one of the options." },
      ]);
      const fixed = await post(`/sessions/${session.id}/registrations`, person!.token, {
        answers: { why: "To listen better", size: "m" },
      });
      expect(fixed.status).toBe(201);
    });

    it("refuses with 409 when registration is closed, and names the missing prerequisite courses", async () => {
      const { session: closed } = await sessionWith({
        session: { overrides: { registrationClosesAt: new Date(Date.now() - 3_600_000) } },
      });
      const [person] = await people(1, "late");
      const late = await post(`/sessions/${closed.id}/registrations`, person!.token);
      expectProblem(late, 409, "conflict");
      expect(late.json.detail).toBe("Registration for this session has closed.");

      const overview = await seedCourse(services.db, { titleEn: "IPS Overview", titleEs: "Introducción a IPS" });
      const { course, session } = await sessionWith({ course: { titleEn: "IPS Advanced" } });
      await services.db
        .insert(schema.coursePrerequisite)
        .values({ courseId: course.id, requiredCourseId: overview.id });
      const missing = await post(`/sessions/${session.id}/registrations`, person!.token);
      expectProblem(missing, 409, "conflict");
      expect(missing.json.detail).toBe("This training asks that you first complete: IPS Overview.");
    });

    it("lets an admin register someone else, and a partner admin their organization's staff, but not a participant", async () => {
      const { session } = await sessionWith();
      const [caller, walkIn, staff] = await people(3, "behalf");
      const refused = await post(`/sessions/${session.id}/registrations`, caller!.token, { userId: walkIn!.userId });
      expectProblem(refused, 403, "forbidden");
      const byAdmin = await post(`/sessions/${session.id}/registrations`, admin.token, { userId: walkIn!.userId });
      expect(byAdmin.status).toBe(201);
      const [row] = await services.db
        .select()
        .from(schema.registration)
        .where(eq(schema.registration.id, byAdmin.json.id));
      expect(row).toMatchObject({ userId: walkIn!.userId, registeredBy: admin.userId, status: "confirmed" });
      expectProblem(
        await post(`/sessions/${session.id}/registrations`, admin.token, { userId: walkIn!.userId }),
        409,
        "conflict",
      );
      expectProblem(
        await post(`/sessions/${session.id}/registrations`, admin.token, { userId: "no-such-person" }),
        404,
        "not-found",
      );

      expectProblem(
        await post(`/sessions/${session.id}/registrations`, partner.token, { userId: staff!.userId }),
        403,
        "forbidden",
      );
      // Only staff linked to the organization with their consent (issue 14, item 1): refused alike before the link.
      const unlinked = await post(`/sessions/${session.id}/registrations`, partner.token, {
        userId: staff!.userId,
        organizationId,
      });
      expectProblem(unlinked, 403, "forbidden");
      expectProblem(
        await post(`/sessions/${session.id}/registrations`, partner.token, {
          userId: "no-such-person",
          organizationId,
        }),
        403,
        "forbidden",
      );
      await services.db.insert(schema.staffLink).values({
        organizationId,
        email: staff!.email.toLowerCase(),
        userId: staff!.userId,
        status: "active",
      });
      const byPartner = await post(`/sessions/${session.id}/registrations`, partner.token, {
        userId: staff!.userId,
        organizationId,
      });
      expect(byPartner.status).toBe(201);
      // The partner admin who registered them may read it; the person registered may too.
      expect((await api(`/registrations/${byPartner.json.id}`, { token: partner.token })).json).toMatchObject({
        userId: staff!.userId,
        organizationId,
      });
      expect((await api(`/registrations/${byPartner.json.id}`, { token: staff!.token })).status).toBe(200);
    });
  });

  describe("the line: /me/registrations, cancel, accept, decline", () => {
    it("cancels a seat, offers it to the first in line, who accepts and then sees the join details", async () => {
      const { session } = await sessionWith({ capacity: 1 });
      const [holder, next, after] = await people(3, "line");
      const held = await post(`/sessions/${session.id}/registrations`, holder!.token);
      const waiting = await post(`/sessions/${session.id}/registrations`, next!.token);
      const later = await post(`/sessions/${session.id}/registrations`, after!.token);

      const mine = await api("/me/registrations", { token: next!.token });
      expect(mine.status).toBe(200);
      expect(mine.json.registrations).toEqual([
        expect.objectContaining({
          id: waiting.json.id,
          status: "waitlisted",
          waitlistPosition: 1,
          join: null,
          session: expect.objectContaining({
            id: session.id,
            title: { en: "Core Training", es: "Capacitación básica" },
          }),
        }),
      ]);
      expect((await api("/me/registrations", { token: holder!.token })).json.registrations[0].join).toEqual({
        url: "https://meet.example.org/ips-core",
        details: null,
        detailsLocalized: { en: "", es: "" },
      });

      expectProblem(await post(`/registrations/${held.json.id}/cancel`, next!.token), 403, "forbidden");
      expectProblem(await post(`/registrations/${held.json.id}/cancel`, undefined), 401, "unauthorized");
      const cancelled = await post(`/registrations/${held.json.id}/cancel`, holder!.token, {
        reason: "A family matter",
      });
      expect(cancelled.status).toBe(200);
      expect(cancelled.json).toEqual({ id: held.json.id, status: "cancelled" });
      expectProblem(await post(`/registrations/${held.json.id}/cancel`, holder!.token), 409, "conflict");

      const offered = (await api("/me/registrations", { token: next!.token })).json.registrations[0];
      expect(offered).toMatchObject({ status: "offered", offerExpiresAt: expect.any(String), join: null });
      expectProblem(await post(`/registrations/${waiting.json.id}/accept`, after!.token), 403, "forbidden");
      expectProblem(await post(`/registrations/${later.json.id}/accept`, after!.token), 409, "conflict");
      const accepted = await post(`/registrations/${waiting.json.id}/accept`, next!.token);
      expect(accepted.status).toBe(200);
      expect(accepted.json).toEqual({ id: waiting.json.id, status: "confirmed" });
      expect((await api("/me/registrations", { token: next!.token })).json.registrations[0]).toMatchObject({
        status: "confirmed",
        join: { url: "https://meet.example.org/ips-core" },
      });
      expect((await api(`/registrations/${later.json.id}`, { token: after!.token })).json).toMatchObject({
        status: "waitlisted",
        waitlistPosition: 1,
      });
    });

    it("declines an offer, which passes to the next in line; without an offer, decline is 409", async () => {
      const { session } = await sessionWith({ capacity: 1 });
      const [holder, next, after] = await people(3, "decline");
      const held = await post(`/sessions/${session.id}/registrations`, holder!.token);
      const waiting = await post(`/sessions/${session.id}/registrations`, next!.token);
      const later = await post(`/sessions/${session.id}/registrations`, after!.token);
      expectProblem(await post(`/registrations/${waiting.json.id}/decline`, next!.token), 409, "conflict");
      await post(`/registrations/${held.json.id}/cancel`, holder!.token);
      const declined = await post(`/registrations/${waiting.json.id}/decline`, next!.token);
      expect(declined.status).toBe(200);
      expect(declined.json).toEqual({ id: waiting.json.id, status: "declined" });
      expect((await api(`/registrations/${later.json.id}`, { token: after!.token })).json.status).toBe("offered");
      expectProblem(await post(`/registrations/no-such-registration/decline`, next!.token), 404, "not-found");
    });
  });

  describe("GET /sessions/{id}/registrations", () => {
    it("shows the roster with sensitive answers to the session's trainer and need statements only to admins; refuses others", async () => {
      const { session } = await sessionWith({
        capacity: 1,
        course: {
          questions: [
            {
              id: "history",
              kind: "text",
              labelEn: "Your story",
              labelEs: "Tu historia",
              required: false,
              sensitive: true,
            },
          ],
        },
      });
      const [first, second] = await people(2, "roster");
      await post(`/sessions/${session.id}/registrations`, first!.token, {
        answers: { history: "Private words" },
        accommodations: "Step-free entry",
      });
      await post(`/sessions/${session.id}/registrations`, second!.token, {
        scholarship: { needStatement: "Between jobs" },
      });

      const byTrainer = await api(`/sessions/${session.id}/registrations`, { token: trainer.token });
      expect(byTrainer.status).toBe(200);
      expect(byTrainer.json.sessionId).toBe(session.id);
      expect(byTrainer.json.registrations).toEqual([
        expect.objectContaining({
          userId: first!.userId,
          status: "confirmed",
          answers: { history: "Private words" },
          accommodations: "Step-free entry",
          scholarship: null,
        }),
        expect.objectContaining({
          userId: second!.userId,
          status: "waitlisted",
          waitlistPosition: 1,
          scholarship: expect.objectContaining({ status: "requested", needStatement: null }),
        }),
      ]);
      const byAdmin = await api(`/sessions/${session.id}/registrations`, { token: admin.token });
      expect(byAdmin.json.registrations[1].scholarship.needStatement).toBe("Between jobs");

      expectProblem(
        await api(`/sessions/${session.id}/registrations`, { token: otherTrainer.token }),
        403,
        "forbidden",
      );
      expectProblem(await api(`/sessions/${session.id}/registrations`, { token: first!.token }), 403, "forbidden");
      expectProblem(await api(`/sessions/${session.id}/registrations`, { token: partner.token }), 403, "forbidden");
      expectProblem(await api(`/sessions/${session.id}/registrations`), 401, "unauthorized");
      expectProblem(await api(`/sessions/no-such-session/registrations`, { token: admin.token }), 404, "not-found");
    });
  });

  describe("POST /registrations/{id}/approve and /deny", () => {
    it("lets an admin approve an application into a seat or the line and decline another; a participant gets 403", async () => {
      const { session } = await sessionWith({ capacity: 1, course: { requiresApproval: true } });
      const [one, two, three] = await people(3, "apply");
      const applications = [];
      for (const person of [one, two, three]) {
        const applied = await post(`/sessions/${session.id}/registrations`, person!.token);
        expect(applied.status).toBe(201);
        expect(applied.json).toEqual({ id: expect.any(String), sessionId: session.id, status: "pending_approval" });
        applications.push(applied.json.id as string);
      }
      expectProblem(await post(`/registrations/${applications[0]}/approve`, one!.token), 403, "forbidden");
      expectProblem(await post(`/registrations/${applications[0]}/approve`, undefined), 401, "unauthorized");
      expectProblem(await post(`/registrations/${applications[0]}/deny`, trainer.token), 403, "forbidden");

      const seat = await post(`/registrations/${applications[0]}/approve`, admin.token, { message: "Welcome!" });
      expect(seat.status).toBe(200);
      expect(seat.json).toEqual({ id: applications[0], status: "confirmed" });
      const line = await post(`/registrations/${applications[1]}/approve`, admin.token);
      expect(line.json).toEqual({ id: applications[1], status: "waitlisted", waitlistPosition: 1 });
      expectProblem(await post(`/registrations/${applications[0]}/approve`, admin.token), 409, "conflict");

      const denied = await post(`/registrations/${applications[2]}/deny`, admin.token, {
        message: "This run is for Oregon staff.",
      });
      expect(denied.json).toEqual({ id: applications[2], status: "denied" });
      const [row] = await services.db
        .select()
        .from(schema.registration)
        .where(eq(schema.registration.id, applications[2]!));
      expect(row).toMatchObject({
        status: "denied",
        decidedBy: admin.userId,
        decisionNote: "This run is for Oregon staff.",
      });
      expectProblem(await post(`/registrations/${applications[2]}/deny`, admin.token), 409, "conflict");
      expectProblem(await post(`/registrations/no-such-registration/approve`, admin.token), 404, "not-found");
    });
  });

  it("documents every registration endpoint in the OpenAPI document, under Registrations, with its refusals", async () => {
    const document = (await api("/openapi.json")).json;
    const rows = endpointTable.filter((row) => row.path.includes("registrations"));
    expect(rows.map((row) => row.operationId).sort()).toEqual(
      [
        "acceptOffer",
        "approveRegistration",
        "cancelRegistration",
        "createRegistration",
        "declineOffer",
        "denyRegistration",
        "listMyRegistrations",
        "listSessionRegistrations",
        "showRegistration",
      ].sort(),
    );
    for (const row of rows) {
      const operation = document.paths[row.path][row.method];
      expect(operation.tags).toEqual(["Registrations"]);
      expect(Object.keys(operation.responses)).toContain("401");
    }
    const register = document.paths["/sessions/{id}/registrations"].post;
    expect(Object.keys(register.responses).sort()).toEqual(["201", "400", "401", "403", "404", "409", "415", "422"]);
    expect(register.description).toMatch(/consent/i);
    expect(register.responses["201"].headers.Location).toBeDefined();
    expect(document.paths["/registrations/{id}/approve"].post["x-access"]).toBe("admin");
  });
});
