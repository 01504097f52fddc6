// The HTTP layer on both engines: health, security headers, cross-site refusal, request ids, sign-in redirects.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { serveForTest, sessionCookie, type TestHttp } from "../support/http.ts";
import { seedDemo } from "#features/demo/seed-demo.ts";
import { DEMO_PASSWORD } from "#features/demo/demo-accounts.ts";

describe.each(enginesUnderTest())("HTTP on %s", (engine) => {
  let services: TestServices;
  let http: TestHttp;
  beforeAll(async () => {
    services = await createTestServices(engine);
    await seedDemo(services.db);
    http = await serveForTest(services);
  });
  afterAll(async () => {
    await http.close();
    await services.close();
  });

  it("reports health with the engine once migrations are applied", async () => {
    const response = await fetch(`${http.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: engine, version: expect.any(String) });
  });

  it("reports 503 while migrations are missing", async () => {
    await services.database.exec(`ALTER TABLE drizzle."__drizzle_migrations" RENAME TO migrations_hidden`);
    try {
      const response = await fetch(`${http.url}/healthz`);
      expect(response.status).toBe(503);
      expect((await response.json()).status).toBe("unavailable");
    } finally {
      await services.database.exec(`ALTER TABLE drizzle.migrations_hidden RENAME TO "__drizzle_migrations"`);
    }
  });

  it("sends a nonce-based CSP without inline scripts, and the other security headers", async () => {
    const response = await fetch(`${http.url}/`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("same-origin");
    expect(response.headers.get("x-request-id")).toMatch(/^[\w-]{8,}$/);
    const html = await response.text();
    const nonce = csp.match(/'nonce-([^']+)'/)![1]!;
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);
  });

  it("gives JSON API answers a policy that allows nothing and no nonce, and the API reference page its nonce", async () => {
    const api = await fetch(`${http.url}/api/v1/sessions`);
    expect(api.status).toBe(200);
    expect(api.headers.get("content-security-policy")).toBe("default-src 'none';frame-ancestors 'none'");
    expect(api.headers.get("x-content-type-options")).toBe("nosniff");
    expect(api.headers.get("referrer-policy")).toBe("same-origin");
    const unknown = await fetch(`${http.url}/api/v1`);
    expect(unknown.headers.get("content-security-policy")).toBe("default-src 'none';frame-ancestors 'none'");
    const docs = await fetch(`${http.url}/api/docs`);
    expect(docs.status).toBe(200);
    expect(docs.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  });

  it("sends a page as one whole body with its length, not in chunks", async () => {
    const response = await fetch(`${http.url}/trainings`, { headers: { "accept-encoding": "identity" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("transfer-encoding")).toBeNull();
    const body = await response.arrayBuffer();
    expect(response.headers.get("content-length")).toBe(String(body.byteLength));
    expect(new TextDecoder().decode(body)).toMatch(/<\/html>\s*$/);
  });

  it("keeps a caller's request id", async () => {
    const response = await fetch(`${http.url}/healthz`, { headers: { "x-request-id": "trace-1234abcd" } });
    expect(response.headers.get("x-request-id")).toBe("trace-1234abcd");
  });

  it("refuses state-changing requests from another site and lets same-origin ones through", async () => {
    const crossSite = await fetch(`${http.url}/sign-out`, {
      method: "POST",
      headers: { "sec-fetch-site": "cross-site" },
      redirect: "manual",
    });
    expect(crossSite.status).toBe(403);
    const foreignOrigin = await fetch(`${http.url}/sign-out`, {
      method: "POST",
      headers: { origin: "https://evil.example" },
      redirect: "manual",
    });
    expect(foreignOrigin.status).toBe(403);
    const sameOrigin = await fetch(`${http.url}/sign-out`, {
      method: "POST",
      headers: { "sec-fetch-site": "same-origin" },
      redirect: "manual",
    });
    expect(sameOrigin.status).not.toBe(403);
  });

  it("sends strangers to sign-in, remembering where they were going", async () => {
    const response = await fetch(`${http.url}/account`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/sign-in?next=%2Faccount");
  });

  it("shows a signed-in participant a 403 page on admin pages, in their language", async () => {
    const cookie = await sessionCookie(services, "rosa@example.org", DEMO_PASSWORD);
    const response = await fetch(`${http.url}/admin`, { headers: { cookie }, redirect: "manual" });
    expect(response.status).toBe(403);
    const html = await response.text();
    expect(html).toContain('lang="es"');
    expect(html).toContain("Esta página no está abierta para ti");
  });

  it("answers unknown pages with a 404 page", async () => {
    const response = await fetch(`${http.url}/no/such/page`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("find that page");
  });
});
