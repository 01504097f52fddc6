// Trainers on both engines: a walk-in added at the door through the seat ledger (never oversold, also when many arrive
// at once through two pools), attendance from arrival, who may add one and when; standing computed from recorded facts.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, queryRows, schema, type DatabaseHandle } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { addWalkIn } from "#features/trainers/add-walk-in.ts";
import { standingsOf } from "#features/trainers/trainer-standings.ts";
import { createTestDatabase, enginesUnderTest, type TestDatabase } from "../support/databases.ts";
import { adminViewer, seedCourse, seedPeople, seedSession } from "../support/catalog.ts";

const actor = { userId: null, label: "test" };
const MINUTE = 60_000;
/** The training's day 1 is 5 April 2027, 16:00–23:00 UTC; day 2 the next day. */
const BASE = new Date("2027-04-05T12:00:00Z");

function asTrainer(person: Viewer): Viewer {
  return { ...person, roles: [{ role: "trainer", organizationId: null }] };
}

describe.each(enginesUnderTest())("trainers (%s)", (engine) => {
  let database: TestDatabase;
  let second: DatabaseHandle | null = null;
  let lead: Viewer;
  let stranger: Viewer;
  beforeAll(async () => {
    database = await createTestDatabase(engine, { poolSize: 10 });
    // On PostgreSQL a second pool stands for a second app process.
    if (database.url) second = await openDatabase({ kind: "postgres", url: database.url, poolSize: 10 });
    const [a, b] = await seedPeople(database.handle.db, 2, "trainer");
    lead = asTrainer(a!);
    stranger = asTrainer(b!);
  });
  afterAll(async () => {
    await second?.close();
    await database.drop();
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
      addWalkIn(at(new Date(session.startsAt.getTime() - MINUTE)), { viewer: lead, sessionId: session.id, input }, actor),
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
    const [made] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM "user" WHERE email LIKE 'rush-%'`);
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
    await db.insert(schema.sessionTrainer).values([
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
});
