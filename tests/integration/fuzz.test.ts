// Seeded fuzzing of every API endpoint (cases generated from the hub's own OpenAPI document) and every page action
// (cases from the route table): bad and edge inputs must never answer 5xx, and every API refusal is problem+json.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { ServerBuild } from "react-router";
import { createTestServices, type TestServices } from "../support/services.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { serveForTest, sessionCookie, type TestHttp } from "../support/http.ts";
import { queryRows, schema } from "#db/client.ts";
import { seedDemo } from "#features/demo/seed-demo.ts";
import { DEMO_PASSWORD } from "#features/demo/demo-accounts.ts";
import { createPersonalAccessToken } from "#features/tokens/personal-access-tokens.ts";
import { buildOpenApiDocument } from "#api/openapi.ts";
import { API_BASE_PATH } from "#api/endpoint-table.ts";
import { MAX_FORM_BODY_BYTES } from "#server/body-limits.ts";

/** FUZZ_SCALE multiplies the case counts (1 in CI: about 2,600 requests per engine); FUZZ_SEED replays a run. */
const SCALE = Math.max(0.1, Number(process.env.FUZZ_SCALE ?? 1) || 1);
const SEED = Number.parseInt(process.env.FUZZ_SEED ?? "", 10) || 20_261_205;
const API_CASES = Math.round(1_900 * SCALE);
const PAGE_CASES = Math.round(700 * SCALE);
/** Requests in flight at once: enough to keep both cores busy, few enough for PGlite's single connection. */
const PARALLEL = 4;

/** mulberry32: small, fast and the same on every machine, so a seed names one exact run. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Random = ReturnType<typeof randomFrom>;

// Strings that have broken servers elsewhere: NUL, lone surrogates, bidi controls, combining marks, huge and empty.
const edgeStrings = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff",
  "\u202e\u0000gnp.exe",
  "😀".repeat(50),
  "e\u0301".repeat(30),
  "\ufeff",
  "x".repeat(70_000),
  "null",
  "undefined",
  "'; drop table user; --",
  "%00",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "0",
  "-1",
  "1e309",
  "NaN",
  "9999-99-99",
  "2026-02-30T25:61:00Z",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "not-a-uuid",
];
const edgeNumbers = [0, -1, -0, 1.5, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308, -1e308, 5e-324, 123_456_789_012];
const wrongTypes: unknown[] = [null, true, false, 0, 1.5, "", "text", [], [1, "a", null], {}, { nested: { x: 1 } }];

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  examples?: unknown[];
};

type Document = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};
type Operation = {
  parameters?: Array<{ in: string; name: string; required?: boolean; schema?: JsonSchema }>;
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};

/** Builds values for a schema of the document: mostly plausible, so a case gets past the first check to the next. */
function valueMaker(document: Document, random: Random, knownIds: string[]) {
  const resolve = (schema: JsonSchema | undefined): JsonSchema => {
    let current = schema ?? {};
    for (let hops = 0; current.$ref && hops < 10; hops++)
      current = document.components?.schemas?.[current.$ref.split("/").pop()!] ?? {};
    return current;
  };
  const plausible = (raw: JsonSchema | undefined, depth = 0): unknown => {
    const schema = resolve(raw);
    if (schema.const !== undefined) return schema.const;
    if (schema.enum?.length) return random.pick(schema.enum);
    if (schema.examples?.length && random.chance(0.3)) return random.pick(schema.examples);
    const choices = schema.anyOf ?? schema.oneOf;
    if (choices?.length) return plausible(random.pick(choices), depth);
    if (schema.allOf?.length) return Object.assign({}, ...schema.allOf.map((part) => plausible(part, depth)));
    const type = Array.isArray(schema.type) ? random.pick(schema.type) : schema.type;
    switch (type) {
      case "string":
        return plausibleString(schema);
      case "integer":
        return Math.round(
          (schema.minimum ?? 0) + random.int(Math.min(100, (schema.maximum ?? 100) - (schema.minimum ?? 0) + 1)),
        );
      case "number":
        return (schema.minimum ?? 0) + random.next() * 10;
      case "boolean":
        return random.chance(0.5);
      case "null":
        return null;
      case "array": {
        const count = Math.max(schema.minItems ?? 0, random.int(Math.min(4, schema.maxItems ?? 4) + 1));
        return depth > 4 ? [] : Array.from({ length: count }, () => plausible(schema.items, depth + 1));
      }
      default: {
        if (depth > 4) return {};
        const object: Record<string, unknown> = {};
        for (const [name, property] of Object.entries(schema.properties ?? {}))
          if (schema.required?.includes(name) || random.chance(0.6)) object[name] = plausible(property, depth + 1);
        return object;
      }
    }
  };
  const plausibleString = (schema: JsonSchema): string => {
    switch (schema.format) {
      case "uuid":
        return random.chance(0.7) && knownIds.length ? random.pick(knownIds) : crypto.randomUUID();
      case "date-time":
        return new Date(Date.UTC(2026, random.int(24), 1 + random.int(28), random.int(24))).toISOString();
      case "date":
        return `202${6 + random.int(3)}-0${1 + random.int(9)}-1${random.int(10)}`;
      case "email":
        return random.pick(["sam@example.org", "admin@example.org", `fuzz${random.int(1e6)}@example.org`]);
      case "uri":
        return random.pick(["https://example.org/hook", "http://127.0.0.1:1/x", "https://example.org/a?b=c"]);
      default: {
        const length = Math.max(schema.minLength ?? 1, Math.min(schema.maxLength ?? 20, 1 + random.int(20)));
        return "fuzz ".repeat(length).slice(0, length);
      }
    }
  };
  /** A value that is wrong or at an edge for this schema. */
  const hostile = (): unknown =>
    random.pick([
      () => random.pick(edgeStrings),
      () => random.pick(edgeNumbers),
      () => random.pick(wrongTypes),
      () => Array.from({ length: 2_000 }, () => 1),
      () => ({ __proto__: { admin: true }, constructor: { prototype: {} } }),
    ])();
  return { plausible, hostile, resolve };
}

