// No overselling under load: 200 people register at once for 10 seats through two connection pools on one PostgreSQL server.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, queryRows, schema, type DatabaseHandle } from "#db/client.ts";
import { registerForSession } from "#features/registration/register-for-session.ts";
import { cancelRegistration } from "#features/registration/cancel-registration.ts";
import { createTestDatabase, type TestDatabase } from "../support/databases.ts";
import { seedCourse, seedPeople, seedSession } from "../support/catalog.ts";

const actor = { userId: null, label: "load" };

describe.skipIf(!process.env.TEST_DATABASE_URL)("registration under concurrency (postgres, two pools)", () => {
  let database: TestDatabase;
  let second: DatabaseHandle;
  const now = () => new Date();
  beforeAll(async () => {
    database = await createTestDatabase("postgres", { poolSize: 10 });
    // A second pool on the same database stands for a second app process.
    second = await openDatabase({ kind: "postgres", url: database.url!, poolSize: 10 });
  });
  afterAll(async () => {
    await second.close();
    await database.drop();
  });

  it("confirms exactly 10 of 200 simultaneous requests and gives the others places 1..190, each once", async () => {
    const pools = [
      { db: database.handle.db, now },
      { db: second.db, now },
    ];
    const course = await seedCourse(database.handle.db);
    const session = await seedSession(database.handle.db, course.id, { overrides: { capacity: 10 } });
    const people = await seedPeople(database.handle.db, 200, "surge");
    const outcomes = await Promise.all(
      people.map((person, index) =>
        registerForSession(pools[index % 2]!, { viewer: person, sessionId: session.id, consent: true }, actor),
      ),
    );

    expect(outcomes.filter((o) => o.status === "confirmed")).toHaveLength(10);
    const positions = outcomes
      .flatMap((o) => (o.status === "waitlisted" ? [o.waitlistPosition!] : []))
      .sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 190 }, (_, i) => i + 1));

    // What people were told is what the database holds: the line in queue order matches each reported place.
    const line = await queryRows<{ id: string; rank: number }>(
      database.handle.db,
      sql`SELECT id, (row_number() OVER (ORDER BY queue_at, id))::int AS rank FROM registration WHERE session_id = ${session.id} AND status = 'waitlisted'`,
    );
    const reported = new Map(outcomes.map((o) => [o.id, o.waitlistPosition]));
    for (const row of line) expect(reported.get(row.id)).toBe(row.rank);
    // Everyone confirmed asked before everyone waiting.
    const rows = await database.handle.db
      .select()
      .from(schema.registration)
      .where(eq(schema.registration.sessionId, session.id));
    const lastConfirmed = Math.max(...rows.filter((r) => r.status === "confirmed").map((r) => r.queueAt.getTime()));
    const firstWaiting = Math.min(...rows.filter((r) => r.status === "waitlisted").map((r) => r.queueAt.getTime()));
    expect(lastConfirmed).toBeLessThan(firstWaiting);
  });

  it("never holds more than capacity while people cancel and others register at the same moment", async () => {
    const pools = [
      { db: database.handle.db, now },
      { db: second.db, now },
    ];
    const course = await seedCourse(database.handle.db);
    const session = await seedSession(database.handle.db, course.id, { overrides: { capacity: 10 } });
    const early = await seedPeople(database.handle.db, 30, "early");
    const first: Awaited<ReturnType<typeof registerForSession>>[] = [];
    for (const person of early)
      first.push(await registerForSession(pools[0]!, { viewer: person, sessionId: session.id, consent: true }, actor));
    const late = await seedPeople(database.handle.db, 60, "late");
    const cancelling = first.slice(0, 6);
    await Promise.all([
      ...cancelling.map((o, index) =>
        cancelRegistration(pools[index % 2]!, { viewer: early[first.indexOf(o)]!, registrationId: o.id }, actor),
      ),
      ...late.map((person, index) =>
        registerForSession(pools[index % 2]!, { viewer: person, sessionId: session.id, consent: true }, actor),
      ),
    ]);
    const rows = await database.handle.db
      .select()
      .from(schema.registration)
      .where(eq(schema.registration.sessionId, session.id));
    const held = rows.filter((r) => r.status === "confirmed" || r.status === "offered");
    expect(held).toHaveLength(10);
    // The six freed seats went, as offers, to the first six in line — the early registrants waiting, not a newcomer.
    const offered = rows
      .filter((r) => r.status === "offered")
      .map((r) => r.id)
      .sort();
    expect(offered).toEqual(
      first
        .slice(10, 16)
        .map((o) => o.id)
        .sort(),
    );
  });
});
