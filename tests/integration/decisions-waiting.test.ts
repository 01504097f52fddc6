// The admin home's "waiting for a decision" counts on both engines: each count is the length of the list its link
// opens, things already decided (or cancelled, or expired) are not counted, and all six cost one statement.
import { and, eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Logger } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { schema, type Database } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { decisionsWaiting, OFFER_EXPIRING_HOURS } from "#features/hub/decisions-waiting.ts";
import { listApplications } from "#features/registration/list-applications.ts";
import { listScholarships } from "#features/registration/list-scholarships.ts";
import { listPendingOutsideCompletions } from "#features/registration/outside-completions.ts";
import { listUnverifiedOutsideHours } from "#features/certifications/outside-hours.ts";
import { listSessionsAdmin } from "#features/catalog/list-sessions-admin.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { adminViewer, seedCourse, seedPeople, seedSession } from "../support/catalog.ts";

const HOUR = 3_600_000;

/** The same database, through a Drizzle instance that counts every statement it sends. */
function countingDatabase(db: Database, kind: "pglite" | "postgres"): { db: Database; statements: () => number } {
  let statements = 0;
  const logger: Logger = { logQuery: () => void (statements += 1) };
  const client = (db as unknown as { $client: never }).$client;
  const counted = kind === "pglite" ? drizzlePglite(client, { schema, logger }) : drizzlePg(client, { schema, logger });
  return { db: counted as unknown as Database, statements: () => statements };
}

