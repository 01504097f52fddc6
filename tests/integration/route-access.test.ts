// Walks every page route and API endpoint as a stranger and as each role, and checks who gets in (deny by default).
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { ServerBuild } from "react-router";
import { createTestServices, type TestServices } from "../support/services.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { serveForTest, sessionCookie, type TestHttp } from "../support/http.ts";
import { decideAccess, type AccessLevel, type Viewer } from "#core/access.ts";
import { schema } from "#db/client.ts";
import { seedDemo } from "#features/demo/seed-demo.ts";
import { DEMO_PASSWORD } from "#features/demo/demo-accounts.ts";
import { rolesOf } from "#features/access/load-viewer.ts";
import { createPersonalAccessToken } from "#features/tokens/personal-access-tokens.ts";
import { API_BASE_PATH, endpointTable } from "#api/endpoint-table.ts";

/** Every page route and the access it must have. A new route fails this test until it is listed here. */
const expectedPageAccess: Record<string, AccessLevel> = {
  "/": "public",
  "/learn": "public",
  "/support": "public",
  "/privacy": "public",
  "/trainings": "public",
  "/trainings/:id": "public",
  "/language": "public",
  "/theme.css": "public",
  "/trainings.ics": "public",
  "/trainings/:id/calendar.ics": "public",
  "/calendar/:token.ics": "public",
  "/offers/:token": "public",
  "/api/docs": "public",
  "/sign-in": "guest",
  "/sign-in/link": "guest",
  "/magic-link": "public",
  "/sign-up": "guest",
  "/check-email": "public",
  "/verify-email": "public",
  "/forgot-password": "public",
  "/reset-password": "public",
  "/sign-out": "public",
  "/invitation": "public",
  "/account": "signed-in",
  "/account/email": "signed-in",
  "/account/password": "signed-in",
  "/account/tokens": "signed-in",
  "/trainings/:id/register": "signed-in",
  "/my/trainings": "signed-in",
  "/my/certifications": "signed-in",
  "/my/certifications/transcript.pdf": "signed-in",
  "/my/certifications/evidence/:id": "signed-in",
  "/admin/outside-hours": "admin",
  "/my/prerequisites": "signed-in",
  "/trainer": "trainer",
  "/trainer/sessions/:id/attendance": "trainer",
  "/trainer/sessions/:id/check-in": "trainer",
  "/trainer/sessions/:id/board-roster.csv": "trainer",
  // trainers (issue 10)
  "/trainers": "public",
  "/trainers/:id/photo": "public",
  "/trainer/standing": "trainer",
  "/trainer/profile": "trainer",
  "/trainer/sessions/:id/walk-in": "trainer",
  "/trainer/inhouse": "trainer",
  "/admin/inhouse": "admin",
  "/admin/trainers": "admin",
  "/admin/trainers/requirements": "admin",
  "/admin/trainers/:id": "admin",
  "/admin/sponsored-seats": "admin",
  "/check-in": "signed-in",
  "/check-in/:code": "signed-in",
  // — circles —
  "/circles": "signed-in",
  "/circles/new": "signed-in",
  "/circles/:id": "signed-in",
  "/circles/:id/calendar.ics": "signed-in",
  "/my/results/:registrationId": "signed-in",
  "/partner": "partner-admin",
  "/admin": "admin",
  "/admin/people": "admin",
  "/admin/people/:id": "admin",
  "/admin/invitations": "admin",
  "/admin/organizations": "admin",
  "/admin/audit": "admin",
  "/admin/outbox": "admin",
  "/admin/outbox/:id": "admin",
  "/admin/settings": "admin",
  "/admin/settings/retention": "admin",
  "/admin/support-resources": "admin",
  // — credentials —
  "/.well-known/jwks.json": "public",
  "/credentials/status/:list": "public",
  "/verify": "public",
  "/verify/:code": "public",
  "/my/certificates": "signed-in",
  "/my/certificates/:id.pdf": "signed-in",
  "/my/certificates/:id.json": "signed-in",
  "/my/certificates/:id.jwt": "signed-in",
  "/admin/credentials": "admin",
  "/admin/courses": "admin",
  "/admin/courses/new": "admin",
  "/admin/courses/:id": "admin",
  "/admin/sessions": "admin",
  "/admin/sessions/new": "admin",
  "/admin/sessions/:id": "admin",
  "/admin/sessions/:id/roster": "trainer",
  "/admin/sessions/:id/roster.csv": "trainer",
  "/admin/applications": "admin",
  "/admin/scholarships": "admin",
  "/admin/prerequisites": "admin",
  "/admin/trusted-issuers": "admin",
  "/partner/registrations": "partner-admin",
  "/partner/register": "partner-admin",
  // — webhooks —
  "/admin/webhooks": "admin",
  "/admin/webhooks/:id": "admin",
  // — partners —
  "/partners": "public",
  "/partner/staff": "partner-admin",
  "/partner/directory": "partner-admin",
  "/account/partners": "signed-in",
  // — imports, credentials, evaluations, journal, prompts, impact —
  "/admin/import": "admin",
  "/credentials/keys/:id": "public",
  "/credentials/issuer": "public",
  "/evaluations/results": "trainer",
  "/evaluations/:token": "public",
  "/admin/evaluation-forms": "admin",
  "/my/journal": "signed-in",
  "/my/journal/entries/:id": "signed-in",
  "/my/journal/intentions": "signed-in",
  "/my/journal/over-time": "signed-in",
  "/my/journal/journal.md": "signed-in",
  "/my/journal/journal.json": "signed-in",
  "/admin/prompts": "admin",
  "/impact": "public",
  "/impact.csv": "public",
  "/admin/impact": "admin",
  "/admin/impact.csv": "admin",
  "/admin/impact/report": "admin",
  "/admin/impact/exports": "admin",
  "/admin/testimonials": "admin",
  "/my/testimonials": "signed-in",
  "/account/county": "signed-in",
  // — privacy (issue 14) —
  "/account/privacy": "signed-in",
  "/account/privacy/export/:token": "signed-in",
  "/account/privacy/delete": "signed-in",
  "/admin/privacy": "admin",
  "/*": "public",
};