/** A path segment as sent on the wire; a lone surrogate has no UTF-8 form, so it goes as invalid UTF-8 bytes. */
function encodePathSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return "%ED%A0%80";
  }
}

/** One request's shape, so a failure can be read back as a line and replayed with the printed seed. */
type Case = { method: string; url: string; headers: Record<string, string>; body?: string; label: string };

function apiCase(document: Document, random: Random, knownIds: string[], tokens: Array<[string, string]>): Case {
  const { plausible, hostile } = valueMaker(document, random, knownIds);
  const pathEntries = Object.entries(document.paths).filter(([, operations]) => Object.keys(operations).length);
  const [template, operations] = random.pick(pathEntries);
  const [method, operation] = random.pick(Object.entries(operations));
  const [role, token] = random.pick(tokens);
  const mutations: string[] = [];
  let urlPath = template.replace(/\{(\w+)\}/g, () => {
    const choice = random.int(10);
    if (choice < 6 && knownIds.length) return random.pick(knownIds);
    if (choice < 8) return crypto.randomUUID();
    mutations.push("path");
    return encodePathSegment(String(random.pick(edgeStrings)).slice(0, 300)) || "%20";
  });
  const query = new URLSearchParams();
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in !== "query") continue;
    if (!parameter.required && random.chance(0.5)) continue;
    const value = random.chance(0.4) ? hostile() : plausible(parameter.schema);
    query.set(parameter.name, typeof value === "string" ? value.slice(0, 2_000) : (JSON.stringify(value) ?? ""));
    if (random.chance(0.1)) query.append(parameter.name, "again");
  }
  if (random.chance(0.1)) query.set(`extra${random.int(9)}`, String(random.pick(edgeStrings)).slice(0, 50));
  if ([...query.keys()].length) urlPath += `?${query.toString()}`;

  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  if (random.chance(0.05))
    headers.authorization = `Bearer ${random.pick(["", "iph_nope", "\u00ff\u00fe", "x".repeat(5000)])}`;
  if (random.chance(0.1)) headers["idempotency-key"] = String(random.pick(["", "k".repeat(300), crypto.randomUUID()]));
  let body: string | undefined;
  const bodySchema = operation.requestBody?.content?.["application/json"]?.schema;
  if (method !== "get" && (bodySchema || random.chance(0.3))) {
    headers["content-type"] = "application/json";
    let value = plausible(bodySchema);
    const kind = random.int(10);
    if (kind < 2) mutations.push("plausible");
    else if (kind < 6 && value && typeof value === "object" && !Array.isArray(value)) {
      const object = value as Record<string, unknown>;
      const keys = Object.keys(object);
      const action = random.int(3);
      if (action === 0 && keys.length) {
        const key = random.pick(keys);
        delete object[key];
        mutations.push(`missing ${key}`);
      } else if (action === 1 && keys.length) {
        const key = random.pick(keys);
        object[key] = hostile();
        mutations.push(`bad ${key}`);
      } else {
        object[random.pick(["extra", "id", "role", "__proto__", "userId"])] = hostile();
        mutations.push("extra field");
      }
    } else if (kind < 8) {
      value = hostile();
      mutations.push("bad body");
    } else {
      const raw = random.pick([
        ["application/json", "{"],
        ["application/json", ""],
        ["application/json", '{"a":1,"a":2}'],
        ["application/json", "\u0000"],
        ["text/plain", "hello"],
        ["application/x-www-form-urlencoded", "a=1&b=2"],
        ["multipart/form-data; boundary=x", "--x\r\n\r\n--x--"],
        ["application/json; charset=latin1", "{}"],
        ["application/xml", "<a/>"],
      ] as const);
      headers["content-type"] = raw[0];
      body = raw[1];
      mutations.push(`raw ${raw[0]}`);
    }
    body ??= JSON.stringify(value) ?? "null";
  }
  return {
    method: method.toUpperCase(),
    url: `${API_BASE_PATH}${urlPath}`,
    headers,
    body,
    label: `${method.toUpperCase()} ${template} as ${role} (${mutations.join(", ") || "plausible"})`,
  };
}

