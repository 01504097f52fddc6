// Trainers on both engines: a walk-in added at the door through the seat ledger (never oversold, also when many arrive
// at once through two pools), attendance from arrival, who may add one and when; standing computed from recorded facts.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, queryRows, schema, type DatabaseHandle } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { API_BASE_PATH } from "#api/endpoint-table.ts";
import { seedDemo } from "#features/demo/seed-demo.ts";
import { createPersonalAccessToken } from "#features/tokens/personal-access-tokens.ts";
import { createSession } from "#features/catalog/create-session.ts";
import type { SessionInput } from "#features/catalog/session-input.ts";
import { isAppError } from "#platform/app-error.ts";
import { addWalkIn } from "#features/trainers/add-walk-in.ts";
import { sendStandingReminders } from "#features/trainers/send-standing-reminders.ts";
import { setStandingReminders } from "#features/trainers/trainer-profile.ts";
import { listPublicTrainers } from "#features/trainers/list-trainers.ts";
import { standingsOf } from "#features/trainers/trainer-standings.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { serveForTest, sessionCookie, type TestHttp } from "../support/http.ts";
import { DEMO_PASSWORD } from "#features/demo/demo-accounts.ts";
import { seatFiguresFor } from "#features/catalog/seat-figures.ts";
import { releaseSponsoredBlock } from "#features/partners/sponsored-blocks.ts";
import { adminViewer, seedCourse, seedPeople, seedSession } from "../support/catalog.ts";

const actor = { userId: null, label: "test" };
const MINUTE = 60_000;
/** The training's day 1 is 5 April 2027, 16:00–23:00 UTC; day 2 the next day. */
const BASE = new Date("2027-04-05T12:00:00Z");

function asTrainer(person: Viewer): Viewer {
  return { ...person, roles: [{ role: "trainer", organizationId: null }] };
}

