// The public catalog on both engines: search in English and Spanish, filters, paging, what stays hidden, seat figures,
// who sees the join link, and the API's GET /sessions and GET /sessions/{id}.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { serveForTest, sessionCookie, type TestHttp } from "../support/http.ts";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import type { PriceTier } from "#core/catalog.ts";
import type { RegistrationStatus } from "#core/registration.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { rolesOf } from "#features/access/load-viewer.ts";
import { searchSessions, type SessionSearch } from "#features/catalog/search-sessions.ts";
import { showSession } from "#features/catalog/show-session.ts";
import { API_BASE_PATH } from "#api/endpoint-table.ts";

const PASSWORD = "correct horse battery";
const DAY = 86_400_000;
const system = { userId: null, label: "test" };

type CourseValues = Partial<typeof schema.course.$inferInsert> &
  Pick<typeof schema.course.$inferInsert, "slug" | "form" | "titleEn" | "titleEs">;

async function addCourse(db: Executor, values: CourseValues): Promise<string> {
  const [row] = await db
    .insert(schema.course)
    .values({ contactMinutes: 360, ...values })
    .returning({ id: schema.course.id });
  return row!.id;
}

type SessionValues = {
  courseId: string;
  startsAt: Date;
  days?: number;
  status?: "draft" | "published" | "cancelled" | "completed";
  format?: "in_person" | "online" | "hybrid";
  language?: "en" | "es";
  capacity?: number;
  reservedPartnerSeats?: number;
  joinUrl?: string;
  priceTiers?: PriceTier[];
  trainers?: Array<{ userId: string; role: "lead" | "co" }>;
};

/** A session with one meeting a day, six hours each, as the admin features would write it. */
async function addSession(db: Executor, values: SessionValues): Promise<string> {
  const days = values.days ?? 1;
  const meetings = Array.from({ length: days }, (_, index) => ({
    position: index + 1,
    startsAt: new Date(values.startsAt.getTime() + index * DAY),
    endsAt: new Date(values.startsAt.getTime() + index * DAY + 6 * 3_600_000),
  }));
  const [row] = await db
    .insert(schema.trainingSession)
    .values({
      courseId: values.courseId,
      status: values.status ?? "published",
      timeZone: "America/Los_Angeles",
      format: values.format ?? "in_person",
      language: values.language ?? "en",
      venueName: values.format === "online" ? null : "Salem Peer Center",
      venueAddress: values.format === "online" ? null : "123 Court St NE, Salem, OR",
      accessibilityNotes: "Step-free entrance; quiet room on the first floor.",
      joinUrl: values.joinUrl ?? null,
      joinDetails: values.joinUrl ? "Passcode 4321" : null,
      capacity: values.capacity ?? 12,
      reservedPartnerSeats: values.reservedPartnerSeats ?? 0,
      priceTiers: values.priceTiers ?? [{ kind: "free", amountCents: 0 }],
      startsAt: meetings[0]!.startsAt,
      endsAt: meetings.at(-1)!.endsAt,
      cancelledAt: values.status === "cancelled" ? new Date() : null,
    })
    .returning({ id: schema.trainingSession.id });
  await db.insert(schema.sessionMeeting).values(meetings.map((meeting) => ({ ...meeting, sessionId: row!.id })));
  if (values.trainers?.length)
    await db
      .insert(schema.sessionTrainer)
      .values(values.trainers.map((trainer) => ({ ...trainer, sessionId: row!.id })));
  return row!.id;
}

async function addPerson(db: Executor, name: string): Promise<string> {
  const id = randomUUID();
  await db.insert(schema.user).values({ id, name, email: `${id}@example.org`, emailVerified: true });
  return id;
}

let queueClock = Date.UTC(2025, 0, 1);
async function addRegistration(
  db: Executor,
  sessionId: string,
  userId: string,
  status: RegistrationStatus,
  groupId: string | null = null,
): Promise<string> {
  const at = new Date((queueClock += 60_000));
  const holds = status === "confirmed" || status === "offered";
  const [row] = await db
    .insert(schema.registration)
    .values({
      sessionId,
      userId,
      status,
      groupId,
      heldFrom: holds ? "general" : null,
      requestedAt: at,
      queueAt: at,
      offerExpiresAt: status === "offered" ? new Date(Date.now() + 2 * DAY) : null,
    })
    .returning({ id: schema.registration.id });
  return row!.id;
}