type PageAction = { path: string; fields: string[]; intents: string[] };

function pageCase(
  random: Random,
  origin: string,
  actions: PageAction[],
  knownIds: string[],
  cookies: Array<[string, string]>,
): Case {
  const action = random.pick(actions);
  const [role, cookie] = random.pick(cookies);
  const url = action.path.replace(/:(\w+)/g, () =>
    random.chance(0.7) && knownIds.length
      ? random.pick(knownIds)
      : encodePathSegment(random.pick([crypto.randomUUID(), ...edgeStrings.slice(0, 10)])) || "x",
  );
  const fields: Record<string, string> = {};
  for (const name of action.fields) {
    if (random.chance(0.3)) continue;
    fields[name] = random.chance(0.5) ? String(random.pick(edgeStrings)) : String(random.pick(wrongTypes) ?? "");
  }
  if (action.intents.length && random.chance(0.8)) fields.intent = random.pick(action.intents);
  if (random.chance(0.2)) fields[random.pick(["extra", "intent", "id", "_action"])] = random.pick(edgeStrings);
  const headers: Record<string, string> = { cookie, "sec-fetch-site": "same-origin", origin };
  const kind = random.pick(["form", "json", "text", "multipart"] as const);
  let body: string;
  if (kind === "form") {
    headers["content-type"] = "application/x-www-form-urlencoded";
    const form = new URLSearchParams(fields);
    // The same field twice: a form reader must take one, or refuse, not fail.
    if (random.chance(0.2) && action.fields.length) form.append(random.pick(action.fields), "second");
    body = form.toString();
  } else if (kind === "json") {
    headers["content-type"] = "application/json";
    body = random.chance(0.8) ? JSON.stringify(fields) : random.pick(["{", "null", "[]", '"x"']);
  } else if (kind === "text") {
    headers["content-type"] = "text/plain";
    body = random.pick(edgeStrings);
  } else {
    headers["content-type"] = "multipart/form-data; boundary=fuzz";
    body =
      Object.entries(fields)
        .map(([name, value]) => `--fuzz\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
        .join("") + (random.chance(0.8) ? "--fuzz--\r\n" : "");
  }
  return { method: "POST", url, headers, body, label: `POST ${action.path} as ${role} (${kind})` };
}

/** Actions that end the session or the account the fuzzing is signed in with; their own tests cover them. */
const pageActionsLeftOut = new Set(["/sign-out", "/account/privacy/delete", "/account/password", "/account/email"]);
/** The same for the API: deleting your own account. */
const apiLeftOut = new Set(["post /me/deletion"]);
const httpMethods = new Set(["get", "post", "put", "patch", "delete"]);

function routePaths(build: ServerBuild): Array<{ path: string; hasAction: boolean }> {
  const manifest = build.routes;
  const full = (id: string): string => {
    const route = manifest[id]!;
    const parent = route.parentId && route.parentId !== "root" ? full(route.parentId) : "";
    return route.path ? `${parent}/${route.path}`.replace(/\/+/g, "/") : parent || "/";
  };
  return Object.values(manifest)
    .filter((route) => route && route.id !== "root")
    .map((route) => ({ path: full(route!.id), hasAction: typeof route!.module.action === "function" }));
}

describe.each(enginesUnderTest())("fuzzing on %s", (engine) => {
  let services: TestServices;
  let http: TestHttp;
  let document: Document;
  const knownIds: string[] = [];
  const tokens: Array<[string, string]> = [["anonymous", ""]];
  const cookies: Array<[string, string]> = [["anonymous", ""]];
  const figures = { sent: 0, byClass: {} as Record<string, number>, started: 0 };

  beforeAll(async () => {
    figures.started = performance.now();
    services = await createTestServices(engine, { RATE_LIMIT: "off" });
    await seedDemo(services.db);
    http = await serveForTest(services);
    document = buildOpenApiDocument(services.config.publicUrl) as unknown as Document;
    // Ids of rows that exist, so generated references reach past "not found" into the use cases and the database.
    const tables = await queryRows<{ table_name: string }>(
      services.db,
      sql`select table_name from information_schema.columns where table_schema = current_schema() and column_name = 'id' and data_type in ('uuid', 'text') order by table_name`,
    );
    for (const { table_name } of tables) {
      const rows = await queryRows<{ id: string }>(
        services.db,
        sql`select id::text as id from ${sql.identifier(table_name)} limit 2`,
      );
      knownIds.push(...rows.map((row) => row.id));
    }
    for (const [role, email] of [
      ["participant", "sam@example.org"],
      ["trainer", "maya@example.org"],
      ["admin", "admin@example.org"],
    ] as const) {
      const [person] = await services.db.select().from(schema.user).where(eq(schema.user.email, email));
      const { token } = await createPersonalAccessToken(services.db, {
        userId: person!.id,
        name: "fuzz",
        expiresAt: null,
        actor: { userId: person!.id },
      });
      tokens.push([role, token]);
      cookies.push([role, await sessionCookie(services, email, DEMO_PASSWORD)]);
    }
  });
  afterAll(async () => {
    await http?.close();
    await services?.close();
    const seconds = ((performance.now() - figures.started) / 1000).toFixed(1);
    console.info(
      `fuzz on ${engine}: seed ${SEED}, scale ${SCALE}, ${figures.sent} requests in ${seconds} s, by status class ${JSON.stringify(figures.byClass)}`,
    );
  });

  /** Sends the cases a few at a time; returns what went wrong, each with its case so it can be read and replayed. */
  async function send(cases: Case[], check: (test: Case, response: Response, text: string) => string | null) {
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const test = cases[next++]!;
        let response: Response;
        let text: string;
        try {
          const request = () =>
            fetch(`${http.url}${test.url}`, {
              method: test.method,
              headers: test.headers,
              body: test.body,
              redirect: "manual",
            });
          // No retry: the rare "no answer" once seen here was the server's (a page answered before reading a body over
          // what React Router buffers, leaving the kept-alive connection stuck); body-limits.ts now drains such a body.
          response = await request();
          text = await response.text();
        } catch (error) {
          // A body over the page limit is answered 413 and the connection closed before it is read (body-limits.ts),
          // which the client may see as a reset while still sending. Anything smaller must get an answer.
          figures.sent++;
          const size = Buffer.byteLength(test.body ?? "");
          if (size > MAX_FORM_BODY_BYTES) figures.byClass.closed = (figures.byClass.closed ?? 0) + 1;
          else failures.push(`${test.label} ${test.url.slice(0, 120)}: no answer to ${size} bytes (${String(error)})`);
          continue;
        }
        figures.sent++;
        const statusClass = `${String(response.status)[0]}xx`;
        figures.byClass[statusClass] = (figures.byClass[statusClass] ?? 0) + 1;
        const failure =
          response.status >= 500 ? `${response.status} ${text.slice(0, 200)}` : check(test, response, text);
        if (failure) failures.push(`${test.label} ${test.url.slice(0, 120)}: ${failure}`);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    return failures;
  }

  // Found by this fuzzing: an organization id that names no organization reached the database's foreign key, which
  // answered 500; the database's refusal is now read as "not found" (src/features/validation/database-refusals.ts).
  it("answers a directory entry for an organization that does not exist with 404, not a server error", async () => {
    const response = await fetch(`${http.url}/partner/directory`, {
      method: "POST",
      redirect: "manual",
      headers: {
        cookie: cookies.at(-1)![1],
        "sec-fetch-site": "same-origin",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ organizationId: "00000000-0000-0000-0000-000000000000" }).toString(),
    });
    expect(response.status).toBe(404);
  });

  it(`answers ${API_CASES} generated API requests without a 5xx, every refusal as problem+json`, async () => {
    const random = randomFrom(SEED);
    const document_ = {
      ...document,
      paths: Object.fromEntries(
        Object.entries(document.paths).map(([template, operations]) => [
          template,
          Object.fromEntries(
            Object.entries(operations).filter(
              ([method]) => httpMethods.has(method) && !apiLeftOut.has(`${method} ${template}`),
            ),
          ),
        ]),
      ),
    };
    expect(Object.keys(document_.paths).length).toBeGreaterThan(30);
    const cases = Array.from({ length: API_CASES }, () => apiCase(document_, random, knownIds, tokens));
    const failures = await send(cases, (_test, response) => {
      if (response.status < 400) return null;
      const type = response.headers.get("content-type") ?? "";
      return type.startsWith("application/problem+json") ? null : `${response.status} answered as ${type}`;
    });
    expect(failures, `seed ${SEED}`).toEqual([]);
  }, 120_000);

  it(`answers ${PAGE_CASES} generated page actions (form, JSON, text, multipart) without a 5xx`, async () => {
    const random = randomFrom(SEED + 1);
    const build = (await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as ServerBuild;
    const actions: PageAction[] = [];
    for (const route of routePaths(build)) {
      if (!route.hasAction || pageActionsLeftOut.has(route.path)) continue;
      // The page's own form fields and intents, read from what it renders to an admin, so values reach its checks.
      const page = await fetch(`${http.url}${route.path.replace(/:\w+/g, knownIds[0] ?? "x")}`, {
        headers: { cookie: cookies.at(-1)![1] },
        redirect: "manual",
      });
      const html = await page.text();
      const fields = new Set([...html.matchAll(/name="([^"]{1,60})"/g)].map((match) => match[1]!));
      const intents = new Set([...html.matchAll(/name="intent"[^>]*value="([^"]{1,60})"/g)].map((match) => match[1]!));
      fields.delete("intent");
      actions.push({ path: route.path, fields: [...fields], intents: [...intents] });
    }
    expect(actions.length).toBeGreaterThan(20);
    const cases = Array.from({ length: PAGE_CASES }, () => pageCase(random, http.url, actions, knownIds, cookies));
    const failures = await send(cases, () => null);
    expect(failures, `seed ${SEED}`).toEqual([]);
    expect(figures.byClass["5xx"] ?? 0).toBe(0);
  }, 120_000);
});
