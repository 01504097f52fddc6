// Webhooks on both engines: events fanned out in the change's transaction, signed deliveries verified by a receiver on
// loopback with the standardwebhooks library, a failing receiver retried with growing waits, rotation, redelivery,
// refusal of private targets, and hub-admin-only management.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import type { Viewer } from "#core/access.ts";
import { queryRows, schema } from "#db/client.ts";
import { WEBHOOK_DELIVERY_ATTEMPTS } from "#core/webhooks.ts";
import { registerForSession } from "#features/registration/register-for-session.ts";
import { cancelRegistration } from "#features/registration/cancel-registration.ts";
import { cancelSession } from "#features/catalog/cancel-session.ts";
import { createWebhookSubscription } from "#features/webhooks/create-webhook-subscription.ts";
import { listWebhookSubscriptions } from "#features/webhooks/list-webhook-subscriptions.ts";
import { listWebhookDeliveries } from "#features/webhooks/list-webhook-deliveries.ts";
import { rotateWebhookSecret } from "#features/webhooks/rotate-webhook-secret.ts";
import { redeliverWebhookMessage } from "#features/webhooks/redeliver-webhook-message.ts";
import { deleteWebhookSubscription } from "#features/webhooks/delete-webhook-subscription.ts";
import { pruneWebhookLogHandler, WEBHOOK_LOG_DAYS } from "#features/webhooks/prune-webhook-log.ts";
import { createWorker, drainJobs, type Worker } from "#jobs/worker.ts";
import { allJobs } from "#jobs/registry.ts";
import { createPersonalAccessToken } from "#features/tokens/personal-access-tokens.ts";
import { WEBHOOK_EVENT_TYPES } from "#core/webhooks.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { serveForTest, sessionCookie } from "../support/http.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { adminViewer, seedCourse, seedPeople, seedSession } from "../support/catalog.ts";

const actor = { userId: null, label: "test" };

type Received = { headers: IncomingHttpHeaders; body: string };

