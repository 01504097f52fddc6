// A hub for the co-reflection circle tests: served on loopback with the same five people (an admin, a trainer who
// organizes, two peers and someone outside every circle), each with an API token; a clock the tests set; the API and
// page calls they make; and a circle planned through the API with its meetings.
import { eq } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { createPersonalAccessToken } from "#features/tokens/personal-access-tokens.ts";
import { API_BASE_PATH } from "#api/endpoint-table.ts";
import type { Engine } from "./databases.ts";
import { serveForTest, type TestHttp } from "./http.ts";
import { createTestServices, type TestServices } from "./services.ts";

export const CIRCLE_PASSWORD = "correct horse battery staple";
const system = { userId: null, label: "test" };

/** Everyone the circle tests need, by the part they play. */
export type CirclePeople = { admin: Viewer; trainer: Viewer; rosa: Viewer; sam: Viewer; stranger: Viewer };

const PEOPLE: Record<keyof CirclePeople, { email: string; name: string; role: "admin" | "trainer" | "participant" }> = {
  admin: { email: "ada@example.org", name: "Ada Admin", role: "admin" },
  trainer: { email: "tess@example.org", name: "Tess Trainer", role: "trainer" },
  rosa: { email: "rosa@example.org", name: "Rosa Peer", role: "participant" },
  sam: { email: "sam@example.org", name: "Sam Peer", role: "participant" },
  stranger: { email: "nina@example.org", name: "Nina Elsewhere", role: "participant" },
};

/** An API answer: its status and its JSON body (null when there is none). */
export type ApiAnswer = { status: number; json: any };

export type CircleHub = {
  services: TestServices;
  http: TestHttp;
  people: CirclePeople;
  /** Holds the hub's clock at this instant until the next call. */
  at(iso: string): void;
  /** Calls the API as `viewer` with their token, sending `body` as JSON when given. */
  call(method: string, path: string, viewer: Viewer, body?: unknown): Promise<ApiAnswer>;
  /** The same call, with the answer's content type (to tell a problem+json answer). */
  callWithContentType(
    method: string,
    path: string,
    viewer: Viewer,
    body?: unknown,
  ): Promise<ApiAnswer & { type: string }>;
  /** Posts a form as a signed-in browser does (same-origin, url-encoded). */
  postForm(path: string, cookie: string, fields: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
};

/**
 * Starts the hub with the five people. `locales`: a language each person chose (English otherwise), for the tests of
 * mail and feeds written in the reader's language.
 */
export async function startCircleHub(
  engine: Engine,
  options: { now: string; locales?: Partial<Record<keyof CirclePeople, "en" | "es">> },
): Promise<CircleHub> {
  const services = await createTestServices(engine, { RATE_LIMIT: "off" });
  const http = await serveForTest(services);
  const tokens = new Map<string, string>();
  const people = {} as CirclePeople;
  for (const [part, { email, name, role }] of Object.entries(PEOPLE) as [
    keyof CirclePeople,
    (typeof PEOPLE)["admin"],
  ][]) {
    const roles = [{ role, organizationId: null }];
    const person = await createAccount(services.db, { email, name, password: CIRCLE_PASSWORD, roles }, system);
    const locale = options.locales?.[part];
    if (locale) await services.db.update(schema.user).set({ locale }).where(eq(schema.user.id, person.id));
    const { token } = await createPersonalAccessToken(services.db, {
      userId: person.id,
      name: "api",
      expiresAt: null,
      actor: system,
    });
    tokens.set(person.id, token);
    people[part] = { userId: person.id, email, name, emailVerified: true, roles };
  }

  const callWithContentType = async (method: string, path: string, viewer: Viewer, body?: unknown) => {
    const response = await fetch(`${http.url}${API_BASE_PATH}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tokens.get(viewer.userId)}`,
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get("content-type") ?? "",
      json: text ? JSON.parse(text) : null,
    };
  };
  const hub: CircleHub = {
    services,
    http,
    people,
    at(iso) {
      services.now = () => new Date(iso);
    },
    callWithContentType,
    async call(method, path, viewer, body) {
      const { status, json } = await callWithContentType(method, path, viewer, body);
      return { status, json };
    },
    postForm: (path, cookie, fields) =>
      fetch(`${http.url}${path}`, {
        method: "POST",
        headers: { cookie, "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "same-origin" },
        body: new URLSearchParams(fields),
      }),
    async close() {
      await http.close();
      await services.close();
    },
  };
  hub.at(options.now);
  return hub;
}

/** React escapes apostrophes and quotes in the page; compare with the text as a reader sees it. */
export async function pageText(response: Response): Promise<string> {
  return (await response.text()).replaceAll("&#x27;", "'").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
}

/**
 * A circle open to requests, in Oregon, meeting four Thursdays at 6 pm from 5 March 2026 (the first before the
 * March change, the others after it).
 */
export const THURSDAY_CIRCLE = {
  circle: { name: "Thursday circle", language: "en", timeZone: "America/Los_Angeles", joinPolicy: "request" },
  schedule: { frequency: "weekly", firstDate: "2026-03-05", startTime: "18:00", count: 4 },
} as const;

/**
 * Starts a circle through the API as `organizer` and plans its meetings; fails with the API's answer if either step
 * is refused. Returns both answers, for the tests that check them.
 */
export async function planCircle(
  hub: CircleHub,
  organizer: Viewer,
  plan: { circle: Record<string, unknown>; schedule: Record<string, unknown> } = THURSDAY_CIRCLE,
): Promise<{ circleId: string; meetingIds: string[]; created: ApiAnswer; planned: ApiAnswer }> {
  const created = await hub.call("POST", "/circles", organizer, plan.circle);
  if (created.status !== 201) throw new Error(`starting the circle: ${created.status} ${JSON.stringify(created.json)}`);
  const circleId = created.json.id as string;
  const planned = await hub.call("POST", `/circles/${circleId}/meetings`, organizer, plan.schedule);
  if (planned.status !== 201) throw new Error(`planning meetings: ${planned.status} ${JSON.stringify(planned.json)}`);
  return { circleId, meetingIds: planned.json.meetingIds as string[], created, planned };
}