/** The first day of the month `monthsAhead` from now, as `YYYY-MM`, and that day at 03:00 UTC. */
function monthAhead(monthsAhead: number): { month: string; earlyUtc: Date } {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + monthsAhead, 1, 3));
  return { month: first.toISOString().slice(0, 7), earlyUtc: first };
}

describe.each(enginesUnderTest())("public catalog on %s", (engine) => {
  let services: TestServices;
  let http: TestHttp;
  type Person = "admin" | "trainer" | "sam" | "kai" | "wanda";
  type Course = "core" | "overview" | "circle" | "oldCourse";
  type Session =
    "coreSoon" | "overviewOnline" | "coreFull" | "reserved" | "monthEdge" | "draft" | "cancelled" | "past" | "archived";
  const ids = {} as Record<Person | Course | Session, string>;
  const viewers = {} as Record<Person, Viewer>;
  const cookies = {} as Record<"sam" | "trainer" | "kai", string>;
  const later = (days: number) => new Date(Date.now() + days * DAY);
  const search = (input: Partial<SessionSearch> = {}) =>
    searchSessions(services.db, { timeZone: "America/Los_Angeles", now: services.now(), ...input });
  const titles = async (input: Partial<SessionSearch> = {}) =>
    (await search({ perPage: 50, ...input })).sessions.map((session) => session.id);

  beforeAll(async () => {
    services = await createTestServices(engine, { RATE_LIMIT: "off" });
    const db = services.db;
    for (const [key, name, roles] of [
      ["admin", "Ana Admin", [{ role: "admin" as const, organizationId: null }]],
      ["trainer", "Maya Chen", [{ role: "trainer" as const, organizationId: null }]],
      ["sam", "Sam Taylor", undefined],
      ["kai", "Kai Johnson", undefined],
      ["wanda", "Wanda Waits", undefined],
    ] as const) {
      const person = await createAccount(
        db,
        { email: `${key}@example.org`, name, password: PASSWORD, roles: roles ? [...roles] : undefined },
        system,
      );
      ids[key] = person.id;
      viewers[key] = {
        userId: person.id,
        email: `${key}@example.org`,
        name,
        emailVerified: true,
        roles: await rolesOf(db, person.id),
      };
    }

    ids.core = await addCourse(db, {
      slug: "core",
      form: "core",
      titleEn: "IPS Core Training",
      titleEs: "Capacitación básica de IPS",
      summaryEn: "Five days of learning together about connection, worldview, mutuality and moving towards.",
      summaryEs: "Cinco días para aprender juntos sobre conexión, visión del mundo, mutualidad y avanzar hacia.",
      descriptionEn: "## What we do\n\nWe practise **mutuality**. <script>alert(1)</script>",
      descriptionEs: "## Qué hacemos\n\nPracticamos la **mutualidad**.",
    });
    ids.overview = await addCourse(db, {
      slug: "overview",
      form: "overview",
      titleEn: "IPS Overview",
      titleEs: "Introducción a IPS",
      summaryEn: "A three-hour introduction to the principles.",
      summaryEs: "Una introducción de tres horas a los principios.",
    });
    ids.circle = await addCourse(db, {
      slug: "co-reflection",
      form: "co_reflection",
      titleEn: "Co-reflection circle",
      titleEs: "Círculo de co-reflexión",
    });
    ids.oldCourse = await addCourse(db, {
      slug: "old-advanced",
      form: "advanced",
      titleEn: "Old Advanced Training",
      titleEs: "Avanzada antigua",
      archivedAt: new Date(),
    });
    await db.insert(schema.coursePrerequisite).values({ courseId: ids.circle, requiredCourseId: ids.core });

    // The main session: 10 seats, 4 confirmed (Sam among them), 1 held by an offer, a group of two and Wanda waiting.
    ids.coreSoon = await addSession(db, {
      courseId: ids.core,
      startsAt: later(10),
      days: 3,
      capacity: 10,
      joinUrl: "https://meet.example.org/ips-core",
      priceTiers: [
        { kind: "standard", amountCents: 25000 },
        { kind: "sliding_scale", amountCents: 15000, minimumCents: 5000 },
      ],
      trainers: [{ userId: ids.trainer!, role: "lead" }],
    });
    await addRegistration(db, ids.coreSoon, ids.sam!, "confirmed");
    for (const name of ["Ana", "Bo", "Cy"])
      await addRegistration(db, ids.coreSoon, await addPerson(db, name), "confirmed");
    await addRegistration(db, ids.coreSoon, await addPerson(db, "Di"), "offered");
    const group = randomUUID();
    await addRegistration(db, ids.coreSoon, await addPerson(db, "Ed"), "waitlisted", group);
    await addRegistration(db, ids.coreSoon, await addPerson(db, "Flo"), "waitlisted", group);
    await addRegistration(db, ids.coreSoon, ids.wanda!, "waitlisted");
    await addRegistration(db, ids.coreSoon, await addPerson(db, "Gus"), "cancelled");
    await addRegistration(db, ids.coreSoon, await addPerson(db, "Hal"), "pending_approval");

    ids.overviewOnline = await addSession(db, {
      courseId: ids.overview,
      startsAt: later(20),
      format: "online",
      language: "es",
      joinUrl: "https://meet.example.org/overview",
    });
    // Full: both seats taken; its two reserved-for-a-partner seats elsewhere never count as available.
    ids.coreFull = await addSession(db, { courseId: ids.core, startsAt: later(30), format: "hybrid", capacity: 2 });
    await addRegistration(db, ids.coreFull, await addPerson(db, "Ida"), "confirmed");
    await addRegistration(db, ids.coreFull, await addPerson(db, "Jo"), "confirmed");
    ids.reserved = await addSession(db, {
      courseId: ids.circle,
      startsAt: later(15),
      capacity: 5,
      reservedPartnerSeats: 2,
      trainers: [{ userId: ids.trainer!, role: "co" }],
    });

    const { earlyUtc } = monthAhead(3);
    ids.monthEdge = await addSession(db, { courseId: ids.overview, startsAt: earlyUtc });

    ids.draft = await addSession(db, {
      courseId: ids.core,
      startsAt: later(12),
      status: "draft",
      trainers: [{ userId: ids.trainer!, role: "lead" }],
    });
    ids.cancelled = await addSession(db, { courseId: ids.core, startsAt: later(14), status: "cancelled" });
    await addRegistration(db, ids.cancelled, ids.kai!, "cancelled");
    ids.past = await addSession(db, { courseId: ids.core, startsAt: later(-5) });
    ids.archived = await addSession(db, { courseId: ids.oldCourse, startsAt: later(11) });

    http = await serveForTest(services);
    for (const key of ["sam", "trainer", "kai"] as const)
      cookies[key] = await sessionCookie(services, `${key}@example.org`, PASSWORD);
  });

  afterAll(async () => {
    await http?.close();
    await services?.close();
  });

  it("lists published, upcoming sessions of offered courses, soonest first; drafts, cancelled, past and archived stay out", async () => {
    expect(await titles()).toEqual([ids.coreSoon, ids.reserved, ids.overviewOnline, ids.coreFull, ids.monthEdge]);
  });

  it("finds words in English and in Spanish, stemmed both ways", async () => {
    expect(await titles({ q: "capacitación" })).toEqual([ids.coreSoon, ids.coreFull]);
    expect(await titles({ q: "capacitaciones" })).toEqual([ids.coreSoon, ids.coreFull]);
    expect(await titles({ q: "trainings" })).toEqual([ids.coreSoon, ids.coreFull]);
    expect(await titles({ q: "introducción principios" })).toEqual([ids.overviewOnline, ids.monthEdge]);
    expect(await titles({ q: "mutualidad" })).toEqual([ids.coreSoon, ids.coreFull]);
    expect(await titles({ q: "co-reflexión" })).toEqual([ids.reserved]);
    expect(await titles({ q: "zebra" })).toEqual([]);
    // Search syntax people type by habit is read, never an error.
    expect(await titles({ q: '"core training" -overview OR' })).toEqual([ids.coreSoon, ids.coreFull]);
    expect(await titles({ q: "   " })).toHaveLength(5);
  });

  it("filters by form, format, language, month in the reader's time zone, and open seats", async () => {
    expect(await titles({ form: "co_reflection" })).toEqual([ids.reserved]);
    expect(await titles({ format: "hybrid" })).toEqual([ids.coreFull]);
    expect(await titles({ format: "online" })).toEqual([ids.overviewOnline]);
    expect(await titles({ language: "es" })).toEqual([ids.overviewOnline]);
    // 03:00 UTC on the 1st is still the evening before in Oregon.
    const { month, earlyUtc } = monthAhead(3);
    const before = new Date(Date.UTC(earlyUtc.getUTCFullYear(), earlyUtc.getUTCMonth() - 1, 15))
      .toISOString()
      .slice(0, 7);
    expect(await titles({ month, timeZone: "UTC" })).toEqual([ids.monthEdge]);
    expect(await titles({ month, timeZone: "America/Los_Angeles" })).toEqual([]);
    expect(await titles({ month: before, timeZone: "America/Los_Angeles" })).toEqual([ids.monthEdge]);
    expect(await titles({ month: "2025-13" })).toHaveLength(5);
    expect(await titles({ hasSeats: true })).toEqual([ids.coreSoon, ids.reserved, ids.overviewOnline, ids.monthEdge]);
    expect(await titles({ hasSeats: true, form: "core" })).toEqual([ids.coreSoon]);
    expect(await titles({ course: "overview" })).toEqual([ids.overviewOnline, ids.monthEdge]);
    expect(await titles({ course: ids.circle })).toEqual([ids.reserved]);
  });

  it("pages through the results, keeping the last page when asked for one beyond it", async () => {
    const first = await search({ perPage: 2 });
    expect(first).toMatchObject({ total: 5, page: 1, pageCount: 3, perPage: 2 });
    expect(first.sessions.map((s) => s.id)).toEqual([ids.coreSoon, ids.reserved]);
    expect((await search({ perPage: 2, page: 3 })).sessions.map((s) => s.id)).toEqual([ids.monthEdge]);
    expect(await search({ perPage: 2, page: 9 })).toMatchObject({ page: 3, pageCount: 3 });
    const open = await search({ perPage: 3, page: 2, hasSeats: true });
    expect(open).toMatchObject({ total: 4, page: 2, pageCount: 2 });
    expect(open.sessions.map((s) => s.id)).toEqual([ids.monthEdge]);
    expect(await search()).toMatchObject({ perPage: 12 });
  });

  it("counts seats: confirmed people, seats held by offers, free general seats, and waiting entries (a group once)", async () => {
    const byId = new Map((await search({ perPage: 50 })).sessions.map((session) => [session.id, session]));
    expect(byId.get(ids.coreSoon)!.seats).toEqual({ capacity: 10, confirmed: 4, held: 1, available: 5, waitlisted: 2 });
    expect(byId.get(ids.coreFull)!.seats).toEqual({ capacity: 2, confirmed: 2, held: 0, available: 0, waitlisted: 0 });
    expect(byId.get(ids.reserved)!.seats).toEqual({ capacity: 5, confirmed: 0, held: 0, available: 3, waitlisted: 0 });
    expect(byId.get(ids.coreSoon)!.window).toBe("open");
    const page = await showSession(services.db, { id: ids.coreSoon, now: services.now() }, null);
    expect(page.seats).toEqual({ capacity: 10, confirmed: 4, held: 1, available: 5, waitlisted: 2 });
  });

  it("shows the join link only to confirmed participants, the session's trainers and admins", async () => {
    const read = (viewer: Viewer | null) => showSession(services.db, { id: ids.coreSoon, now: services.now() }, viewer);
    expect((await read(null)).join).toBeNull();
    expect((await read(viewers.kai!)).join).toBeNull();
    expect((await read(viewers.wanda!)).join).toBeNull();
    expect((await read(viewers.sam!)).join).toEqual({
      url: "https://meet.example.org/ips-core",
      details: { en: "Passcode 4321", es: "" },
    });
    expect((await read(viewers.trainer!)).join).not.toBeNull();
    expect((await read(viewers.admin!)).join).not.toBeNull();
    // A trainer of another session of the hub is not a trainer of this one.
    const other = await showSession(services.db, { id: ids.overviewOnline, now: services.now() }, viewers.trainer!);
    expect(other.join).toBeNull();
  });

  it("tells the viewer where they stand: confirmed, or waiting behind a group that counts as one entry", async () => {
    const read = (viewer: Viewer) => showSession(services.db, { id: ids.coreSoon, now: services.now() }, viewer);
    expect((await read(viewers.sam!)).viewerRegistration).toMatchObject({
      status: "confirmed",
      waitlistPosition: null,
    });
    expect((await read(viewers.wanda!)).viewerRegistration).toMatchObject({
      status: "waitlisted",
      waitlistPosition: 2,
    });
    expect((await read(viewers.kai!)).viewerRegistration).toBeNull();
  });

  it("reads a session for its page: course, meetings, trainers, prerequisites, window", async () => {
    const page = await showSession(services.db, { id: ids.reserved, now: services.now() }, null);
    expect(page.course).toMatchObject({
      slug: "co-reflection",
      title: { en: "Co-reflection circle", es: "Círculo de co-reflexión" },
    });
    expect(page.prerequisites).toEqual({
      mode: "all",
      courses: [{ id: ids.core, slug: "core", title: { en: "IPS Core Training", es: "Capacitación básica de IPS" } }],
    });
    expect(page.trainers).toEqual([{ userId: ids.trainer, name: "Maya Chen", role: "co", pronouns: null }]);
    const core = await showSession(services.db, { id: ids.coreSoon, now: services.now() }, null);
    expect(core.meetings.map((meeting) => meeting.position)).toEqual([1, 2, 3]);
    expect(core.meetings[0]!.startsAt).toEqual(core.startsAt);
    expect(core.meetings[2]!.endsAt).toEqual(core.endsAt);
  });

  it("hides drafts and cancelled sessions from the public, but not from those they concern", async () => {
    const read = (id: string, viewer: Viewer | null) => showSession(services.db, { id, now: services.now() }, viewer);
    await expect(read(ids.draft!, null)).rejects.toMatchObject({ code: "not_found" });
    await expect(read(ids.draft!, viewers.sam!)).rejects.toMatchObject({ code: "not_found" });
    expect((await read(ids.draft!, viewers.admin!)).status).toBe("draft");
    expect((await read(ids.draft!, viewers.trainer!)).status).toBe("draft");
    await expect(read(ids.cancelled!, null)).rejects.toMatchObject({ code: "not_found" });
    await expect(read(ids.cancelled!, viewers.sam!)).rejects.toMatchObject({ code: "not_found" });
    expect((await read(ids.cancelled!, viewers.kai!)).window).toBe("cancelled");
    await expect(read("no-such-session", viewers.admin!)).rejects.toMatchObject({ code: "not_found" });
  });

  describe("pages", () => {
    const page = async (path: string, headers: Record<string, string> = {}) => {
      const response = await fetch(`${http.url}${path}`, { headers });
      return { status: response.status, html: await response.text() };
    };

    it("lists trainings as cards with seats and prices, and searches in Spanish", async () => {
      const list = await page("/trainings");
      expect(list.status).toBe(200);
      expect(list.html).toContain("IPS Core Training");
      expect(list.html).toContain("5 seats left");
      expect(list.html).toContain("Waitlist open");
      expect(list.html).not.toContain("Old Advanced Training");
      const spanish = await page("/trainings?q=capacitaciones&form=core", { cookie: "ips.lang=es" });
      expect(spanish.html).toContain("Capacitación básica de IPS");
      expect(spanish.html).toContain("Quedan 5 cupos");
      expect(spanish.html).not.toContain("Introducción a IPS");
      const none = await page("/trainings?q=zebra");
      expect(none.html).toContain("No trainings match this search");
    });

    it("shows a session's page, with the join link only for a confirmed participant or a trainer, and safe Markdown", async () => {
      const stranger = await page(`/trainings/${ids.coreSoon}`);
      expect(stranger.status).toBe(200);
      expect(stranger.html).toContain("Maya Chen");
      expect(stranger.html).toContain("Step-free entrance");
      expect(stranger.html).toContain(`/trainings/${ids.coreSoon}/register`);
      expect(stranger.html).toContain(`/trainings/${ids.coreSoon}/calendar.ics`);
      expect(stranger.html).toContain("<strong>mutuality</strong>");
      expect(stranger.html).not.toContain("<script>alert(1)</script>");
      expect(stranger.html).not.toContain("meet.example.org/ips-core");
      expect((await page(`/trainings/${ids.coreSoon}`, { cookie: cookies.kai! })).html).not.toContain(
        "meet.example.org/ips-core",
      );
      expect((await page(`/trainings/${ids.coreSoon}`, { cookie: cookies.sam! })).html).toContain(
        "meet.example.org/ips-core",
      );
      expect((await page(`/trainings/${ids.coreSoon}`, { cookie: cookies.trainer! })).html).toContain(
        "meet.example.org/ips-core",
      );
      expect((await page(`/trainings/${ids.coreFull}`)).html).toContain("Join the waitlist");
    });

    it("serves visitors who are not signed in a recent copy of the catalog, each with its own script nonce", async () => {
      const nonceOf = (response: Response) =>
        response.headers.get("content-security-policy")!.match(/'nonce-([^']+)'/)![1]!;
      const first = await fetch(`${http.url}/trainings?format=online`);
      const second = await fetch(`${http.url}/trainings?format=online`);
      const [one, two] = [await first.text(), await second.text()];
      expect(nonceOf(first)).not.toBe(nonceOf(second));
      expect(one).toContain(`nonce="${nonceOf(first)}"`);
      expect(two).toContain(`nonce="${nonceOf(second)}"`);
      expect(two).not.toContain(nonceOf(first));
      expect(two.replaceAll(nonceOf(second), "…")).toBe(one.replaceAll(nonceOf(first), "…"));
      expect(one).toContain("IPS Overview");
      // Signed in, the page is rendered for the person (their own navigation), never taken from the shared copy.
      const signedInResponse = await fetch(`${http.url}/trainings?format=online`, { headers: { cookie: cookies.sam } });
      expect(signedInResponse.headers.get("cache-status")).toBeNull();
      const signedIn = await signedInResponse.text();
      expect(signedIn).toContain("Sign out");
      expect(one).not.toContain("Sign out");
    });

    it("shows new seat figures on the catalog within a few seconds", async () => {
      const seatsOn = async () => (await page("/trainings?form=core")).html.match(/(\d+) seats? left/)?.[1];
      // The page's copy may be a moment old; let it settle before counting.
      const settle = async (expected: (value: string | undefined) => boolean) => {
        let seen = await seatsOn();
        for (const deadline = Date.now() + 8_000; !expected(seen) && Date.now() < deadline; seen = await seatsOn()) {
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        return seen;
      };
      // What the session holds right now, read fresh through the API.
      const fresh = async () =>
        (
          (await (await fetch(`${http.url}${API_BASE_PATH}/sessions/${ids.coreSoon}`)).json()) as {
            seats: { available: number };
          }
        ).seats.available;
      const before = await fresh();
      expect(await settle((value) => value === String(before))).toBe(String(before));
      const extra = await addRegistration(services.db, ids.coreSoon, await addPerson(services.db, "Kim"), "confirmed");
      // Within the copy's short lifetime the catalog catches up (a bounded wait; no timing is asserted).
      expect(await settle((value) => value === String(before - 1))).toBe(String(before - 1));
      // The session page is read fresh every time.
      await services.db.delete(schema.registration).where(eq(schema.registration.id, extra));
      expect((await page(`/trainings/${ids.coreSoon}`)).html).toContain("5 seats left");
    });

    it("answers 404 for a draft, a cancelled session and an unknown id", async () => {
      expect((await page(`/trainings/${ids.draft}`)).status).toBe(404);
      expect((await page(`/trainings/${ids.cancelled}`)).status).toBe(404);
      expect((await page("/trainings/no-such-session")).status).toBe(404);
    });
  });

  describe("API", () => {
    const api = async (path: string) => {
      const response = await fetch(`${http.url}${API_BASE_PATH}${path}`);
      const text = await response.text();
      return {
        status: response.status,
        type: response.headers.get("content-type") ?? "",
        json: JSON.parse(text),
        text,
      };
    };
    const listed = async (query: string) =>
      ((await api(`/sessions${query}`)).json.sessions as Array<{ id: string }>).map((session) => session.id);

    it("GET /sessions lists the catalog, filtered by course, time, format and words, and paged", async () => {
      const all = await api("/sessions");
      expect(all.status).toBe(200);
      expect(all.json).toMatchObject({ total: 5, page: 1, pageCount: 1, perPage: 12 });
      expect(all.json.sessions[0]).toMatchObject({
        id: ids.coreSoon,
        status: "published",
        course: {
          id: ids.core,
          slug: "core",
          form: "core",
          title: { en: "IPS Core Training", es: "Capacitación básica de IPS" },
          requiresApproval: false,
        },
        format: "in_person",
        registration: "open",
        seats: { capacity: 10, confirmed: 4, held: 1, available: 5, waitlisted: 2 },
        priceTiers: [
          { kind: "standard", amountCents: 25000 },
          { kind: "sliding_scale", amountCents: 15000, minimumCents: 5000 },
        ],
      });
      expect(await listed("?course=core")).toEqual([ids.coreSoon, ids.coreFull]);
      expect(await listed(`?course=${ids.overview}`)).toEqual([ids.overviewOnline, ids.monthEdge]);
      expect(await listed("?format=online")).toEqual([ids.overviewOnline]);
      expect(await listed("?q=capacitaciones")).toEqual([ids.coreSoon, ids.coreFull]);
      expect(
        await listed(
          `?from=${encodeURIComponent(later(16).toISOString())}&to=${encodeURIComponent(later(31).toISOString())}`,
        ),
      ).toEqual([ids.overviewOnline, ids.coreFull]);
      expect(await listed(`?to=${encodeURIComponent(later(12).toISOString())}`)).toEqual([ids.coreSoon]);
      const paged = await api("/sessions?perPage=2&page=2");
      expect(paged.json).toMatchObject({ total: 5, page: 2, pageCount: 3, perPage: 2 });
    });

    it("GET /sessions refuses a bad query parameter with problem+json naming it", async () => {
      const bad = await api("/sessions?format=carrier-pigeon&from=yesterday&perPage=500");
      expect(bad.status).toBe(422);
      expect(bad.type).toMatch(/^application\/problem\+json/);
      expect(bad.json.errors.map((error: { path: string }) => error.path).sort()).toEqual([
        "format",
        "from",
        "perPage",
      ]);
    });

    it("GET /sessions/{id} has seats, meetings, trainers and the course, never the join details", async () => {
      const one = await api(`/sessions/${ids.coreSoon}`);
      expect(one.status).toBe(200);
      expect(one.json.seats).toEqual({ capacity: 10, confirmed: 4, held: 1, available: 5, waitlisted: 2 });
      expect(one.json.meetings).toHaveLength(3);
      expect(Object.keys(one.json.meetings[0]).sort()).toEqual(["endsAt", "id", "position", "startsAt"]);
      expect(one.json.meetings[0]).toMatchObject({ position: 1, startsAt: one.json.startsAt });
      expect(one.json.trainers).toEqual([{ id: ids.trainer, name: "Maya Chen", role: "lead" }]);
      expect(one.json.course).toMatchObject({ id: ids.core, slug: "core" });
      expect(one.text).not.toContain("meet.example.org");
      expect(one.text).not.toContain("Passcode");
    });

    it("GET /sessions/{id} answers 404 for drafts, cancelled sessions and unknown ids", async () => {
      for (const id of [ids.draft, ids.cancelled, "no-such-session"]) {
        const missing = await api(`/sessions/${id}`);
        expect(missing.status).toBe(404);
        expect(missing.type).toMatch(/^application\/problem\+json/);
      }
    });

    it("documents the query parameters in the OpenAPI document", async () => {
      const document = (await api("/openapi.json")).json;
      const parameters = document.paths["/sessions"].get.parameters as Array<{ name: string; in: string }>;
      expect(
        parameters
          .filter((p) => p.in === "query")
          .map((p) => p.name)
          .sort(),
      ).toEqual(["course", "format", "from", "page", "perPage", "q", "to"]);
      expect(document.paths["/sessions"].get.responses["422"]).toBeDefined();
      expect(document.paths["/sessions/{id}"].get.parameters.map((p: { name: string }) => p.name)).toEqual(["id"]);
    });
  });
});
