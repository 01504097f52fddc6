// Hub-written texts in both languages outside the pages (decision 0041): the API takes and gives a session's accessibility
// notes and joining details as `{ en, es }` (older one-string clients keep working), and calendars — the public feed,
// a session's download, a person's own feed — are written in the calendar's language with the other as fallback.
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { createPersonalAccessToken } from "#features/tokens/personal-access-tokens.ts";
import { readPersonalFeed, rotatePersonalFeed } from "#features/calendar/personal-feed.ts";
import { readTrainingsFeed } from "#features/calendar/read-trainings-feed.ts";
import { createApiRouter } from "#api/router.ts";
import { API_BASE_PATH } from "#api/endpoint-table.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { serveForTest, type TestHttp } from "../support/http.ts";
import { seedCourse, seedPeople } from "../support/catalog.ts";

type Answer = { status: number; json: any };

const system = { userId: null, label: "test" };
const PUBLIC_URL = "https://hub.example.org";

const ACCESS = { en: "Step-free entrance; live captions.", es: "Entrada sin escalones; subtítulos en directo." };
const JOIN = { en: "Meeting ID 482 193 775 · Passcode river", es: "ID de reunión 482 193 775 · Clave río" };

/** Every event's DESCRIPTION in an iCalendar text, read by ical.js as a calendar program would. */
function descriptions(ics: string): string[] {
  return new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents("vevent")
    .map((event) => new ICAL.Event(event).description ?? "");
}

function meetingInDays(days: number) {
  const start = new Date(Date.now() + days * 86_400_000);
  start.setUTCHours(16, 0, 0, 0);
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString() };
}

