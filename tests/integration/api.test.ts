// The JSON API v1 on both engines, over real HTTP: tokens, access levels, problem+json errors and the OpenAPI document.
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import pg from "pg";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { schema } from "#db/client.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { createPersonalAccessToken } from "#features/tokens/personal-access-tokens.ts";
import { requestPasswordReset } from "#features/accounts/request-password-reset.ts";
import { resetPassword } from "#features/accounts/reset-password.ts";
import { changePassword } from "#features/accounts/change-password.ts";
import { sessionCookie } from "../support/http.ts";
import { createApiRouter, type ApiRouterOptions } from "#api/router.ts";
import { API_BASE_PATH, endpointTable } from "#api/endpoint-table.ts";

const PASSWORD = "correct horse battery";

type Call = { method?: string; token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> };
type Answer = { status: number; headers: Headers; json: any; text: string };

async function listen(
  services: TestServices,
  options?: ApiRouterOptions,
): Promise<{ url: string; close(): Promise<void> }> {
  const app = express().use(API_BASE_PATH, createApiRouter(services, options));
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function caller(base: () => string) {
  return async (path: string, call: Call = {}): Promise<Answer> => {
    const headers: Record<string, string> = { ...call.headers };
    if (call.token) headers.authorization = `Bearer ${call.token}`;
    let body: string | undefined = call.rawBody;
    if (call.body !== undefined) {
      headers["content-type"] ??= "application/json";
      body = JSON.stringify(call.body);
    }
    const response = await fetch(`${base()}${API_BASE_PATH}${path}`, {
      method: call.method ?? (body ? "POST" : "GET"),
      headers,
      body,
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, json, text };
  };
}

function expectProblem(answer: Answer, status: number, kind: string) {
  expect(answer.status).toBe(status);
  expect(answer.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  expect(answer.json).toMatchObject({
    status,
    type: expect.stringMatching(new RegExp(`/api/docs#problem-${kind}$`)),
    title: expect.any(String),
  });
}

describe.each(enginesUnderTest())("JSON API v1 on %s", (engine) => {
  let services: TestServices;
  let server: { url: string; close(): Promise<void> };
  const api = caller(() => server.url);
  let adminId: string;
  let adminToken: string;
  let participantToken: string;
  let organizationId: string;

  beforeAll(async () => {
    // A small per-account limit so the limit is reachable; the per-address limit stays out of the way of other cases.
    services = await createTestServices(engine, {
      RATE_LIMIT_SIGNIN_PER_ACCOUNT: "3",
      RATE_LIMIT_SIGNIN_PER_IP: "1000",
    });
    const system = { userId: null, label: "test" };
    const admin = await createAccount(
      services.db,
      {
        email: "ana@example.org",
        name: "Ana Admin",
        password: PASSWORD,
        roles: [{ role: "admin", organizationId: null }],
      },
      system,
    );
    adminId = admin.id;
    const participant = await createAccount(
      services.db,
      { email: "sam@example.org", name: "Sam Taylor", password: PASSWORD, pronouns: "they/them" },
      system,
    );
    adminToken = (
      await createPersonalAccessToken(services.db, { userId: admin.id, name: "test", expiresAt: null, actor: system })
    ).token;
    participantToken = (
      await createPersonalAccessToken(services.db, {
        userId: participant.id,
        name: "test",
        expiresAt: null,
        actor: system,
      })
    ).token;
    const [organization] = await services.db
      .insert(schema.organization)
      .values({ slug: "river-peers", name: "River Peers" })
      .returning();
    organizationId = organization!.id;
    server = await listen(services);
  });
  afterAll(async () => {
    await server?.close();
    await services?.close();
  });

  describe("POST /auth/token", () => {
    it("issues a 30-day token for the right password, which then works on /me, without opening a session", async () => {
      const before = services.now().getTime();
      const issued = await api("/auth/token", { body: { email: "Sam@Example.org", password: PASSWORD } });
      expect(issued.status).toBe(201);
      expect(issued.headers.get("content-type")).toMatch(/^application\/json/);
      expect(issued.headers.get("cache-control")).toBe("no-store");
      expect(issued.json.token).toMatch(/^iph_/);
      const days = (Date.parse(issued.json.expiresAt) - before) / 86_400_000;
      expect(days).toBeGreaterThan(29.99);
      expect(days).toBeLessThan(30.01);

      const me = await api("/me", { token: issued.json.token });
      expect(me.status).toBe(200);
      expect(me.headers.get("cache-control")).toBe("no-store");
      expect(me.json).toEqual({
        id: expect.any(String),
        email: "sam@example.org",
        name: "Sam Taylor",
        pronouns: "they/them",
        locale: "en",
        timeZone: "America/Los_Angeles",
        roles: [{ role: "participant", organizationId: null }],
      });
      const sessions = await services.db.select().from(schema.session).where(eq(schema.session.userId, me.json.id));
      expect(sessions).toHaveLength(0);

      const tokens = await api("/me/tokens", { token: issued.json.token });
      expect(tokens.status).toBe(200);
      expect(tokens.json.tokens.map((t: { name: string }) => t.name)).toContain("API sign-in");
      expect(JSON.stringify(tokens.json)).not.toContain(issued.json.token);
    });

    it("answers a wrong password and an unknown email with the same 401", async () => {
      const wrong = await api("/auth/token", { body: { email: "ana@example.org", password: "not the password" } });
      const unknown = await api("/auth/token", { body: { email: "nobody@example.org", password: "not the password" } });
      expectProblem(wrong, 401, "unauthorized");
      expect(unknown.status).toBe(401);
      expect(unknown.text).toBe(wrong.text);
      expect(wrong.headers.get("www-authenticate")).toMatch(/^Bearer/);
    });

    it("refuses a person whose email is not confirmed, but only once the password is right", async () => {
      await services.auth.api.signUpEmail({
        body: { name: "Una Confirmed", email: "una@example.org", password: PASSWORD },
      });
      const right = await api("/auth/token", { body: { email: "una@example.org", password: PASSWORD } });
      expectProblem(right, 403, "forbidden");
      expect(right.json.detail).toMatch(/confirm/i);
      const wrong = await api("/auth/token", { body: { email: "una@example.org", password: "not the password" } });
      expectProblem(wrong, 401, "unauthorized");
    });

    it("limits attempts per account with 429 and Retry-After", async () => {
      const attempt = () => api("/auth/token", { body: { email: "limited@example.org", password: "guess" } });
      // Three wrong passwords cost nothing; the fourth makes the next try wait.
      for (let i = 0; i < 4; i++) expect((await attempt()).status).toBe(401);
      const limited = await attempt();
      expectProblem(limited, 429, "rate-limited");
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    });

    it("validates the body: invalid fields 422, broken JSON 400, other formats 415", async () => {
      const invalid = await api("/auth/token", { body: { email: "not-an-email" } });
      expectProblem(invalid, 422, "invalid");
      expect(invalid.json.errors).toEqual([
        { path: "email", message: expect.any(String) },
        { path: "password", message: "This field is required" },
      ]);
      const broken = await api("/auth/token", {
        rawBody: '{"email": ',
        headers: { "content-type": "application/json" },
      });
      expectProblem(broken, 400, "malformed-request");
      const form = await api("/auth/token", {
        rawBody: "email=a&password=b",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      expectProblem(form, 415, "unsupported-media-type");
    });
  });

  describe("authentication", () => {
    it("answers /me without a token with 401 problem+json and a Bearer challenge", async () => {
      const answer = await api("/me");
      expectProblem(answer, 401, "unauthorized");
      expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(answer.json.instance).toBe(`${API_BASE_PATH}/me`);
    });

    it("answers an unknown token with invalid_token", async () => {
      const answer = await api("/me", { token: "iph_not-a-real-token" });
      expectProblem(answer, 401, "unauthorized");
      expect(answer.headers.get("www-authenticate")).toContain('error="invalid_token"');
    });

    it("stops a revoked token at once, and cannot revoke someone else's", async () => {
      const issued = await api("/auth/token", { body: { email: "ana@example.org", password: PASSWORD } });
      const { tokens } = (await api("/me/tokens", { token: issued.json.token })).json;
      const current = tokens.find(
        (t: { lastFour: string; revokedAt: string | null }) => issued.json.token.endsWith(t.lastFour) && !t.revokedAt,
      );

      const notMine = await api(`/me/tokens/${current.id}`, { method: "DELETE", token: participantToken });
      expectProblem(notMine, 404, "not-found");

      const revoked = await api(`/me/tokens/${current.id}`, { method: "DELETE", token: issued.json.token });
      expect(revoked.status).toBe(204);
      expect(revoked.text).toBe("");
      expectProblem(await api("/me", { token: issued.json.token }), 401, "unauthorized");
      expect((await api("/me", { token: adminToken })).status).toBe(200);
    });
  });

  describe("POST /users", () => {
    it("lets an admin add a person: 201, the person, a Location that resolves, and an audit row with address and request id", async () => {
      const created = await api("/users", {
        token: adminToken,
        body: { email: "Rosa@Example.org", name: "Rosa Martínez", roles: ["trainer"], locale: "es" },
      });
      expect(created.status).toBe(201);
      expect(created.json).toEqual({
        id: expect.any(String),
        email: "rosa@example.org",
        name: "Rosa Martínez",
        pronouns: null,
        locale: "es",
        timeZone: "America/Los_Angeles",
        roles: [{ role: "trainer", organizationId: null }],
      });
      expect(created.text).not.toMatch(/password/i);
      const location = created.headers.get("location");
      expect(location).toBe(`${API_BASE_PATH}/users/${created.json.id}`);
      const shown = await api(location!.slice(API_BASE_PATH.length), { token: adminToken });
      expect(shown.status).toBe(200);
      expect(shown.json).toEqual(created.json);

      const [audit] = await services.db
        .select()
        .from(schema.auditEvent)
        .where(and(eq(schema.auditEvent.action, "person.create"), eq(schema.auditEvent.targetId, created.json.id)));
      expect(audit).toMatchObject({
        actorId: adminId,
        ip: expect.stringContaining("127.0.0.1"),
        requestId: expect.stringMatching(/^[\w-]{8,}$/),
      });
    });

    it("creates a person with a password who can then get a token, and a partner admin with an organization", async () => {
      const created = await api("/users", {
        token: adminToken,
        body: {
          email: "jo@example.org",
          name: "Jo",
          password: "long enough password",
          roles: [{ role: "partner_admin", organizationId }, "participant"],
        },
      });
      expect(created.status).toBe(201);
      expect(created.json.roles).toEqual(
        expect.arrayContaining([
          { role: "partner_admin", organizationId },
          { role: "participant", organizationId: null },
        ]),
      );
      expect(
        (await api("/auth/token", { body: { email: "jo@example.org", password: "long enough password" } })).status,
      ).toBe(201);
    });

    it("refuses a participant with 403 and a stranger with 401", async () => {
      const body = { email: "x@example.org", name: "X" };
      expectProblem(await api("/users", { token: participantToken, body }), 403, "forbidden");
      expectProblem(await api("/users", { body }), 401, "unauthorized");
      expect((await services.db.select().from(schema.user).where(eq(schema.user.email, "x@example.org"))).length).toBe(
        0,
      );
    });

    it("answers a duplicate email with 409", async () => {
      const duplicate = await api("/users", {
        token: adminToken,
        body: { email: "SAM@example.org", name: "Another Sam" },
      });
      expectProblem(duplicate, 409, "conflict");
      expect(duplicate.json.errors).toEqual([{ path: "email", message: expect.any(String) }]);
    });

    it("answers invalid input with 422 and one entry per field", async () => {
      const badEmail = await api("/users", { token: adminToken, body: { email: "not an email", name: "Someone" } });
      expectProblem(badEmail, 422, "invalid");
      expect(badEmail.json.errors).toEqual([
        { path: "email", message: "Enter an email address like name@example.org" },
      ]);

      const several = await api("/users", {
        token: adminToken,
        body: { email: "ok@example.org", password: "short", nickname: "x", roles: ["wizard"] },
      });
      expectProblem(several, 422, "invalid");
      const paths = several.json.errors.map((error: { path: string }) => error.path);
      expect(paths).toEqual(expect.arrayContaining(["name", "password", "nickname", "roles.0"]));

      const noOrganization = await api("/users", {
        token: adminToken,
        body: { email: "pa@example.org", name: "Pat", roles: ["partner_admin"] },
      });
      expectProblem(noOrganization, 422, "invalid");
      expect(noOrganization.json.errors).toEqual([{ path: "roles.0", message: expect.any(String) }]);

      const unknownOrganization = await api("/users", {
        token: adminToken,
        body: {
          email: "pb@example.org",
          name: "Pat",
          roles: [{ role: "partner_admin", organizationId: "no-such-org" }],
        },
      });
      expectProblem(unknownOrganization, 422, "invalid");
      expect(unknownOrganization.json.errors).toEqual([
        { path: "roles.0.organizationId", message: expect.any(String) },
      ]);

      const twice = await api("/users", {
        token: adminToken,
        body: { email: "pc@example.org", name: "Pat", roles: ["trainer", { role: "trainer" }] },
      });
      expectProblem(twice, 422, "invalid");
      expect(twice.json.errors).toEqual([{ path: "roles.1", message: expect.any(String) }]);

      // The same chosen-name limit as the profile page, so nobody is created with a name they could never save again.
      const longName = await api("/users", {
        token: adminToken,
        body: { email: "pd@example.org", name: "N".repeat(81) },
      });
      expectProblem(longName, 422, "invalid");
      expect(longName.json.errors).toEqual([{ path: "name", message: "A name has at most 80 characters" }]);

      const written = await services.db.select().from(schema.user).where(eq(schema.user.email, "pb@example.org"));
      expect(written).toHaveLength(0);
    });

    it("answers malformed JSON with 400, and only after checking access", async () => {
      const broken = { rawBody: "{not json", headers: { "content-type": "application/json" } };
      expectProblem(await api("/users", { ...broken, token: adminToken }), 400, "malformed-request");
      expectProblem(await api("/users", { ...broken, token: participantToken }), 403, "forbidden");
    });
  });

  describe("routing", () => {
    it("answers an unknown path with a 404 problem and a known path's other method with 405", async () => {
      expectProblem(await api("/nothing-here", { token: adminToken }), 404, "not-found");
      const wrongMethod = await api("/me", { method: "DELETE", token: adminToken });
      expectProblem(wrongMethod, 405, "method-not-allowed");
      expect(wrongMethod.headers.get("allow")).toBe("GET, HEAD");
    });

    it("refuses an endpoint whose row names no access level, even to an admin", async () => {
      const unguarded = await listen(services, {
        table: [{ method: "get", path: "/me", access: undefined as never, operationId: "showMe" }],
      });
      try {
        const answer = await caller(() => unguarded.url)("/me", { token: adminToken });
        expectProblem(answer, 403, "forbidden");
      } finally {
        await unguarded.close();
      }
    });
  });

  describe("GET /openapi.json", () => {
    it("is an OpenAPI 3.1 document describing every endpoint in the access table, with resolvable references", async () => {
      const answer = await api("/openapi.json");
      expect(answer.status).toBe(200);
      const document = answer.json;
      expect(document.openapi).toMatch(/^3\.1\.\d+$/);
      expect(document.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
      expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
      expect(document.components.schemas.Problem).toBeDefined();

      for (const row of endpointTable) {
        const operation = document.paths[row.path]?.[row.method];
        expect(operation, `${row.method.toUpperCase()} ${row.path} is documented`).toBeDefined();
        expect(operation.operationId).toBe(row.operationId);
        expect(operation["x-access"]).toBe(row.access);
        expect(operation.summary).toBeTruthy();
        expect(operation.security).toEqual(row.access === "public" ? [] : [{ bearerAuth: [] }]);
        const statuses = Object.keys(operation.responses);
        expect(statuses.some((status) => status.startsWith("2"))).toBe(true);
        if (row.access !== "public") expect(statuses).toContain("401");
        for (const status of statuses.filter((s) => Number(s) >= 400)) {
          expect(operation.responses[status].content["application/problem+json"].schema.$ref).toBe(
            "#/components/schemas/Problem",
          );
        }
        for (const name of row.path.match(/\{(\w+)\}/g) ?? []) {
          expect(operation.parameters.map((p: { name: string; in: string }) => `${p.in}:{${p.name}}`)).toContain(
            `path:${name}`,
          );
        }
      }
      expect(Object.keys(document.paths).sort()).toEqual([...new Set(endpointTable.map((row) => row.path))].sort());

      const references = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
      for (const reference of references) {
        const target = reference.slice('"$ref":"#/'.length, -1).split("/");
        expect(
          target.reduce((node: any, key) => node?.[key], document),
          reference,
        ).toBeDefined();
      }
    });

    it("documents the same required fields the API enforces", async () => {
      const document = (await api("/openapi.json")).json;
      expect(document.components.schemas.CreateUserRequest.required.sort()).toEqual(["email", "name"]);
      const missing = await api("/users", { token: adminToken, body: {} });
      expect(missing.json.errors.map((error: { path: string }) => error.path).sort()).toEqual(["email", "name"]);
    });
  });

  it("authenticates a token with the person and all their roles, refuses an expired one, and records its use off the request path", async () => {
    const system = { userId: null, label: "test" };
    const person = await createAccount(
      services.db,
      {
        email: "two-roles@example.org",
        name: "Tova Roles",
        password: PASSWORD,
        roles: [
          { role: "trainer", organizationId: null },
          { role: "partner_admin", organizationId },
        ],
      },
      system,
    );
    const live = await createPersonalAccessToken(services.db, {
      userId: person.id,
      name: "live",
      expiresAt: null,
      actor: system,
    });
    const me = await api("/me", { token: live.token });
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({ id: person.id, email: "two-roles@example.org", pronouns: null });
    expect(me.json.roles).toEqual([
      { role: "partner_admin", organizationId },
      { role: "trainer", organizationId: null },
    ]);

    const expired = await createPersonalAccessToken(services.db, {
      userId: person.id,
      name: "old",
      expiresAt: new Date(Date.now() - 1000),
      actor: system,
    });
    expectProblem(await api("/me", { token: expired.token }), 401, "unauthorized");

    const lastUsed = async () => {
      const [row] = await services.db
        .select({ at: schema.personalAccessToken.lastUsedAt })
        .from(schema.personalAccessToken)
        .where(eq(schema.personalAccessToken.id, live.id));
      return row!.at;
    };
    let first: Date | null = null;
    for (let tries = 0; tries < 50 && !first; tries++) {
      first = await lastUsed();
      if (!first) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(first).toBeInstanceOf(Date);
    // Within the minute, further requests do not write it again.
    expect((await api("/me", { token: live.token })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await lastUsed())!.getTime()).toBe(first!.getTime());
    expect((await api("/me", { token: expired.token })).status).toBe(401);
    const [old] = await services.db
      .select({ at: schema.personalAccessToken.lastUsedAt })
      .from(schema.personalAccessToken)
      .where(eq(schema.personalAccessToken.id, expired.id));
    expect(old!.at).toBeNull();
  });

  it("records the uses of many tokens within a moment together, as one write with one time", async () => {
    const system = { userId: null, label: "test" };
    const tokens = await Promise.all(
      ["a", "b", "c"].map(async (name) => {
        const person = await createAccount(
          services.db,
          { email: `batch-${name}@example.org`, name: `Batch ${name}`, password: PASSWORD },
          system,
        );
        return createPersonalAccessToken(services.db, { userId: person.id, name, expiresAt: null, actor: system });
      }),
    );
    const answers = await Promise.all(tokens.map((t) => api("/me", { token: t.token })));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const usedAt = async () =>
      (
        await services.db
          .select({ at: schema.personalAccessToken.lastUsedAt })
          .from(schema.personalAccessToken)
          .where(
            inArray(
              schema.personalAccessToken.id,
              tokens.map((t) => t.id),
            ),
          )
      ).map((row) => row.at?.getTime() ?? null);
    let times = await usedAt();
    for (let tries = 0; tries < 50 && times.includes(null); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      times = await usedAt();
    }
    expect(times).not.toContain(null);
    expect(new Set(times).size).toBe(1);
  });

  it.runIf(engine === "postgres")(
    "answers before recording that a token was used, even while that row is locked",
    async () => {
      const system = { userId: null, label: "test" };
      const person = await createAccount(
        services.db,
        { email: "locked-row@example.org", name: "Lee Locked", password: PASSWORD },
        system,
      );
      const created = await createPersonalAccessToken(services.db, {
        userId: person.id,
        name: "busy",
        expiresAt: null,
        actor: system,
      });
      const blocker = new pg.Client({ connectionString: services.testDatabase.url! });
      await blocker.connect();
      try {
        await blocker.query("begin");
        await blocker.query("select id from personal_access_token where id = $1 for update", [created.id]);
        const answer = await fetch(`${server.url}${API_BASE_PATH}/me`, {
          headers: { authorization: `Bearer ${created.token}` },
          signal: AbortSignal.timeout(3000),
        });
        expect(answer.status).toBe(200);
      } finally {
        await blocker.query("rollback");
        await blocker.end();
      }
    },
  );

  it("signs out a person's tokens when their password is reset or changed, so a stolen token stops working", async () => {
    const system = { userId: null, label: "test" };
    const email = "reset-tokens@example.org";
    const person = await createAccount(services.db, { email, name: "Rey Reset", password: PASSWORD }, system);
    const token = async () =>
      (
        await createPersonalAccessToken(services.db, {
          userId: person.id,
          name: "report",
          expiresAt: null,
          actor: system,
        })
      ).token;

    const beforeReset = await token();
    expect((await api("/me", { token: beforeReset })).status).toBe(200);
    await requestPasswordReset(services, { email, ip: "198.51.100.77" });
    const [mail] = await services.db
      .select()
      .from(schema.outboxMessage)
      .where(eq(schema.outboxMessage.toAddress, email));
    const link = /\/reset-password\?token=(\S+)/.exec(mail!.text)![1]!;
    expect(
      await resetPassword(services, { token: decodeURIComponent(link), newPassword: "a new password after reset" }),
    ).toEqual({ status: "changed" });
    const afterReset = await api("/me", { token: beforeReset });
    expectProblem(afterReset, 401, "unauthorized");
    expect(afterReset.headers.get("www-authenticate")).toContain('error="invalid_token"');

    const beforeChange = await token();
    expect((await api("/me", { token: beforeChange })).status).toBe(200);
    const cookie = await sessionCookie(services, email, "a new password after reset");
    const changed = await changePassword(
      services,
      {
        userId: person.id,
        email,
        currentPassword: "a new password after reset",
        newPassword: "and another one later",
        headers: new Headers({ cookie }),
        ip: "198.51.100.78",
      },
      { userId: person.id, label: "test" },
    );
    expect(changed.tokensRevoked).toBe(1);
    expectProblem(await api("/me", { token: beforeChange }), 401, "unauthorized");
    // A token made with the new password works as before.
    expect((await api("/me", { token: await token() })).status).toBe(200);
    const audit = await services.db
      .select()
      .from(schema.auditEvent)
      .where(and(eq(schema.auditEvent.action, "token.revoke-all"), eq(schema.auditEvent.targetId, person.id)));
    expect(audit.map((row) => (row.summary as { reason: string }).reason).sort()).toEqual([
      "password.change",
      "password.reset",
    ]);
  });
});

describe("the reference page's reading of the document", () => {
  it("lists every endpoint of the access table with its level, a curl example, and an explanation for each problem it links to", async () => {
    const { apiReference } = await import("#api/reference.ts");
    const reference = apiReference("https://hub.example.org");
    const operations = reference.sections.flatMap((section) => section.operations);
    expect(operations.map((operation) => `${operation.method} ${operation.path} ${operation.access}`).sort()).toEqual(
      endpointTable.map((row) => `${row.method.toUpperCase()} ${API_BASE_PATH}${row.path} ${row.access}`).sort(),
    );
    const explained = new Set(reference.problems.map((problem) => problem.kind));
    for (const operation of operations) {
      expect(operation.curl).toContain(`https://hub.example.org${API_BASE_PATH}`);
      expect(operation.curl.includes("Authorization: Bearer")).toBe(operation.access !== "public");
      for (const problem of operation.problems)
        expect(explained.has(problem.problem!), `${operation.id} ${problem.status}`).toBe(true);
    }
    const createUser = operations.find((operation) => operation.id === "createUser")!;
    expect(createUser.body?.fields.filter((field) => field.required).map((field) => field.name)).toEqual([
      "email",
      "name",
    ]);
  });
});