const personas = [
  { name: "stranger", email: null },
  { name: "participant", email: "sam@example.org" },
  { name: "trainer", email: "maya@example.org" },
  { name: "partner admin", email: "jordan@example.org" },
  { name: "admin", email: "admin@example.org" },
] as const;

type Persona = { name: string; viewer: Viewer | null; cookie: string; token: string };

function routePaths(build: ServerBuild): Map<string, { access: unknown }> {
  const manifest = build.routes;
  const full = (id: string): string => {
    const route = manifest[id]!;
    const parent = route.parentId && route.parentId !== "root" ? full(route.parentId) : "";
    return route.path ? `${parent}/${route.path}`.replace(/\/+/g, "/") : parent || "/";
  };
  const paths = new Map<string, { access: unknown }>();
  for (const route of Object.values(manifest)) {
    if (!route || route.id === "root") continue;
    const handle = route.module.handle as { access?: unknown } | undefined;
    paths.set(full(route.id), { access: handle?.access });
  }
  return paths;
}

const concrete = (routePath: string) =>
  routePath.replace(/:\w+/g, "00000000-0000-4000-8000-000000000000").replace("/*", "/no-such-page");

describe.each(enginesUnderTest())("route access on %s", (engine) => {
  let services: TestServices;
  let http: TestHttp;
  let build: ServerBuild;
  const people: Persona[] = [];

  beforeAll(async () => {
    services = await createTestServices(engine, { RATE_LIMIT: "off" });
    await seedDemo(services.db);
    http = await serveForTest(services);
    build = (await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as ServerBuild;
    for (const persona of personas) {
      if (!persona.email) {
        people.push({ name: persona.name, viewer: null, cookie: "", token: "" });
        continue;
      }
      const [person] = await services.db.select().from(schema.user).where(eq(schema.user.email, persona.email));
      const viewer: Viewer = {
        userId: person!.id,
        email: person!.email,
        name: person!.name,
        emailVerified: true,
        roles: await rolesOf(services.db, person!.id),
      };
      const { token } = await createPersonalAccessToken(services.db, {
        userId: person!.id,
        name: "walk",
        expiresAt: null,
        actor: { userId: person!.id },
      });
      people.push({
        name: persona.name,
        viewer,
        cookie: await sessionCookie(services, persona.email, DEMO_PASSWORD),
        token,
      });
    }
  });
  afterAll(async () => {
    await http?.close();
    await services?.close();
  });

  it("lists every page route here, and each declares the access this table expects", () => {
    const declared = routePaths(build);
    expect([...declared.keys()].sort()).toEqual(Object.keys(expectedPageAccess).sort());
    for (const [routePath, { access }] of declared)
      expect({ routePath, access }).toEqual({ routePath, access: expectedPageAccess[routePath] });
  });

  it("lets in exactly the people each page route allows, and stops the others before the page runs", async () => {
    const failures: string[] = [];
    for (const [routePath, level] of Object.entries(expectedPageAccess)) {
      for (const person of people) {
        const expected = decideAccess(person.viewer, level);
        // POST /sign-out really ends the session the walk is using, so it is checked by the sign-out tests instead.
        for (const method of routePath === "/sign-out" ? (["GET"] as const) : (["GET", "POST"] as const)) {
          const response = await fetch(`${http.url}${concrete(routePath)}`, {
            method,
            redirect: "manual",
            headers: {
              cookie: person.cookie,
              "sec-fetch-site": "same-origin",
              ...(method === "POST" ? { "content-type": "application/x-www-form-urlencoded" } : {}),
            },
            body: method === "POST" ? "" : undefined,
          });
          const location = response.headers.get("location") ?? "";
          // A page may itself answer 403 (a partner admin naming someone else's organization); only the
          // policy's own refusals count here, and the server marks those.
          const decidedBy = response.headers.get("x-access-decision");
          const outcome =
            response.status === 403 && decidedBy === "forbidden"
              ? "forbidden"
              : response.status >= 300 && response.status < 400 && location.startsWith("/sign-in?next=")
                ? "sign-in"
                : response.status >= 300 && response.status < 400 && location === "/" && expected === "go-home"
                  ? "go-home"
                  : "allow";
          if (response.status >= 500)
            failures.push(`${method} ${routePath} as ${person.name}: server error ${response.status}`);
          else if (outcome !== expected)
            failures.push(
              `${method} ${routePath} as ${person.name}: expected ${expected}, got ${response.status} ${location}`,
            );
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("lets in exactly the callers each API endpoint allows", async () => {
    const failures: string[] = [];
    for (const endpoint of endpointTable) {
      for (const person of people) {
        const expected = decideAccess(person.viewer, endpoint.access);
        const response = await fetch(
          `${http.url}${API_BASE_PATH}${concrete(endpoint.path.replace(/\{(\w+)\}/g, ":$1"))}`,
          {
            method: endpoint.method.toUpperCase(),
            headers: {
              ...(person.token ? { authorization: `Bearer ${person.token}` } : {}),
              "content-type": "application/json",
            },
            body: endpoint.method === "get" || endpoint.method === "delete" ? undefined : "{}",
          },
        );
        // — partners — an organization's own data: the route lets partner admins in, and the use case then refuses an
        // organization they do not look after (the sample id is nobody's) with 403, which is the per-object answer.
        const perObject =
          endpoint.path.startsWith("/organizations/{id}/") && expected === "allow" && response.status === 403;
        const outcome =
          response.status === 401 ? "sign-in" : response.status === 403 && !perObject ? "forbidden" : "allow";
        if (response.status >= 500)
          failures.push(`${endpoint.method} ${endpoint.path} as ${person.name}: server error ${response.status}`);
        else if (outcome !== expected)
          failures.push(
            `${endpoint.method} ${endpoint.path} as ${person.name}: expected ${expected}, got ${response.status}`,
          );
      }
    }
    expect(failures).toEqual([]);
  });
});
