// Idempotency-Key on the API's POSTs, on both engines: a retry gets the first answer and does nothing twice, the same
// key with another request is refused with 422, a malformed key with 400, parallel retries make one registration, a
// failed first try leaves the key free, and the stored answer is sealed (an issued token is not in the table).
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "#db/client.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { createPersonalAccessToken } from "#features/tokens/personal-access-tokens.ts";
import { createApiRouter } from "#api/router.ts";
import { API_BASE_PATH } from "#api/endpoint-table.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { seedCourse, seedPeople, seedSession } from "../support/catalog.ts";

type Answer = { status: number; headers: Headers; json: any };
const system = { userId: null, label: "test" };

describe.each(enginesUnderTest())("Idempotency-Key on %s", (engine) => {
  let services: TestServices;
  let server: Server;
  let base: string;

  async function post(path: string, options: { token?: string; key?: string; body?: unknown }): Promise<Answer> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.key !== undefined) headers["idempotency-key"] = options.key;
    const response = await fetch(`${base}${API_BASE_PATH}${path}`, {
      method: "POST",
      headers,
      body: JSON.stringify(options.body ?? {}),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
  }

  async function personWithToken(prefix: string) {
    const [person] = await seedPeople(services.db, 1, prefix);
    const { token } = await createPersonalAccessToken(services.db, {
      userId: person!.userId,
      name: "test",
      expiresAt: null,
      actor: system,
    });
    return { ...person!, token };
  }

  async function openSession(capacity = 10) {
    const course = await seedCourse(services.db);
    return seedSession(services.db, course.id, { overrides: { capacity } });
  }

  const registrationsOf = async (sessionId: string, userId: string) => {
    const [row] = await services.db
      .select({ n: count() })
      .from(schema.registration)
      .where(and(eq(schema.registration.sessionId, sessionId), eq(schema.registration.userId, userId)));
    return row!.n;
  };

  beforeAll(async () => {
    services = await createTestServices(engine, { RATE_LIMIT: "off" });
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

  it("replays the first answer for the same key and request, and registers once", async () => {
    const session = await openSession();
    const person = await personWithToken("retry");
    const path = `/sessions/${session.id}/registrations`;
    const first = await post(path, { token: person.token, key: "key-1", body: { pronouns: "they/them" } });
    expect(first.status, JSON.stringify(first.json)).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const again = await post(path, { token: person.token, key: "key-1", body: { pronouns: "they/them" } });
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect(again.headers.get("location")).toBe(first.headers.get("location"));
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await registrationsOf(session.id, person.userId)).toBe(1);

    // Without a key, the same request is a second request (and refused as a duplicate registration).
    expect((await post(path, { token: person.token, body: { pronouns: "they/them" } })).status).toBe(409);
  });

  it("refuses the same key with another request (422) and a malformed key (400), as problem+json", async () => {
    const session = await openSession();
    const person = await personWithToken("reuse");
    const path = `/sessions/${session.id}/registrations`;
    expect((await post(path, { token: person.token, key: "key-2", body: {} })).status).toBe(201);
    const other = await post(path, { token: person.token, key: "key-2", body: { pronouns: "she/her" } });
    expect(other.status).toBe(422);
    expect(other.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(other.json.detail).toMatch(/different request/);
    const malformed = await post(path, { token: person.token, key: "has spaces in it", body: {} });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    // Keys belong to their person: another person's same key is their own.
    const someoneElse = await personWithToken("other");
    expect((await post(path, { token: someoneElse.token, key: "key-2", body: {} })).status).toBe(201);
  });

  it("parallel retries with one key make one registration; the rest replay it or are asked to wait", async () => {
    const session = await openSession();
    const person = await personWithToken("burst");
    const path = `/sessions/${session.id}/registrations`;
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => post(path, { token: person.token, key: "burst-key", body: {} })),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    expect(new Set(answers.filter((a) => a.status === 201).map((a) => a.json.id)).size).toBe(1);
    expect(await registrationsOf(session.id, person.userId)).toBe(1);
  });

  it("a first try that fails leaves the key free for the retry", async () => {
    const person = await personWithToken("fail");
    const missing = await post("/sessions/00000000-0000-4000-8000-000000000000/registrations", {
      token: person.token,
      key: "key-3",
      body: {},
    });
    expect(missing.status).toBe(404);
    const rows = await services.db
      .select()
      .from(schema.idempotencyKey)
      .where(and(eq(schema.idempotencyKey.scope, person.userId), eq(schema.idempotencyKey.key, "key-3")));
    expect(rows).toEqual([]);
  });

  it("replays an issued API token without keeping it readable in the table", async () => {
    await createAccount(
      services.db,
      { email: "tok@example.org", name: "Tok", password: "a long enough password" },
      system,
    );
    const body = { email: "tok@example.org", password: "a long enough password" };
    const first = await post("/auth/token", { key: "token-key", body });
    expect(first.status, JSON.stringify(first.json)).toBe(201);
    const again = await post("/auth/token", { key: "token-key", body });
    expect(again.json.token).toBe(first.json.token);
    const [row] = await services.db
      .select()
      .from(schema.idempotencyKey)
      .where(and(eq(schema.idempotencyKey.scope, "anonymous"), eq(schema.idempotencyKey.key, "token-key")));
    expect(row!.sealedResponse).not.toContain(first.json.token);
    expect(Buffer.from(row!.sealedResponse!, "base64").toString("latin1")).not.toContain(first.json.token);
    // Someone without the password cannot take the answer by guessing the key.
    const guess = await post("/auth/token", { key: "token-key", body: { ...body, password: "wrong" } });
    expect(guess.status).toBe(422);
    expect(guess.json.token).toBeUndefined();
  });
});