describe.each(enginesUnderTest())("hub-written texts in both languages, on %s", (engine) => {
  let services: TestServices;
  let server: Server;
  let base: string;
  let admin: Viewer & { token: string };
  let trainerId: string;
  let courseSlug: string;

  async function api(path: string, options: { token?: string; body?: unknown } = {}): Promise<Answer> {
    const response = await fetch(`${base}${API_BASE_PATH}${path}`, {
      method: options.body === undefined ? "GET" : "POST",
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : undefined };
  }

  async function withToken(viewer: Viewer): Promise<Viewer & { token: string }> {
    const { token } = await createPersonalAccessToken(services.db, {
      userId: viewer.userId,
      name: "test",
      expiresAt: null,
      actor: system,
    });
    return { ...viewer, token };
  }

  /** An online session scheduled through the API, published with a lead trainer. */
  async function schedule(fields: Record<string, unknown>, days: number): Promise<Answer> {
    return api("/sessions", {
      token: admin.token,
      body: {
        courseSlug,
        timezone: "America/Los_Angeles",
        meetings: [meetingInDays(days)],
        format: "online",
        joinUrl: "https://meet.example.org/ips",
        capacity: 5,
        status: "published",
        trainers: [{ userId: trainerId, role: "lead" }],
        ...fields,
      },
    });
  }

  beforeAll(async () => {
    services = await createTestServices(engine);
    const [adminPerson, trainer] = await seedPeople(services.db, 2, `texts-${engine}`);
    await services.db.insert(schema.roleGrant).values([
      { userId: adminPerson!.userId, role: "admin" },
      { userId: trainer!.userId, role: "trainer" },
    ]);
    admin = await withToken(adminPerson!);
    trainerId = trainer!.userId;
    courseSlug = (await seedCourse(services.db)).slug;
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

  describe("the API", () => {
    it("takes both languages on POST /sessions and gives both back, keeping the one-string fields English", async () => {
      const created = await schedule({ accessibilityNotes: ACCESS, joinDetails: JOIN }, 20);
      expect(created.status, JSON.stringify(created.json)).toBe(201);
      expect(created.json).toMatchObject({ accessibilityNotes: ACCESS.en, accessibilityNotesLocalized: ACCESS });
      expect(created.json).not.toHaveProperty("joinDetails");
      const [row] = await services.db
        .select()
        .from(schema.trainingSession)
        .where(eq(schema.trainingSession.id, created.json.id));
      expect(row).toMatchObject({
        accessibilityNotes: ACCESS.en,
        accessibilityNotesEs: ACCESS.es,
        joinDetails: JOIN.en,
        joinDetailsEs: JOIN.es,
      });
      expect((await api(`/sessions/${created.json.id}`)).json.accessibilityNotesLocalized).toEqual(ACCESS);

      // A confirmed person reads both languages of the joining details; someone still waiting reads none.
      const [first, second] = await Promise.all(
        (await seedPeople(services.db, 2, `reader-${engine}`)).map((person) => withToken(person)),
      );
      expect((await api(`/sessions/${created.json.id}/registrations`, { token: first!.token, body: {} })).status).toBe(
        201,
      );
      const mine = await api("/me/registrations", { token: first!.token });
      expect(mine.json.registrations[0].join).toEqual({
        url: "https://meet.example.org/ips",
        details: JOIN.en,
        detailsLocalized: JOIN,
      });
      expect((await api("/me/registrations", { token: second!.token })).json.registrations).toEqual([]);
    });

    it("still takes one string as the English text, as older clients send it", async () => {
      const created = await schedule({ accessibilityNotes: "Captions on.", joinDetails: "Passcode 4321" }, 21);
      expect(created.status, JSON.stringify(created.json)).toBe(201);
      expect(created.json).toMatchObject({
        accessibilityNotes: "Captions on.",
        accessibilityNotesLocalized: { en: "Captions on.", es: "" },
      });
      const [row] = await services.db
        .select()
        .from(schema.trainingSession)
        .where(eq(schema.trainingSession.id, created.json.id));
      expect(row).toMatchObject({ joinDetails: "Passcode 4321", joinDetailsEs: null });
    });

    it("gives only Spanish back as such: the one-string field stays empty rather than English in name only", async () => {
      const created = await schedule({ accessibilityNotes: { en: "", es: "Cámaras opcionales." } }, 22);
      expect(created.json).toMatchObject({
        accessibilityNotes: null,
        accessibilityNotesLocalized: { en: "", es: "Cámaras opcionales." },
      });
    });

    it("refuses a language object with a missing or extra key, or a text too long, naming the field", async () => {
      const missing = await schedule({ joinDetails: { en: "Passcode" } }, 23);
      expect(missing.status).toBe(422);
      expect(JSON.stringify(missing.json)).toContain("joinDetails");
      const extra = await schedule({ accessibilityNotes: { en: "a", es: "b", fr: "c" } }, 23);
      expect(extra.status).toBe(422);
      const long = await schedule({ accessibilityNotes: { en: "", es: "x".repeat(2001) } }, 23);
      expect(long.status).toBe(422);
      expect(JSON.stringify(long.json)).toContain("accessibilityNotes");
    });

    it("documents both shapes in the OpenAPI document", async () => {
      const document = (await api("/openapi.json")).json;
      const request = document.components.schemas.CreateSessionRequest.properties;
      expect(JSON.stringify(request.accessibilityNotes)).toContain('"es"');
      expect(request.joinDetails.anyOf).toHaveLength(2);
      const session = document.components.schemas.Session.properties;
      expect(session.accessibilityNotesLocalized).toBeDefined();
      const join = document.components.schemas.MyRegistration.properties.join;
      expect(JSON.stringify(join)).toContain("detailsLocalized");
    });
  });

  describe("calendars", () => {
    let spanishOnly: string;
    let englishOnly: string;
    let both: string;

    beforeAll(async () => {
      both = (await schedule({ accessibilityNotes: ACCESS, joinDetails: JOIN }, 30)).json.id;
      spanishOnly = (await schedule({ accessibilityNotes: { en: "", es: "Solo en español." } }, 31)).json.id;
      englishOnly = (await schedule({ accessibilityNotes: "Only in English.", joinDetails: "Dial 555-0100" }, 32)).json
        .id;
    });

    it("writes the public feed in its language, the other one when a text has no wording in it", async () => {
      const feed = async (locale: "en" | "es") =>
        descriptions(
          await readTrainingsFeed(services.db, { locale, publicUrl: PUBLIC_URL, hubName: "Hub", now: new Date() }),
        ).join("\n---\n");
      const spanish = await feed("es");
      expect(spanish).toContain(ACCESS.es);
      expect(spanish).not.toContain(ACCESS.en);
      expect(spanish).toContain("Only in English.");
      // Joining details are never in the public feed.
      expect(spanish).not.toContain(JOIN.es);
      const english = await feed("en");
      expect(english).toContain(ACCESS.en);
      expect(english).toContain("Solo en español.");
      expect(english).not.toContain(ACCESS.es);
    });

    it("writes a person's own feed in their language, joining details included once confirmed", async () => {
      const [rosa, sam] = await seedPeople(services.db, 2, `feed-${engine}`);
      await services.db.update(schema.user).set({ locale: "es" }).where(eq(schema.user.id, rosa!.userId));
      await services.db.update(schema.user).set({ locale: "en" }).where(eq(schema.user.id, sam!.userId));
      for (const person of [rosa!, sam!]) {
        const { token } = await withToken(person);
        for (const id of [both, spanishOnly, englishOnly])
          expect((await api(`/sessions/${id}/registrations`, { token, body: {} })).status).toBe(201);
      }
      const feedOf = async (person: Viewer) => {
        const { token } = await rotatePersonalFeed(
          services.db,
          { userId: person.userId, publicUrl: PUBLIC_URL },
          system,
        );
        const ics = await readPersonalFeed(services.db, {
          token,
          publicUrl: PUBLIC_URL,
          hubName: "Hub",
          now: new Date(),
        });
        return descriptions(ics!).join("\n---\n");
      };
      const rosaFeed = await feedOf(rosa!);
      expect(rosaFeed).toContain(JOIN.es);
      expect(rosaFeed).not.toContain(JOIN.en);
      expect(rosaFeed).toContain(ACCESS.es);
      expect(rosaFeed).toContain("Dial 555-0100");
      const samFeed = await feedOf(sam!);
      expect(samFeed).toContain(JOIN.en);
      expect(samFeed).not.toContain(JOIN.es);
      expect(samFeed).toContain("Solo en español.");
    });

    describe("over HTTP", () => {
      let http: TestHttp;
      beforeAll(async () => {
        http = await serveForTest(services);
      });
      afterAll(async () => {
        await http?.close();
      });

      it("takes the feed's language from ?lang=, whatever the calendar program's own languages", async () => {
        const read = async (query: string) => {
          const response = await fetch(`${http.url}/trainings.ics${query}`, {
            headers: { "accept-language": "en-US,en;q=0.9" },
          });
          expect(response.status).toBe(200);
          expect(response.headers.get("vary")).toMatch(/Accept-Language/);
          return descriptions(await response.text()).join("\n");
        };
        expect(await read("?lang=es")).toContain(ACCESS.es);
        expect(await read("")).toContain(ACCESS.en);
        // Anything else is ignored, never an error.
        expect(await read("?lang=fr")).toContain(ACCESS.en);
        const download = await fetch(`${http.url}/trainings/${both}/calendar.ics?lang=es`);
        expect(descriptions(await download.text()).join("\n")).toContain(ACCESS.es);
      });
    });
  });
});