describe.each(enginesUnderTest())("decisions waiting for an admin (%s)", (engine) => {
  let services: TestServices;
  let admin: Viewer;
  let participant: Viewer;
  const now = new Date();

  beforeAll(async () => {
    services = await createTestServices(engine);
    const [a, p] = await seedPeople(services.db, 2, "decider");
    await services.db.insert(schema.roleGrant).values({ userId: a!.userId, role: "admin" });
    admin = adminViewer(a!.userId);
    participant = p!;
  });
  afterAll(async () => services.close());

  async function register(
    sessionId: string,
    status: (typeof schema.registration.$inferInsert)["status"],
    extra: Partial<typeof schema.registration.$inferInsert> = {},
  ) {
    const [person] = await seedPeople(services.db, 1, `waiting-${status}`);
    const [row] = await services.db
      .insert(schema.registration)
      .values({ sessionId, userId: person!.userId, status, requestedAt: now, queueAt: now, ...extra })
      .returning();
    return row!;
  }

  it("counts nothing on an empty hub", async () => {
    expect(await decisionsWaiting(services.db, admin, now)).toEqual({
      applications: 0,
      scholarships: 0,
      prerequisites: 0,
      outsideHours: 0,
      signOff: 0,
      expiringOffers: 0,
      total: 0,
    });
  });

  it("counts only what still waits, each as many as its list shows, in one statement", async () => {
    const db = services.db;
    const course = await seedCourse(db);
    // Ended, one confirmed person without a decision: waits for sign-off.
    const ended = await seedSession(db, course.id, { now, startsInDays: -3, days: 2 });
    await register(ended.id, "confirmed");
    const signed = await register(ended.id, "confirmed");
    await db.insert(schema.completion).values({
      registrationId: signed.id,
      completed: true,
      contactMinutes: 60,
      attendedMinutes: 60,
      ceMinutes: 60,
      signedOffAt: now,
    });
    // Ended and everyone decided: nothing waits.
    const done = await seedSession(db, course.id, { now, startsInDays: -10 });
    const decided = await register(done.id, "confirmed");
    await db.insert(schema.completion).values({
      registrationId: decided.id,
      completed: false,
      contactMinutes: 60,
      attendedMinutes: 0,
      ceMinutes: 0,
      signedOffAt: now,
    });
    // Ended but cancelled, or still running: no sign-off is due.
    const cancelled = await seedSession(db, course.id, { now, startsInDays: -5, overrides: { status: "cancelled" } });
    await register(cancelled.id, "confirmed");
    const running = await seedSession(db, course.id, { now, startsInDays: -1, days: 3 });
    await register(running.id, "confirmed");

    const upcoming = await seedSession(db, course.id, { now, startsInDays: 20 });
    const pending = await register(upcoming.id, "pending_approval");
    await register(upcoming.id, "pending_approval");
    await register(upcoming.id, "denied");
    await register(upcoming.id, "offered", { offerExpiresAt: new Date(now.getTime() + 5 * HOUR) });
    await register(upcoming.id, "offered", {
      offerExpiresAt: new Date(now.getTime() + (OFFER_EXPIRING_HOURS - 1) * HOUR),
    });
    await register(upcoming.id, "offered", { offerExpiresAt: new Date(now.getTime() + 40 * HOUR) });
    // Past its time but not yet passed on by the job: it no longer waits for anyone.
    await register(upcoming.id, "offered", { offerExpiresAt: new Date(now.getTime() - HOUR) });
    const other = await seedSession(db, course.id, { now, startsInDays: 25 });
    await register(other.id, "offered", { offerExpiresAt: new Date(now.getTime() + 40 * HOUR) });

    const awarded = await register(other.id, "confirmed");
    await db.insert(schema.scholarshipRequest).values([
      { registrationId: pending.id, needStatement: "Rent is due" },
      { registrationId: awarded.id, needStatement: "Between jobs", status: "awarded_full" },
    ]);
    await db.insert(schema.outsideCompletion).values([
      {
        userId: participant.userId,
        courseId: course.id,
        provider: "Elsewhere",
        completedOn: "2025-05-01",
        evidence: "cert 1",
      },
      {
        userId: participant.userId,
        courseId: course.id,
        provider: "Elsewhere",
        completedOn: "2025-06-01",
        evidence: "cert 2",
        status: "approved",
      },
    ]);
    const hours = {
      userId: participant.userId,
      provider: "State",
      completedOn: "2026-03-01",
      minutes: 90,
      inPerson: false,
    };
    await db.insert(schema.outsideHours).values([
      { ...hours, title: "Ethics" },
      { ...hours, title: "Oral health" },
      { ...hours, title: "Checked", verifiedAt: now, verifiedBy: admin.userId },
    ]);

    const counting = countingDatabase(services.db, services.testDatabase.handle.kind);
    const waiting = await decisionsWaiting(counting.db, admin, now);
    expect(counting.statements()).toBe(1);
    expect(waiting).toEqual({
      applications: 2,
      scholarships: 1,
      prerequisites: 1,
      outsideHours: 2,
      signOff: 1,
      expiringOffers: 2,
      total: 9,
    });

    // Each number is the length of the list behind its link.
    expect(await listApplications(db, admin)).toHaveLength(waiting.applications);
    expect((await listScholarships(db, admin)).requested).toHaveLength(waiting.scholarships);
    expect(await listPendingOutsideCompletions(db)).toHaveLength(waiting.prerequisites);
    expect(await listUnverifiedOutsideHours(db)).toHaveLength(waiting.outsideHours);
    const needing = async (needs: "sign-off" | "expiring-offers") =>
      (await listSessionsAdmin(db, { viewer: admin, now, when: "all", needs })).sessions.map((s) => s.id);
    expect(await needing("sign-off")).toEqual([ended.id]);
    expect(await needing("expiring-offers")).toEqual([upcoming.id]);

    // A sign-off for the last person clears the session; 30 hours on only the two 40-hour offers are near their end, and 50 hours on none.
    const [open] = await db
      .select({ id: schema.registration.id })
      .from(schema.registration)
      .where(eqSession(ended.id, signed.id));
    await db.insert(schema.completion).values({
      registrationId: open!.id,
      completed: true,
      contactMinutes: 60,
      attendedMinutes: 60,
      ceMinutes: 60,
      signedOffAt: now,
    });
    expect((await decisionsWaiting(db, admin, new Date(now.getTime() + HOUR))).signOff).toBe(0);
    expect((await decisionsWaiting(db, admin, new Date(now.getTime() + 30 * HOUR))).expiringOffers).toBe(2);
    expect((await decisionsWaiting(db, admin, new Date(now.getTime() + 50 * HOUR))).expiringOffers).toBe(0);
  });

  it("is for hub admins only", async () => {
    await expect(decisionsWaiting(services.db, participant, now)).rejects.toMatchObject({ code: "forbidden" });
    await expect(decisionsWaiting(services.db, null, now)).rejects.toBeTruthy();
  });
});

/** The ended session's other confirmed registration: the one without a decision yet. */
function eqSession(sessionId: string, notId: string) {
  return and(eq(schema.registration.sessionId, sessionId), ne(schema.registration.id, notId));
}