/** A receiver on loopback that answers `answer` and keeps every request it got. */
function startReceiver(): Promise<{ server: Server; url: string; received: Received[]; answer: { status: number } }> {
  const received: Received[] = [];
  const answer = { status: 204 };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.statusCode = answer.status;
      response.end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}/hooks`, received, answer });
    }),
  );
}

function verify(secret: string, message: Received): { type: string; timestamp: string; data: Record<string, unknown> } {
  const headers = {
    "webhook-id": String(message.headers["webhook-id"]),
    "webhook-timestamp": String(message.headers["webhook-timestamp"]),
    "webhook-signature": String(message.headers["webhook-signature"]),
  };
  return new Webhook(secret).verify(message.body, headers) as ReturnType<typeof verify>;
}

describe.each(enginesUnderTest())("webhooks on %s", (engine) => {
  let services: TestServices;
  let worker: Worker;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let admin: Viewer;
  let people: Viewer[];
  let sessionId: string;

  beforeAll(async () => {
    services = await createTestServices(engine);
    worker = createWorker(services, { jobs: allJobs, concurrency: 1 });
    receiver = await startReceiver();
    const [person] = await seedPeople(services.db, 1, "admin");
    await services.db.insert(schema.roleGrant).values({ userId: person!.userId, role: "admin" });
    admin = adminViewer(person!.userId);
    people = await seedPeople(services.db, 3, "hooked");
    const course = await seedCourse(services.db);
    sessionId = (await seedSession(services.db, course.id)).id;
  });
  afterAll(async () => {
    await new Promise((resolve) => receiver.server.close(resolve));
    await services.close();
  });

  const subscribe = (eventTypes: string[], url = receiver.url) =>
    createWebhookSubscription(services.db, {
      viewer: admin,
      subscription: { url, eventTypes: eventTypes as never, description: "HR system" },
      allowNonPublicTargets: services.config.webhooks.allowNonPublicTargets,
      now: services.now(),
      actor,
    });

  /** Seconds until the delivery job of this message runs again, read from the queue (not measured by waiting). */
  const secondsUntilRetry = async (messageId: string) => {
    const [row] = await queryRows<{ wait: string | number; status: string }>(
      services.db,
      sql`SELECT extract(epoch FROM run_at - now()) AS wait, status FROM job
          WHERE name = 'deliver-webhook' AND payload->>'messageId' = ${messageId} ORDER BY id DESC LIMIT 1`,
    );
    return { wait: Number(row!.wait), status: row!.status };
  };
  const makeDue = (messageId: string) =>
    services.db.execute(
      sql`UPDATE job SET run_at = now() WHERE name = 'deliver-webhook' AND payload->>'messageId' = ${messageId}`,
    );

  it("sends a signed message a Standard Webhooks verifier accepts, with ids only, and logs the delivery", async () => {
    const subscription = await subscribe(["registration.created", "registration.cancelled"]);
    expect(subscription.secret).toMatch(/^whsec_/);
    const person = people[0]!;
    const registration = await registerForSession(services, { viewer: person, sessionId, consent: true }, actor);
    // Written in the registration's transaction: the message and its job are there before any worker runs.
    const [pending] = await queryRows<{ count: string | number }>(
      services.db,
      sql`SELECT count(*) AS count FROM webhook_message WHERE subscription_id = ${subscription.id}`,
    );
    expect(Number(pending!.count)).toBe(1);

    await drainJobs(worker);
    expect(receiver.received).toHaveLength(1);
    const message = receiver.received[0]!;
    const payload = verify(subscription.secret, message);
    expect(payload).toMatchObject({
      type: "registration.created",
      data: { registrationId: registration.id, sessionId, status: "confirmed", previousStatus: null },
    });
    expect(message.headers["webhook-id"]).toMatch(/^msg_/);
    // No names or email addresses travel.
    expect(message.body).not.toContain(person.email);
    expect(message.body).not.toContain(person.name);
    // Another secret does not verify it.
    expect(() => verify("whsec_" + Buffer.alloc(24, 1).toString("base64"), message)).toThrow();

    const log = await listWebhookDeliveries(services.db, { viewer: admin, subscriptionId: subscription.id });
    expect(log.messages).toHaveLength(1);
    expect(log.messages[0]).toMatchObject({ eventType: "registration.created", status: "delivered" });
    expect(log.messages[0]!.attempts).toEqual([
      expect.objectContaining({ responseStatus: 204, error: null, durationMs: expect.any(Number) }),
    ]);
    await deleteWebhookSubscription(services.db, { viewer: admin, subscriptionId: subscription.id, actor });
  });

  it("retries a failing receiver with growing waits until it answers, then an admin can send it again", async () => {
    const subscription = await subscribe(["registration.cancelled"]);
    const person = people[1]!;
    const registration = await registerForSession(services, { viewer: person, sessionId, consent: true }, actor);
    await drainJobs(worker);
    const before = receiver.received.length;
    receiver.answer.status = 503;
    await cancelRegistration(services, { viewer: person, registrationId: registration.id }, actor);

    await drainJobs(worker);
    const [message] = (await listWebhookDeliveries(services.db, { viewer: admin, subscriptionId: subscription.id }))
      .messages;
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const { wait, status } = await secondsUntilRetry(message!.id);
      expect(status).toBe("pending");
      waits.push(wait);
      await makeDue(message!.id);
      if (attempt === 3) receiver.answer.status = 200;
      await drainJobs(worker);
    }
    // The queue's exponential backoff: about 10, 20 and 40 seconds (a little less, as time passes while we read).
    expect(waits[1]!).toBeGreaterThan(waits[0]! + 5);
    expect(waits[2]!).toBeGreaterThan(waits[1]! + 15);
    expect(waits[0]!).toBeGreaterThan(5);

    const log = await listWebhookDeliveries(services.db, { viewer: admin, subscriptionId: subscription.id });
    expect(log.messages[0]!.status).toBe("delivered");
    expect(log.messages[0]!.attempts.map((a) => a.responseStatus)).toEqual([503, 503, 503, 200]);
    const deliveries = receiver.received.slice(before);
    expect(deliveries).toHaveLength(4);
    // Every try is the same message: one id, one body, each signature valid for its own timestamp.
    expect(new Set(deliveries.map((d) => d.headers["webhook-id"])).size).toBe(1);
    for (const delivery of deliveries)
      expect(verify(subscription.secret, delivery)).toMatchObject({
        type: "registration.cancelled",
        data: { registrationId: registration.id, status: "cancelled", previousStatus: "confirmed" },
      });

    // Sent again on request: the same id once more.
    await redeliverWebhookMessage(services.db, {
      viewer: admin,
      subscriptionId: subscription.id,
      messageId: message!.id,
      actor,
    });
    await drainJobs(worker);
    expect(receiver.received.at(-1)!.headers["webhook-id"]).toBe(message!.id);
    await deleteWebhookSubscription(services.db, { viewer: admin, subscriptionId: subscription.id, actor });
  });

  it("marks a message failed after the last try", async () => {
    const subscription = await subscribe(["registration.created"]);
    receiver.answer.status = 500;
    await registerForSession(services, { viewer: people[2]!, sessionId, consent: true }, actor);
    await drainJobs(worker);
    const [message] = (await listWebhookDeliveries(services.db, { viewer: admin, subscriptionId: subscription.id }))
      .messages;
    for (let attempt = 2; attempt <= WEBHOOK_DELIVERY_ATTEMPTS; attempt++) {
      await makeDue(message!.id);
      await drainJobs(worker);
    }
    const log = await listWebhookDeliveries(services.db, { viewer: admin, subscriptionId: subscription.id });
    expect(log.messages[0]!.status).toBe("failed");
    expect(log.messages[0]!.attempts).toHaveLength(WEBHOOK_DELIVERY_ATTEMPTS);
    expect((await secondsUntilRetry(message!.id)).status).toBe("failed");
    receiver.answer.status = 204;
    await deleteWebhookSubscription(services.db, { viewer: admin, subscriptionId: subscription.id, actor });
  });

  it("signs with the new secret after a rotation, and sends a session's cancellation", async () => {
    const subscription = await subscribe(["session.changed", "registration.cancelled"]);
    const rotated = await rotateWebhookSecret(services.db, {
      viewer: admin,
      subscriptionId: subscription.id,
      now: services.now(),
      actor,
    });
    expect(rotated.secret).not.toBe(subscription.secret);
    const before = receiver.received.length;
    await cancelSession(
      services.db,
      { viewer: admin, now: services.now(), sessionId, reason: "Trainer is ill" },
      actor,
    );
    await drainJobs(worker);
    const sent = receiver.received.slice(before);
    const types = sent.map((message) => verify(rotated.secret, message).type).sort();
    // The two registrations still live when the session was cancelled, and the session itself.
    expect(types).toEqual(["registration.cancelled", "registration.cancelled", "session.changed"]);
    expect(() => verify(subscription.secret, sent[0]!)).toThrow();
    const sessionEvent = sent
      .map((message) => verify(rotated.secret, message))
      .find((p) => p.type === "session.changed");
    expect(sessionEvent!.data).toEqual({ sessionId, status: "cancelled" });
    // The list never shows a secret.
    const listed = await listWebhookSubscriptions(services.db, { viewer: admin });
    expect(JSON.stringify(listed)).not.toContain("whsec_");
  });

  it("refuses private and loopback targets when the hub does not allow them, at subscription and at delivery", async () => {
    await expect(
      createWebhookSubscription(services.db, {
        viewer: admin,
        subscription: { url: receiver.url, eventTypes: ["registration.created"] },
        allowNonPublicTargets: false,
        now: services.now(),
        actor,
      }),
    ).rejects.toMatchObject({
      code: "invalid",
      details: { fields: [{ path: "url", message: "webhooks.errors.urlNotPublic" }] },
    });
    await expect(subscribe(["registration.created"], "ftp://example.org/")).rejects.toMatchObject({ code: "invalid" });
    await expect(subscribe([])).rejects.toMatchObject({ code: "invalid" });

    // A subscription made while allowed is still refused at delivery once the hub stops allowing it.
    const subscription = await subscribe(["registration.created"]);
    const before = receiver.received.length;
    services.config.webhooks.allowNonPublicTargets = false;
    try {
      const course = await seedCourse(services.db);
      const session = await seedSession(services.db, course.id);
      await registerForSession(services, { viewer: people[0]!, sessionId: session.id, consent: true }, actor);
      await drainJobs(worker);
    } finally {
      services.config.webhooks.allowNonPublicTargets = true;
    }
    expect(receiver.received.length).toBe(before);
    const log = await listWebhookDeliveries(services.db, { viewer: admin, subscriptionId: subscription.id });
    expect(log.messages[0]!.attempts[0]).toMatchObject({ responseStatus: null, error: "refused: non public" });
  });

  it("lets only hub admins manage subscriptions", async () => {
    const person = people[0]!;
    await expect(
      createWebhookSubscription(services.db, {
        viewer: person,
        subscription: { url: "https://hr.example.org/", eventTypes: ["registration.created"] },
        allowNonPublicTargets: false,
        now: services.now(),
        actor,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(listWebhookSubscriptions(services.db, { viewer: person })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(listWebhookDeliveries(services.db, { viewer: null, subscriptionId: "x" })).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("is managed through the API by hub admins, and documented in the OpenAPI webhooks section", async () => {
    const http = await serveForTest(services);
    try {
      const token = (
        await createPersonalAccessToken(services.db, { userId: admin.userId, name: "hooks", expiresAt: null, actor })
      ).token;
      const call = async (path: string, init: { method?: string; body?: unknown; token?: string } = {}) => {
        const response = await fetch(`${http.url}/api/v1${path}`, {
          method: init.method ?? (init.body ? "POST" : "GET"),
          headers: {
            ...(init.token === undefined ? { authorization: `Bearer ${token}` } : {}),
            ...(init.body ? { "content-type": "application/json" } : {}),
          },
          body: init.body ? JSON.stringify(init.body) : undefined,
        });
        const text = await response.text();
        return {
          status: response.status,
          type: response.headers.get("content-type"),
          json: text ? JSON.parse(text) : null,
        };
      };
      const created = await call("/webhook-subscriptions", {
        body: { url: receiver.url, eventTypes: ["credential.issued", "credential.revoked"], description: "Registry" },
      });
      expect(created.status).toBe(201);
      expect(created.json).toMatchObject({
        url: receiver.url,
        eventTypes: ["credential.issued", "credential.revoked"],
      });
      expect(created.json.secret).toMatch(/^whsec_/);

      const listed = await call("/webhook-subscriptions");
      expect(listed.status).toBe(200);
      const mine = listed.json.subscriptions.find((s: { id: string }) => s.id === created.json.id);
      expect(mine).toMatchObject({ description: "Registry" });
      expect(mine.secret).toBeUndefined();

      const rotated = await call(`/webhook-subscriptions/${created.json.id}/rotate-secret`, { method: "POST" });
      expect(rotated.status).toBe(200);
      expect(rotated.json.secret).not.toBe(created.json.secret);

      const log = await call(`/webhook-subscriptions/${created.json.id}/deliveries`);
      expect(log).toMatchObject({ status: 200, json: { messages: [] } });

      const noEvents = await call("/webhook-subscriptions", { body: { url: receiver.url, eventTypes: [] } });
      expect(noEvents.status).toBe(422);
      expect(noEvents.type).toContain("application/problem+json");
      expect(noEvents.json.errors.map((e: { path: string }) => e.path)).toEqual(["eventTypes"]);
      const notHttp = await call("/webhook-subscriptions", {
        body: { url: "ftp://x.example.org/", eventTypes: ["session.changed"] },
      });
      expect(notHttp.status).toBe(422);
      expect(notHttp.json.errors.map((e: { path: string }) => e.path)).toEqual(["url"]);

      const anonymous = await call("/webhook-subscriptions", { token: "" });
      expect(anonymous.status).toBe(401);

      expect((await call(`/webhook-subscriptions/${created.json.id}`, { method: "DELETE" })).status).toBe(204);
      expect((await call(`/webhook-subscriptions/${created.json.id}`, { method: "DELETE" })).status).toBe(404);

      const document = (await call("/openapi.json", { token: "" })).json;
      expect(Object.keys(document.webhooks).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
      const issued = document.webhooks["credential.issued"].post;
      expect(issued.parameters.map((p: { name: string }) => p.name)).toEqual([
        "webhook-id",
        "webhook-timestamp",
        "webhook-signature",
      ]);
      expect(issued.requestBody.content["application/json"].schema.$ref).toBe(
        "#/components/schemas/WebhookEvent_credential_issued",
      );
      const body = document.components.schemas.WebhookEvent_credential_issued;
      expect(body.required.sort()).toEqual(["data", "timestamp", "type"]);
      expect(Object.keys(body.properties.data.properties).sort()).toEqual([
        "credentialId",
        "registrationId",
        "supersedes",
      ]);
    } finally {
      await http.close();
    }
  });

  it("is managed on the admin pages: a refusal keeps what was typed, the secret shows once, the log sends again", async () => {
    const http = await serveForTest(services);
    try {
      const password = "a long enough password for tests";
      await createAccount(
        services.db,
        {
          email: `hooks-admin-${engine}@example.org`,
          name: "Hook Admin",
          password,
          roles: [{ role: "admin", organizationId: null }],
        },
        actor,
      );
      const cookie = await sessionCookie(services, `hooks-admin-${engine}@example.org`, password);
      const post = (path: string, fields: Array<[string, string]>) =>
        fetch(`${http.url}${path}`, {
          method: "POST",
          redirect: "manual",
          headers: {
            cookie,
            "sec-fetch-site": "same-origin",
            "content-type": "application/x-www-form-urlencoded",
          },
          body: new URLSearchParams(fields).toString(),
        });

      const refused = await post("/admin/webhooks", [
        ["intent", "create"],
        ["url", "https://hr.example.org/typed-by-hand"],
      ]);
      expect(refused.status).toBe(400);
      const refusedPage = await refused.text();
      expect(refusedPage).toContain("Choose at least one event to send.");
      expect(refusedPage).toContain('value="https://hr.example.org/typed-by-hand"');

      const created = await post("/admin/webhooks", [
        ["intent", "create"],
        ["url", receiver.url],
        ["eventTypes", "registration.created"],
        ["eventTypes", "registration.changed"],
      ]);
      expect(created.status).toBe(200);
      const secret = /whsec_[A-Za-z0-9+/=]+/.exec(await created.text())?.[0];
      expect(secret).toBeDefined();
      const [subscription] = (await listWebhookSubscriptions(services.db, { viewer: admin })).filter(
        (s) => s.url === receiver.url && s.eventTypes.includes("registration.changed"),
      );
      // The list page never shows it again.
      const listPage = await (await fetch(`${http.url}/admin/webhooks`, { headers: { cookie } })).text();
      expect(listPage).not.toContain(secret!);

      const course = await seedCourse(services.db);
      const session = await seedSession(services.db, course.id);
      await registerForSession(services, { viewer: people[1]!, sessionId: session.id, consent: true }, actor);
      await drainJobs(worker);
      const logPage = await (
        await fetch(`${http.url}/admin/webhooks/${subscription!.id}`, { headers: { cookie } })
      ).text();
      expect(logPage).toContain("A registration is made");
      expect(logPage).toMatch(/answered 204 in \d+ ms/);
      const [message] = (await listWebhookDeliveries(services.db, { viewer: admin, subscriptionId: subscription!.id }))
        .messages;
      const before = receiver.received.length;
      const again = await post(`/admin/webhooks/${subscription!.id}`, [["messageId", message!.id]]);
      expect(again.status).toBe(302);
      expect(again.headers.get("location")).toBe(`/admin/webhooks/${subscription!.id}?redelivered=1`);
      await drainJobs(worker);
      expect(receiver.received.length).toBe(before + 1);
      expect(verify(secret!, receiver.received.at(-1)!).type).toBe("registration.created");

      const missing = await fetch(`${http.url}/admin/webhooks/no-such-subscription`, { headers: { cookie } });
      expect(missing.status).toBe(404);
    } finally {
      await http.close();
    }
  });

  it("forgets sent and failed messages after the log's days, but keeps one still being retried", async () => {
    const subscription = await subscribe(["session.changed"]);
    const old = new Date(services.now().getTime() - (WEBHOOK_LOG_DAYS + 1) * 86_400_000);
    const recent = new Date(services.now().getTime() - 86_400_000);
    const row = (id: string, status: "pending" | "delivered" | "failed", createdAt: Date) => ({
      id,
      subscriptionId: subscription.id,
      eventType: "session.changed",
      payload: {},
      status,
      createdAt,
    });
    await services.db
      .insert(schema.webhookMessage)
      .values([
        row("msg_old_sent", "delivered", old),
        row("msg_old_failed", "failed", old),
        row("msg_old_retrying", "pending", old),
        row("msg_recent", "delivered", recent),
      ]);
    await services.db
      .insert(schema.webhookDeliveryAttempt)
      .values({ messageId: "msg_old_sent", attemptedAt: old, durationMs: 3, responseStatus: 200 });
    await pruneWebhookLogHandler(services, {}, { jobId: 0, attempt: 1, maxAttempts: 1 });
    const left = await queryRows<{ id: string }>(
      services.db,
      sql`SELECT id FROM webhook_message WHERE subscription_id = ${subscription.id} ORDER BY id`,
    );
    expect(left.map((r) => r.id)).toEqual(["msg_old_retrying", "msg_recent"]);
    const tries = await queryRows<{ count: string | number }>(
      services.db,
      sql`SELECT count(*) AS count FROM webhook_delivery_attempt WHERE message_id = 'msg_old_sent'`,
    );
    expect(Number(tries[0]!.count)).toBe(0);
    await deleteWebhookSubscription(services.db, { viewer: admin, subscriptionId: subscription.id, actor });
  });
});