describe.each(enginesUnderTest())("trainers (%s)", (engine) => {
  let services: TestServices;
  let database: { handle: DatabaseHandle };
  let http: TestHttp;
  let second: DatabaseHandle | null = null;
  let lead: Viewer;
  let stranger: Viewer;
  beforeAll(async () => {
    services = await createTestServices(engine, { RATE_LIMIT: "off" });
    database = services.testDatabase;
    // The demo first: it fills only an empty hub.
    await seedDemo(services.db, { now: BASE });
    // Pages and the API read standing at the demo's own moment.
    services.now = () => BASE;
    http = await serveForTest(services);
    // On PostgreSQL a second pool stands for a second app process.
    if (services.testDatabase.url)
      second = await openDatabase({ kind: "postgres", url: services.testDatabase.url, poolSize: 10 });
    const [a, b] = await seedPeople(database.handle.db, 2, "trainer");
    lead = asTrainer(a!);
    stranger = asTrainer(b!);
  });
  afterAll(async () => {
    await http?.close();
    await second?.close();
    await services?.close();
  });

  async function runningSession(capacity: number) {
    const db = database.handle.db;
    const course = await seedCourse(db);
    const session = await seedSession(db, course.id, { now: BASE, startsInDays: 0, days: 2, overrides: { capacity } });
    await db.insert(schema.sessionTrainer).values({ sessionId: session.id, userId: lead.userId, role: "lead" });
    return session;
  }

  it("adds a walk-in after the start with a seat and the minutes since they arrived", async () => {
    const session = await runningSession(5);
    const arrived = new Date(session.startsAt.getTime() + 90 * MINUTE);
    const outcome = await addWalkIn(
      { db: database.handle.db, now: () => arrived },
      { viewer: lead, sessionId: session.id, input: { email: "Walk.In@example.org", name: "Rosa Walk-In" } },
      actor,
    );
    expect(outcome.person).toMatchObject({ email: "walk.in@example.org", created: true });
    expect(outcome.attendance).toMatchObject({ minutesPresent: 7 * 60 - 90 });
    const [row] = await database.handle.db
      .select()
      .from(schema.registration)
      .where(eq(schema.registration.id, outcome.registrationId));
    expect(row).toMatchObject({ status: "confirmed", heldFrom: "general", registeredBy: lead.userId });
    const [mark] = await database.handle.db
      .select()
      .from(schema.attendance)
      .where(eq(schema.attendance.registrationId, outcome.registrationId));
    expect(mark).toMatchObject({ minutesPresent: 330, arrivedAt: arrived });
    const audits = await database.handle.db
      .select()
      .from(schema.auditEvent)
      .where(and(eq(schema.auditEvent.action, "registration.walk_in"), eq(schema.auditEvent.targetId, row!.id)));
    expect(audits).toHaveLength(1);

    // The same person again is told they are already in.
    await expect(
      addWalkIn(
        { db: database.handle.db, now: () => arrived },
        { viewer: lead, sessionId: session.id, input: { email: "walk.in@example.org" } },
        actor,
      ),
    ).rejects.toMatchObject({ code: "conflict", key: "trainers.walkIn.errors.already" });
  });

  it("refuses before the first meeting, after the last, and for someone who does not train this session", async () => {
    const session = await runningSession(5);
    const input = { email: "late@example.org", name: "Late" };
    const at = (time: Date) => ({ db: database.handle.db, now: () => time });
    await expect(
      addWalkIn(
        at(new Date(session.startsAt.getTime() - MINUTE)),
        { viewer: lead, sessionId: session.id, input },
        actor,
      ),
    ).rejects.toMatchObject({ key: "trainers.walkIn.errors.window.not_started" });
    await expect(
      addWalkIn(at(session.endsAt), { viewer: lead, sessionId: session.id, input }, actor),
    ).rejects.toMatchObject({ key: "trainers.walkIn.errors.window.ended" });
    await expect(
      addWalkIn(at(session.startsAt), { viewer: stranger, sessionId: session.id, input }, actor),
    ).rejects.toMatchObject({ code: "forbidden" });
    // An admin may, on day 2 as well; nobody is marked for day 1 they missed.
    const day2 = new Date(session.endsAt.getTime() - 60 * MINUTE);
    const outcome = await addWalkIn(
      at(day2),
      { viewer: adminViewer(lead.userId), sessionId: session.id, input },
      actor,
    );
    expect(outcome.attendance).toMatchObject({ minutesPresent: 60 });
  });

  it("never oversells when many walk in at once and only two seats are free", async () => {
    const session = await runningSession(4);
    const db = database.handle.db;
    const holders = await seedPeople(db, 2, "holder");
    await db.insert(schema.registration).values(
      holders.map((p) => ({
        sessionId: session.id,
        userId: p.userId,
        status: "confirmed" as const,
        heldFrom: "general" as const,
        requestedAt: BASE,
        queueAt: BASE,
      })),
    );
    const pools = [db, second?.db ?? db];
    const arrived = new Date(session.startsAt.getTime() + 10 * MINUTE);
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, index) =>
        addWalkIn(
          { db: pools[index % 2]!, now: () => arrived },
          { viewer: lead, sessionId: session.id, input: { email: `rush-${index}@example.org`, name: `Rush ${index}` } },
          actor,
        ),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    for (const r of results)
      if (r.status === "rejected") expect(r.reason).toMatchObject({ key: "trainers.walkIn.errors.full" });
    const [held] = await queryRows<{ seats: number }>(
      db,
      sql`SELECT count(*)::int AS seats FROM registration WHERE session_id = ${session.id} AND status = 'confirmed'`,
    );
    expect(Number(held!.seats)).toBe(4);
    // Nobody refused was left with an account made for nothing.
    const [made] = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM "user" WHERE email LIKE 'rush-%'`,
    );
    expect(Number(made!.n)).toBe(2);
  });

  it("computes standing from a Training of Trainers done elsewhere, co-trainings and recorded co-reflection", async () => {
    const db = database.handle.db;
    const [apprentice, active] = await seedPeople(db, 2, "standing");
    const tot = await seedCourse(db, { form: "training_of_trainers", titleEn: "Training of Trainers" });
    await db.insert(schema.outsideCompletion).values(
      [apprentice!, active!].map((p) => ({
        userId: p.userId,
        courseId: tot.id,
        provider: "IPS",
        completedOn: "2026-01-15",
        evidence: "certificate",
        status: "approved" as const,
      })),
    );
    const core = await seedCourse(db);
    const past = await Promise.all(
      [40, 30].map((daysAgo) =>
        seedSession(db, core.id, { now: BASE, startsInDays: -daysAgo, overrides: { status: "completed" } }),
      ),
    );
    await db
      .insert(schema.sessionTrainer)
      .values([
        { sessionId: past[0]!.id, userId: apprentice!.userId, role: "co" },
        ...past.map((s) => ({ sessionId: s.id, userId: active!.userId, role: "co" as const })),
      ]);
    await db
      .insert(schema.trainerActivity)
      .values({ userId: active!.userId, kind: "co_reflection", occurredAt: new Date(BASE.getTime() - 86_400_000) });
    const standings = await standingsOf(db, [apprentice!.userId, active!.userId, stranger.userId], BASE);
    expect(standings.get(apprentice!.userId)).toMatchObject({ status: "apprentice", next: { remaining: 1 } });
    expect(standings.get(active!.userId)).toMatchObject({
      status: "active",
      next: { kind: "keep_active", clock: "co_reflection" },
    });
    expect(standings.get(stranger.userId)).toMatchObject({ status: "none" });
  });

  it("seeds the demo's trainers: two active with public profiles, an apprentice half way, one lapsed", async () => {
    const db = database.handle.db;
    const people = await db
      .select({ id: schema.user.id, email: schema.user.email })
      .from(schema.user)
      .where(
        sql`${schema.user.email} IN ('maya@example.org', 'luis@example.org', 'priya@example.org', 'tomas@example.org')`,
      );
    const id = (email: string) => people.find((p) => p.email === email)!.id;
    const standings = await standingsOf(
      db,
      people.map((p) => p.id),
      BASE,
    );
    expect(standings.get(id("maya@example.org"))!.status).toBe("active");
    expect(standings.get(id("luis@example.org"))!.status).toBe("active");
    expect(standings.get(id("priya@example.org"))).toMatchObject({ status: "apprentice", next: { remaining: 1 } });
    expect(standings.get(id("tomas@example.org"))).toMatchObject({ status: "lapsed", lapsedFor: ["co_reflection"] });
    const shown = await listPublicTrainers(services);
    expect(shown.map((t) => t.name)).toEqual(["Luis Ortega", "Maya Chen"]);
  });

  it("answers the trainers API: the list for admins, one's own standing, problem+json for anyone else's", async () => {
    const db = database.handle.db;
    const byEmail = async (email: string) =>
      (await db.select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.email, email)))[0]!.id;
    const token = async (userId: string) =>
      (await createPersonalAccessToken(db, { userId, name: "api", expiresAt: null, actor })).token;
    const get = async (path: string, userId: string) =>
      fetch(`${http.url}${API_BASE_PATH}${path}`, { headers: { authorization: `Bearer ${await token(userId)}` } });
    const admin = await byEmail("admin@example.org");
    const priya = await byEmail("priya@example.org");
    const tomas = await byEmail("tomas@example.org");

    const list = await get("/trainers", admin);
    expect(list.status).toBe(200);
    const body = (await list.json()) as { trainers: { email: string; standing: { status: string } }[] };
    expect(body.trainers.find((t) => t.email === "tomas@example.org")!.standing.status).toBe("lapsed");

    const own = await get(`/trainers/${priya}/standing`, priya);
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({
      standing: { status: "apprentice", next: ["Co-train 1 more training beside an active lead trainer."] },
    });

    const others = await get(`/trainers/${priya}/standing`, tomas);
    expect(others.status).toBe(404);
    expect(others.headers.get("content-type")).toContain("application/problem+json");
    expect((await get("/trainers", tomas)).status).toBe(403);
  });

  it("adds a walk-in through the API for the session's trainer, with problem+json for a stranger and a full room", async () => {
    const session = await runningSession(1);
    const db = database.handle.db;
    const token = async (userId: string) =>
      (await createPersonalAccessToken(db, { userId, name: "api", expiresAt: null, actor })).token;
    const post = async (userId: string, body: unknown) =>
      fetch(`${http.url}${API_BASE_PATH}/sessions/${session.id}/walk-ins`, {
        method: "POST",
        headers: { authorization: `Bearer ${await token(userId)}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    // Tokens carry the roles the database grants; both people hold the trainer role, only the lead trains here.
    await db
      .insert(schema.roleGrant)
      .values([lead, stranger].map((viewer) => ({ userId: viewer.userId, role: "trainer" as const })))
      .onConflictDoNothing();
    services.now = () => new Date(session.startsAt.getTime() + 30 * MINUTE);
    try {
      const needsName = await post(lead.userId, { email: "door@example.org" });
      expect(needsName.status).toBe(422);
      expect(await needsName.json()).toMatchObject({ errors: [{ path: "name" }] });

      const added = await post(lead.userId, { email: "door@example.org", name: "Dee Door" });
      expect(added.status).toBe(201);
      expect(await added.json()).toMatchObject({
        person: { email: "door@example.org", name: "Dee Door", created: true },
        attendance: { minutesPresent: 7 * 60 - 30 },
      });

      const full = await post(lead.userId, { email: "second@example.org", name: "Second" });
      expect(full.status).toBe(409);
      expect(full.headers.get("content-type")).toContain("application/problem+json");
      expect((await post(stranger.userId, { email: "third@example.org", name: "Third" })).status).toBe(403);
      const live = await db
        .select({ id: schema.registration.id })
        .from(schema.registration)
        .where(eq(schema.registration.sessionId, session.id));
      expect(live).toHaveLength(1);
    } finally {
      services.now = () => BASE;
    }
  });

  it("shows only consenting trainers on the public page", async () => {
    const page = await (await fetch(`${http.url}/trainers`)).text();
    expect(page).toContain("Maya Chen");
    expect(page).not.toContain("Priya Natarajan");
  });

  it("sends one calm reminder before a lapse, once, and none to a trainer who turned them off", async () => {
    const db = database.handle.db;
    const [luis] = await db.select().from(schema.user).where(eq(schema.user.email, "luis@example.org"));
    await setStandingReminders(services, {
      viewer: {
        ...asTrainer({ userId: luis!.id, email: luis!.email, name: luis!.name, emailVerified: true, roles: [] }),
      },
      remindersOff: true,
    });
    // Maya's attendance in the demo circle counts as co-reflection too; without it her quarter runs out first.
    const [maya] = await db.select().from(schema.user).where(eq(schema.user.email, "maya@example.org"));
    await db.delete(schema.circleAttendance).where(eq(schema.circleAttendance.userId, maya!.id));
    const later = { ...services, now: () => new Date(BASE.getTime() + 50 * 86_400_000) };
    expect(await sendStandingReminders(later)).toBe(1);
    expect(await sendStandingReminders(later)).toBe(0);
    const mail = await db
      .select()
      .from(schema.outboxMessage)
      .where(eq(schema.outboxMessage.template, "notice.trainer-standing"));
    expect(mail.map((m) => m.toAddress)).toEqual(["maya@example.org"]);
    expect(mail[0]!.text).toContain("attend a co-reflection before then");
  });

  it("applies the staffing rules to new sessions, saying why and what would fix it", async () => {
    const db = database.handle.db;
    const people = await db
      .select({ id: schema.user.id, email: schema.user.email })
      .from(schema.user)
      .where(sql`${schema.user.email} LIKE '%@example.org'`);
    const id = (email: string) => people.find((p) => p.email === email)!.id;
    const [admin] = await db.select().from(schema.user).where(eq(schema.user.email, "admin@example.org"));
    const [core] = await db.select().from(schema.course).where(eq(schema.course.slug, "ips-core-training"));
    const input = (trainers: SessionInput["trainers"], date = "2027-05-12"): SessionInput => ({
      courseId: core!.id,
      timeZone: "America/Los_Angeles",
      meetings: [{ date, startTime: "09:00", endTime: "16:00", breaks: "" }],
      format: "online",
      joinUrl: "https://meet.example.org/core",
      capacity: "12",
      status: "published",
      trainers,
    });
    const refusal = async (trainers: SessionInput["trainers"], date?: string) => {
      try {
        await createSession(db, { viewer: adminViewer(admin!.id), session: input(trainers, date) }, actor);
        return null;
      } catch (error) {
        if (!isAppError(error)) throw error;
        return error.details.fields?.[0];
      }
    };
    expect(await refusal([{ userId: id("tomas@example.org"), role: "lead" }])).toMatchObject({
      message: "trainers.staffing.no_active_lead",
    });
    expect(
      await refusal([
        { userId: id("maya@example.org"), role: "lead" },
        { userId: id("tomas@example.org"), role: "co" },
      ]),
    ).toMatchObject({ message: "trainers.staffing.lapsed", values: { name: "Tomás Herrera" } });
    expect(
      await refusal([
        { userId: id("luis@example.org"), role: "lead" },
        { userId: id("priya@example.org"), role: "lead" },
      ]),
    ).toMatchObject({ message: "trainers.staffing.learning_as_lead", values: { name: "Priya Natarajan" } });
    // An apprentice beside an active lead is what the apprenticeship is.
    expect(
      await refusal([
        { userId: id("maya@example.org"), role: "lead" },
        { userId: id("priya@example.org"), role: "co" },
      ]),
    ).toBeNull();
    // Maya now trains that day; a second session at the same time is refused.
    expect(await refusal([{ userId: id("maya@example.org"), role: "lead" }])).toMatchObject({
      message: "trainers.staffing.double_booked",
      values: { name: "Maya Chen" },
    });
  });

  describe("the admin trainers pages", () => {
    const page = async (path: string, email: string, form?: Record<string, string>) => {
      const cookie = await sessionCookie(services, email, DEMO_PASSWORD);
      return fetch(`${http.url}${path}`, {
        redirect: "manual",
        ...(form
          ? {
              method: "POST",
              body: new URLSearchParams(form).toString(),
              headers: {
                cookie,
                "sec-fetch-site": "same-origin",
                "content-type": "application/x-www-form-urlencoded",
              },
            }
          : { headers: { cookie } }),
      });
    };
    const idOf = async (email: string) =>
      (
        await database.handle.db.select({ id: schema.user.id }).from(schema.user).where(eq(schema.user.email, email))
      )[0]!.id;
    const auditsOf = async (action: string, targetId: string) =>
      database.handle.db
        .select()
        .from(schema.auditEvent)
        .where(and(eq(schema.auditEvent.action, action), eq(schema.auditEvent.targetId, targetId)));

    it("lists every trainer with level, standing, reason and the date it changes; filters by standing", async () => {
      const all = await page("/admin/trainers", "admin@example.org");
      expect(all.status).toBe(200);
      const html = await all.text();
      for (const name of ["Maya Chen", "Luis Ortega", "Priya Natarajan", "Tomás Herrera"]) expect(html).toContain(name);
      expect(html).toContain("Hub trainer");
      expect(html).toContain("Co-train 1 more training beside an active lead trainer.");
      expect(html).toMatch(/Lapsed on [A-Z][a-z]+ \d+, \d{4}, if nothing is recorded before then/);
      const tomas = await idOf("tomas@example.org");
      expect(html).toContain(`href="/admin/trainers/${tomas}"`);

      const lapsed = await (await page("/admin/trainers?standing=lapsed", "admin@example.org")).text();
      expect(lapsed).toContain("Tomás Herrera");
      expect(lapsed).not.toContain("Maya Chen");
      expect(lapsed).toContain("1 trainer");
      // A word that is not a standing is ignored, never shown.
      const junk = await (await page("/admin/trainers?standing=%3Cb%3E", "admin@example.org")).text();
      expect(junk).toContain("Maya Chen");
      expect(junk).not.toContain("<b>");

      expect((await page("/admin/trainers", "maya@example.org")).status).toBe(403);
      expect((await page(`/admin/trainers/${tomas}`, "maya@example.org")).status).toBe(403);
      // Someone who is not a trainer has no trainer page.
      expect((await page(`/admin/trainers/${await idOf("admin@example.org")}`, "admin@example.org")).status).toBe(404);
    });

    it("records activity, which moves the computed standing, and overrides only with a written reason, audited", async () => {
      const tomas = await idOf("tomas@example.org");
      const path = `/admin/trainers/${tomas}`;
      const detail = await (await page(path, "admin@example.org")).text();
      expect(detail).toContain("Lapsed");
      expect(detail).toContain("To become active again, attend a co-reflection.");

      const future = await page(path, "admin@example.org", {
        intent: "activity",
        kind: "co_reflection",
        occurredOn: "2027-05-01",
      });
      expect(future.status).toBe(400);
      expect(await future.text()).toContain("This date is in the future");

      const recorded = await page(path, "admin@example.org", {
        intent: "activity",
        kind: "co_reflection",
        occurredOn: "2027-04-04",
      });
      expect(recorded.status).toBe(302);
      expect(recorded.headers.get("location")).toBe(`${path}?done=activity`);
      expect((await standingsOf(database.handle.db, [tomas], BASE)).get(tomas)!.status).toBe("active");
      expect(await auditsOf("trainer.activity_record", tomas)).toHaveLength(1);
      const after = await (await page(`${path}?done=activity`, "admin@example.org")).text();
      expect(after).toContain("Recorded. Their standing now counts it.");
      expect(after).toContain("Attended co-reflection");

      const noReason = await page(path, "admin@example.org", { intent: "override", status: "alumni", reason: " " });
      expect(noReason.status).toBe(400);
      expect(await noReason.text()).toContain("Write why, so others understand the change later.");
      expect(await auditsOf("trainer.standing_override", tomas)).toHaveLength(0);

      const overridden = await page(path, "admin@example.org", {
        intent: "override",
        status: "alumni",
        reason: "Moved away; asked to be listed as alumni.",
        until: "",
      });
      expect(overridden.status).toBe(302);
      expect((await standingsOf(database.handle.db, [tomas], BASE)).get(tomas)).toMatchObject({
        status: "alumni",
        overrideReason: "Moved away; asked to be listed as alumni.",
      });
      expect(await auditsOf("trainer.standing_override", tomas)).toHaveLength(1);
      const shown = await (await page(path, "admin@example.org")).text();
      expect(shown).toContain("Moved away; asked to be listed as alumni.");
      const alumni = await (await page("/admin/trainers?standing=alumni", "admin@example.org")).text();
      expect(alumni).toContain("Tomás Herrera");
      expect(alumni).toContain("Set by an admin");

      const cleared = await page(path, "admin@example.org", {
        intent: "override",
        status: "clear",
        reason: "He is back.",
      });
      expect(cleared.status).toBe(302);
      expect((await standingsOf(database.handle.db, [tomas], BASE)).get(tomas)!.status).toBe("active");
      expect(await auditsOf("trainer.standing_override_clear", tomas)).toHaveLength(1);
    });

    it("edits the hub's requirement set: a refused number keeps what was typed, a saved set moves standing, audited", async () => {
      const path = "/admin/trainers/requirements";
      const form = await (await page(path, "admin@example.org")).text();
      expect(form).toContain("These are the seeded defaults.");
      expect(form).toMatch(/name="apprenticeCoTrainings"[^>]*value="2"/);
      expect((await page(path, "maya@example.org")).status).toBe(403);

      const priya = await idOf("priya@example.org");
      expect((await standingsOf(database.handle.db, [priya], BASE)).get(priya)!.status).toBe("apprentice");
      const values = {
        levelEn: "Hub trainer",
        levelEs: "Facilitador/a del centro",
        apprenticeCoTrainings: "1",
        activeMonthsAfterTraining: "24",
        coReflectionEveryMonths: "3",
        refresherEveryMonths: "",
        alumniAfterLapsedMonths: "24",
        returnMonths: "6",
        alumniReturnCoTrainings: "2",
        remindDaysBefore: "30",
      };
      const refused = await page(path, "admin@example.org", {
        ...values,
        levelEn: "Senior trainer",
        returnMonths: "0",
      });
      expect(refused.status).toBe(400);
      const refusedHtml = await refused.text();
      expect(refusedHtml).toContain("Enter a whole number in the allowed range.");
      expect(refusedHtml).toMatch(/name="levelEn"[^>]*value="Senior trainer"/);
      expect(await auditsOf("trainer.requirements_update", "hub_trainer")).toHaveLength(0);

      const saved = await page(path, "admin@example.org", { ...values, levelEn: "Senior trainer" });
      expect(saved.status).toBe(302);
      expect(saved.headers.get("location")).toBe(`${path}?done=saved`);
      // One co-training is now enough: Priya, who has done one, is active.
      expect((await standingsOf(database.handle.db, [priya], BASE)).get(priya)!.status).toBe("active");
      expect(await auditsOf("trainer.requirements_update", "hub_trainer")).toHaveLength(1);
      const list = await (await page("/admin/trainers", "admin@example.org")).text();
      expect(list).toContain("Senior trainer");
      expect(list).toContain("Load: sessions per trainer per quarter");

      // Back to the seeded numbers for the tests after this one.
      const restored = await page(path, "admin@example.org", { ...values, apprenticeCoTrainings: "2" });
      expect(restored.status).toBe(302);
      expect((await standingsOf(database.handle.db, [priya], BASE)).get(priya)!.status).toBe("apprentice");
    });
  });

  describe("the trainer's photo", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const profileForm = (file: { bytes: Uint8Array; name: string } | null, fields: Record<string, string>) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      if (file) form.set("photo", new Blob([file.bytes as BlobPart], { type: "image/png" }), file.name);
      return form;
    };
    const send = async (email: string, form: FormData) =>
      fetch(`${http.url}/trainer/profile`, {
        method: "POST",
        redirect: "manual",
        body: form,
        headers: { cookie: await sessionCookie(services, email, DEMO_PASSWORD), "sec-fetch-site": "same-origin" },
      });
    const mayaId = async () =>
      (
        await database.handle.db
          .select({ id: schema.user.id })
          .from(schema.user)
          .where(eq(schema.user.email, "maya@example.org"))
      )[0]!.id;
    const shown = { bioEn: "I have trained peer supporters since 2015.", bioEs: "", isPublic: "on" };

    it("keeps a picture recognised by its bytes, refuses anything else, and audits only that it changed", async () => {
      const refused = await send(
        "maya@example.org",
        profileForm({ bytes: new TextEncoder().encode("<svg onload=alert(1)>"), name: "me.png" }, shown),
      );
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain("This file isn&#x27;t a PNG, JPEG or WebP picture.");
      const id = await mayaId();
      expect(
        await database.handle.db.select().from(schema.trainerPhoto).where(eq(schema.trainerPhoto.userId, id)),
      ).toEqual([]);

      const saved = await send("maya@example.org", profileForm({ bytes: png, name: "../../etc/me.png" }, shown));
      expect(saved.status).toBe(200);
      const [row] = await database.handle.db
        .select()
        .from(schema.trainerPhoto)
        .where(eq(schema.trainerPhoto.userId, id));
      expect(row).toMatchObject({ type: "image/png" });
      expect(new Uint8Array(row!.bytes)).toEqual(png);
      const audits = await database.handle.db
        .select()
        .from(schema.auditEvent)
        .where(and(eq(schema.auditEvent.action, "trainer.profile_update"), eq(schema.auditEvent.targetId, id)));
      expect(audits.at(-1)!.summary).toEqual({ isPublic: true, photo: "replaced" });
    });

    it("serves the photo with validators while the trainer consents, and shows their profile on their sessions", async () => {
      const id = await mayaId();
      const photo = await fetch(`${http.url}/trainers/${id}/photo`);
      expect(photo.status).toBe(200);
      expect(photo.headers.get("content-type")).toBe("image/png");
      expect(photo.headers.get("x-content-type-options")).toBe("nosniff");
      expect(photo.headers.get("cache-control")).toBe("public, max-age=300, must-revalidate");
      const etag = photo.headers.get("etag")!;
      expect(etag).toMatch(/^".+"$/);
      expect(new Uint8Array(await photo.arrayBuffer())).toEqual(png);
      const again = await fetch(`${http.url}/trainers/${id}/photo`, { headers: { "if-none-match": etag } });
      expect(again.status).toBe(304);

      const [session] = await queryRows<{ id: string }>(
        database.handle.db,
        sql`SELECT s.id FROM training_session s JOIN session_trainer t ON t.session_id = s.id
            WHERE t.user_id = ${id} AND s.status = 'published' ORDER BY s.starts_at LIMIT 1`,
      );
      const english = await (await fetch(`${http.url}/trainings/${session!.id}`)).text();
      expect(english).toMatch(new RegExp(`<img[^>]+src="/trainers/${id}/photo\\?v=[0-9a-z]+"`));
      expect(english).toContain('alt="Photo of Maya Chen"');
      expect(english).toContain('<p lang="en">I have trained peer supporters since 2015.</p>');
      // On the Spanish page the bio she wrote only in English is still shown, marked as English.
      const spanish = await (
        await fetch(`${http.url}/trainings/${session!.id}`, { headers: { cookie: "ips.lang=es" } })
      ).text();
      expect(spanish).toContain('<p lang="en">I have trained peer supporters since 2015.</p>');
      expect(spanish).toContain('alt="Foto de Maya Chen"');
    });

    it("stops showing the photo and profile the moment the trainer withdraws consent, except to themself", async () => {
      const id = await mayaId();
      const before = await fetch(`${http.url}/trainers/${id}/photo`);
      const etag = before.headers.get("etag")!;
      expect((await send("maya@example.org", profileForm(null, { ...shown, isPublic: "" }))).status).toBe(200);
      expect((await fetch(`${http.url}/trainers/${id}/photo`)).status).toBe(404);
      // A copy kept from before is never confirmed as still good.
      expect((await fetch(`${http.url}/trainers/${id}/photo`, { headers: { "if-none-match": etag } })).status).toBe(
        404,
      );
      const own = await fetch(`${http.url}/trainers/${id}/photo`, {
        headers: { cookie: await sessionCookie(services, "maya@example.org", DEMO_PASSWORD) },
      });
      expect(own.status).toBe(200);
      expect(own.headers.get("cache-control")).toBe("private, no-cache");
      expect(await (await fetch(`${http.url}/trainers`)).text()).not.toContain("Maya Chen");

      // Removing the photo leaves nothing to serve, even to her.
      expect((await send("maya@example.org", profileForm(null, { ...shown, removePhoto: "on" }))).status).toBe(200);
      expect(
        await database.handle.db.select().from(schema.trainerPhoto).where(eq(schema.trainerPhoto.userId, id)),
      ).toEqual([]);
      expect((await fetch(`${http.url}/trainers/${id}/photo`)).status).toBe(404);
    });
  });

  describe("the admin sponsored seats page", () => {
    const asAdmin = async (form?: Record<string, string>) =>
      fetch(`${http.url}/admin/sponsored-seats`, {
        redirect: "manual",
        ...(form ? { method: "POST", body: new URLSearchParams(form).toString() } : {}),
        headers: {
          cookie: await sessionCookie(services, "admin@example.org", DEMO_PASSWORD),
          "sec-fetch-site": "same-origin",
          "content-type": "application/x-www-form-urlencoded",
        },
      });

    it("records a block on a session through the seat ledger, marks it paid and releases it early, audited", async () => {
      const db = database.handle.db;
      const page = await (await asAdmin()).text();
      expect(page).toContain("Sponsored seat blocks");
      // The demo's block: 2 of 5 seats used.
      expect(page).toContain("2 of 5 seats used");

      const [session] = await db
        .select()
        .from(schema.trainingSession)
        .where(
          and(
            eq(schema.trainingSession.status, "published"),
            sql`${schema.trainingSession.startsAt} > ${new Date(BASE.getTime() + 10 * 86_400_000)}`,
          ),
        )
        .orderBy(schema.trainingSession.startsAt)
        .limit(1);
      const [organization] = await db.select().from(schema.organization).orderBy(schema.organization.name).limit(1);
      const before = (await seatFiguresFor(db, [session!])).get(session!.id)!.available;
      const releaseAt = new Date(session!.startsAt.getTime() - 2 * 86_400_000).toISOString().slice(0, 10);
      const form = {
        intent: "create",
        organizationId: organization!.id,
        sessionId: session!.id,
        releaseAt,
        amountCents: "30000",
        invoiceReference: "INV-77",
      };

      const tooMany = await asAdmin({ ...form, seats: String(before + 1) });
      expect(tooMany.status).toBe(400);
      expect(await tooMany.text()).toContain(`Only ${before} seats are free in this session now.`);
      const badDate = await asAdmin({ ...form, seats: "1", releaseAt: "someday" });
      expect(badDate.status).toBe(400);
      expect(await badDate.text()).toContain("Choose a release date in the future, before the session starts.");

      const created = await asAdmin({ ...form, seats: "2" });
      expect(created.status).toBe(302);
      const [block] = await db
        .select()
        .from(schema.sponsoredBlock)
        .where(eq(schema.sponsoredBlock.invoiceReference, "INV-77"));
      expect(block).toMatchObject({ seats: 2, amountCents: 30000, paid: false, releasedAt: null });
      expect(created.headers.get("location")).toBe(`/admin/sponsored-seats?created=${block!.code}`);
      expect((await seatFiguresFor(db, [session!])).get(session!.id)!.available).toBe(before - 2);

      expect((await asAdmin({ intent: "paid", blockId: block!.id, paid: "on" })).status).toBe(302);
      const [paid] = await db.select().from(schema.sponsoredBlock).where(eq(schema.sponsoredBlock.id, block!.id));
      expect(paid!.paid).toBe(true);

      // Only a hub admin releases a block.
      const [jordan] = await db.select().from(schema.user).where(eq(schema.user.email, "jordan@example.org"));
      await expect(
        releaseSponsoredBlock(
          services,
          {
            viewer: { userId: jordan!.id, email: jordan!.email, name: jordan!.name, emailVerified: true, roles: [] },
            blockId: block!.id,
          },
          actor,
        ),
      ).rejects.toMatchObject({ code: "forbidden" });
      expect((await asAdmin({ intent: "release", blockId: block!.id })).status).toBe(302);
      const [released] = await db.select().from(schema.sponsoredBlock).where(eq(schema.sponsoredBlock.id, block!.id));
      expect(released!.releasedAt).toEqual(BASE);
      expect((await seatFiguresFor(db, [session!])).get(session!.id)!.available).toBe(before);
      const again = await asAdmin({ intent: "release", blockId: block!.id });
      expect(again.status).toBe(409);
      expect(await again.text()).toContain("This block was already released.");

      const audits = await db
        .select({ action: schema.auditEvent.action })
        .from(schema.auditEvent)
        .where(eq(schema.auditEvent.targetId, block!.id));
      expect(audits.map((a) => a.action).sort()).toEqual([
        "partner.block.created",
        "partner.block.paid_changed",
        "partner.block.released",
      ]);
    });
  });
});
