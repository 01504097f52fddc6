// Registration on both engines: seats, the fair line, offers passing on, applications, reserves, moves, transfers, capacity.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { registerForSession } from "#features/registration/register-for-session.ts";
import { cancelRegistration } from "#features/registration/cancel-registration.ts";
import { acceptOffer } from "#features/registration/accept-offer.ts";
import { declineOffer } from "#features/registration/decline-offer.ts";
import { expireOffers } from "#features/registration/expire-offers.ts";
import { approveApplication } from "#features/registration/approve-application.ts";
import { denyApplication } from "#features/registration/deny-application.ts";
import { moveWaitlistEntry } from "#features/registration/move-waitlist-entry.ts";
import { transferRegistration } from "#features/registration/transfer-registration.ts";
import { registerGroup } from "#features/registration/register-group.ts";
import { applySeatPlan } from "#features/registration/seat-ledger.ts";
import { listMyRegistrations } from "#features/registration/list-my-registrations.ts";
import { listSessionRoster } from "#features/registration/list-session-roster.ts";
import { declareOutsideCompletion, decideOutsideCompletion } from "#features/registration/outside-completions.ts";
import { decideScholarship } from "#features/registration/decide-scholarship.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { adminViewer, seedCourse, seedPeople, seedSession } from "../support/catalog.ts";

const actor = { userId: null, label: "test" };
const consent = { consent: true as const };

describe.each(enginesUnderTest())("registration (%s)", (engine) => {
  let services: TestServices;
  let admin: Viewer;
  beforeAll(async () => {
    services = await createTestServices(engine);
    const [person] = await seedPeople(services.db, 1, "admin");
    await services.db.insert(schema.roleGrant).values({ userId: person!.userId, role: "admin" });
    admin = adminViewer(person!.userId);
  });
  afterAll(async () => services.close());

  const register = (viewer: Viewer, sessionId: string, extra: Record<string, unknown> = {}) =>
    registerForSession(services, { viewer, sessionId, ...consent, ...extra }, actor);
  const statusOf = async (id: string) =>
    (
      await services.db
        .select({ status: schema.registration.status })
        .from(schema.registration)
        .where(eq(schema.registration.id, id))
    )[0]!.status;
  const noticesFor = async (id: string) =>
    (
      await queryRows<{ notice: string }>(
        services.db,
        sql`SELECT payload->>'notice' AS notice FROM job WHERE name = 'registration-notice' AND payload->>'registrationId' = ${id} ORDER BY id`,
      )
    ).map((r) => r.notice);

  it("confirms until the seats are gone, then puts people in line in order, each told their place", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id, { overrides: { capacity: 2 } });
    const people = await seedPeople(services.db, 5);
    const outcomes = [];
    for (const person of people) outcomes.push(await register(person, session.id));
    expect(outcomes.map((o) => o.status)).toEqual(["confirmed", "confirmed", "waitlisted", "waitlisted", "waitlisted"]);
    expect(outcomes.map((o) => o.waitlistPosition)).toEqual([null, null, 1, 2, 3]);
    expect(await noticesFor(outcomes[0]!.id)).toEqual(["confirmed"]);
    expect(await noticesFor(outcomes[2]!.id)).toEqual(["waitlisted"]);
    // The same person twice is refused, and nothing is written.
    await expect(register(people[0]!, session.id)).rejects.toMatchObject({
      code: "conflict",
      message: "registration.errors.already",
    });
    const mine = await listMyRegistrations(services.db, people[3]!.userId);
    expect(mine).toMatchObject([{ status: "waitlisted", waitlistPosition: 2, joinUrl: null }]);
    const confirmed = await listMyRegistrations(services.db, people[0]!.userId);
    expect(confirmed[0]!.joinUrl).toBe("https://meet.example.org/ips-core");
  });

  it("places requests that arrive together one seat each, refusing a second one from the same person", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id, { overrides: { capacity: 2 } });
    const people = await seedPeople(services.db, 4);
    const settled = await Promise.allSettled([...people, people[0]!].map((person) => register(person, session.id)));
    const answers = settled.map((s) =>
      s.status === "fulfilled"
        ? `${s.value.status}:${s.value.waitlistPosition}`
        : (s.reason as { message: string }).message,
    );
    expect(answers.sort()).toEqual([
      "confirmed:null",
      "confirmed:null",
      "registration.errors.already",
      "waitlisted:1",
      "waitlisted:2",
    ]);
    // What people were told matches the line the database keeps.
    const line = await services.db
      .select()
      .from(schema.registration)
      .where(and(eq(schema.registration.sessionId, session.id), eq(schema.registration.status, "waitlisted")))
      .orderBy(schema.registration.queueAt);
    const told = new Map(
      settled.flatMap((s) => (s.status === "fulfilled" ? [[s.value.id, s.value.waitlistPosition] as const] : [])),
    );
    expect(line.map((row) => told.get(row.id))).toEqual([1, 2]);
  });

  it("reads what requests arriving together need in their one transaction, and refuses each as it would alone", async () => {
    const core = await seedCourse(services.db);
    const advanced = await seedCourse(services.db, { titleEn: "Advanced", titleEs: "Avanzada" });
    await services.db.insert(schema.coursePrerequisite).values({ courseId: advanced.id, requiredCourseId: core.id });
    const session = await seedSession(services.db, advanced.id, { overrides: { capacity: 1 } });
    const [ready, second, missing] = await seedPeople(services.db, 3);
    await services.db.insert(schema.outsideCompletion).values(
      [ready!, second!].map((person) => ({
        userId: person.userId,
        courseId: core.id,
        provider: "Another hub",
        completedOn: "2025-05-01",
        evidence: "Certificate",
        status: "approved" as const,
      })),
    );
    // Every statement the use case sends outside a transaction, and every transaction it opens.
    let outside = 0;
    let transactions = 0;
    const db = new Proxy(services.db, {
      get(target, property) {
        const value = Reflect.get(target, property, target) as unknown;
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          if (property === "transaction") transactions += 1;
          else if (["select", "selectDistinct", "insert", "update", "delete", "execute"].includes(String(property)))
            outside += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const counted = { db, now: services.now };
    const settled = await Promise.allSettled([
      registerForSession(counted, { viewer: ready!, sessionId: session.id, ...consent }, actor),
      registerForSession(counted, { viewer: missing!, sessionId: session.id, ...consent }, actor),
      registerForSession(counted, { viewer: admin, sessionId: session.id, userId: "nobody", ...consent }, actor),
      registerForSession(counted, { viewer: admin, sessionId: session.id, userId: ready!.userId, ...consent }, actor),
      registerForSession(counted, { viewer: second!, sessionId: session.id, ...consent }, actor),
    ]);
    expect(settled.map((s) => (s.status === "fulfilled" ? s.value.status : (s.reason as Error).message))).toEqual([
      "confirmed",
      "registration.errors.prerequisites",
      "No such person",
      "registration.errors.alreadyForPerson",
      "waitlisted",
    ]);
    expect({ outside, transactions }).toEqual({ outside: 0, transactions: 1 });
    // Refused requests took no place in line: the one waiting is first.
    expect(settled[4]).toMatchObject({ value: { waitlistPosition: 1 } });
  });

  it("offers a freed seat to the first in line; a decline or an expiry passes it on", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id, { overrides: { capacity: 1, offerHoldHours: 6 } });
    const [first, second, third] = await seedPeople(services.db, 3);
    const seated = await register(first!, session.id);
    const a = await register(second!, session.id);
    const b = await register(third!, session.id);
    await cancelRegistration(services, { viewer: first!, registrationId: seated.id }, actor);
    expect(await statusOf(seated.id)).toBe("cancelled");
    expect(await statusOf(a.id)).toBe("offered");
    expect(await noticesFor(a.id)).toEqual(["waitlisted", "offer"]);
    // Someone else cannot answer the offer.
    await expect(acceptOffer(services, { viewer: third!, registrationId: a.id }, actor)).rejects.toMatchObject({
      code: "forbidden",
    });
    await declineOffer(services, { viewer: second!, registrationId: a.id }, actor);
    expect(await statusOf(a.id)).toBe("declined");
    expect(await statusOf(b.id)).toBe("offered");
    // Nobody answers: after the hold the offer expires, and with nobody left the seat stays free.
    const realNow = services.now;
    services.now = () => new Date(realNow().getTime() + 7 * 3_600_000);
    try {
      await expect(acceptOffer(services, { viewer: third!, registrationId: b.id }, actor)).rejects.toMatchObject({
        message: "registration.errors.offerExpired",
      });
      expect(await expireOffers(services)).toBe(1);
      expect(await statusOf(b.id)).toBe("expired");
      expect(await noticesFor(b.id)).toEqual(["waitlisted", "offer", "offer_expired"]);
    } finally {
      services.now = realNow;
    }
    const [late] = await seedPeople(services.db, 1);
    expect((await register(late!, session.id)).status).toBe("confirmed");
  });

  it("accepting an offer confirms the seat and shows the join details", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id, { overrides: { capacity: 1 } });
    const [first, second] = await seedPeople(services.db, 2);
    const seated = await register(first!, session.id);
    const waiting = await register(second!, session.id);
    await cancelRegistration(services, { viewer: admin, registrationId: seated.id, reason: "Asked by phone" }, actor);
    await acceptOffer(services, { viewer: second!, registrationId: waiting.id }, actor);
    expect(await statusOf(waiting.id)).toBe("confirmed");
    const [mine] = await listMyRegistrations(services.db, second!.userId);
    expect(mine).toMatchObject({
      status: "confirmed",
      joinUrl: "https://meet.example.org/ips-core",
      offerExpiresAt: null,
    });
    const history = await services.db
      .select()
      .from(schema.registrationEvent)
      .where(eq(schema.registrationEvent.registrationId, waiting.id))
      .orderBy(schema.registrationEvent.createdAt);
    expect(history.map((e) => e.toStatus)).toEqual(["waitlisted", "offered", "confirmed"]);
    const audited = await services.db
      .select()
      .from(schema.auditEvent)
      .where(and(eq(schema.auditEvent.targetId, seated.id), eq(schema.auditEvent.action, "registration.cancelled")));
    expect(audited[0]!.summary).toMatchObject({ reason: "Asked by phone" });
  });

  it("lets a group keep its place while a single person behind it takes a lone seat", async () => {
    const course = await seedCourse(services.db);
    const [organization] = await services.db
      .insert(schema.organization)
      .values({ slug: `org-${Date.now()}`, name: "Willamette Peer Network" })
      .returning();
    const partner: Viewer = {
      ...(await seedPeople(services.db, 1, "partner"))[0]!,
      roles: [{ role: "partner_admin", organizationId: organization!.id }],
    };
    const session = await seedSession(services.db, course.id, { overrides: { capacity: 3 } });
    const [a, b, c, solo] = await seedPeople(services.db, 4);
    const seated = [await register(a!, session.id), await register(b!, session.id), await register(c!, session.id)];
    // A partner admin registers staff linked to the organization with their consent (issue 14, item 1).
    const staff = await seedPeople(services.db, 2, "staff");
    await services.db.insert(schema.staffLink).values(
      staff.map((person) => ({
        organizationId: organization!.id,
        email: person.email,
        userId: person.userId,
        status: "active" as const,
      })),
    );
    const group = await registerGroup(
      services,
      {
        viewer: partner,
        sessionId: session.id,
        organizationId: organization!.id,
        members: staff.map((person) => ({ name: person.name, email: person.email })),
        ...consent,
      },
      actor,
    );
    expect(group).toMatchObject({ status: "waitlisted", waitlistPosition: 1 });
    const single = await register(solo!, session.id);
    expect(single.waitlistPosition).toBe(2);
    await cancelRegistration(services, { viewer: a!, registrationId: seated[0]!.id }, actor);
    // One seat: the group of two does not fit and keeps its place; the single person is offered the seat.
    expect(await statusOf(single.id)).toBe("offered");
    for (const id of group.registrationIds) expect(await statusOf(id)).toBe("waitlisted");
    await cancelRegistration(services, { viewer: b!, registrationId: seated[1]!.id }, actor);
    await cancelRegistration(services, { viewer: c!, registrationId: seated[2]!.id }, actor);
    // Two seats free now: the group, first in line, gets both together.
    for (const id of group.registrationIds) expect(await statusOf(id)).toBe("offered");
    // Partner admins see their own staff on the roster, without sensitive answers.
    const roster = await listSessionRoster(services.db, partner, session.id);
    expect(roster.seesSensitive).toBe(false);
    expect(roster.entries.map((e) => e.id).sort()).toEqual([...group.registrationIds].sort());
  });

  it("keeps reserved seats for the people they are for", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id, {
      overrides: { capacity: 2, reservedScholarshipSeats: 1 },
    });
    const [a, b, c] = await seedPeople(services.db, 3);
    expect((await register(a!, session.id)).status).toBe("confirmed");
    expect((await register(b!, session.id)).status).toBe("waitlisted");
    const asked = await register(c!, session.id, { scholarship: { needStatement: "I am between jobs." } });
    expect(asked.status).toBe("confirmed");
    const [request] = await services.db
      .select()
      .from(schema.scholarshipRequest)
      .where(eq(schema.scholarshipRequest.registrationId, asked.id));
    await decideScholarship(
      services,
      { viewer: admin, scholarshipId: request!.id, decision: "awarded_full", message: "Welcome." },
      actor,
    );
    expect(await noticesFor(asked.id)).toEqual(["confirmed", "scholarship_decided"]);
    const audit = await services.db
      .select()
      .from(schema.auditEvent)
      .where(eq(schema.auditEvent.action, "scholarship.decide"));
    expect(JSON.stringify(audit)).not.toContain("between jobs");
  });

  it("takes applications: pending until an admin approves (placed then) or declines with a message", async () => {
    const course = await seedCourse(services.db, {
      requiresApproval: true,
      questions: [{ id: "why", kind: "text", labelEn: "Why?", labelEs: "¿Por qué?", required: true, sensitive: true }],
    });
    const session = await seedSession(services.db, course.id, { overrides: { capacity: 1 } });
    const [a, b] = await seedPeople(services.db, 2);
    await expect(register(a!, session.id)).rejects.toMatchObject({
      code: "invalid",
      details: { fields: [{ path: "answers.why", message: "registration.errors.answerRequired" }] },
    });
    const applied = await register(a!, session.id, { answers: { why: "To bring IPS to my team" } });
    expect(applied).toMatchObject({ status: "pending_approval", waitlistPosition: null });
    const other = await register(b!, session.id, { answers: { why: "Curious" } });
    await expect(approveApplication(services, { viewer: a!, registrationId: applied.id }, actor)).rejects.toMatchObject(
      { code: "forbidden" },
    );
    expect(await approveApplication(services, { viewer: admin, registrationId: applied.id }, actor)).toEqual({
      status: "confirmed",
      waitlistPosition: null,
    });
    await denyApplication(
      services,
      { viewer: admin, registrationId: other.id, message: "This run is for supervisors." },
      actor,
    );
    expect(await statusOf(other.id)).toBe("denied");
    expect(await noticesFor(other.id)).toEqual(["application_received", "application_declined"]);
    const history = await services.db
      .select()
      .from(schema.registrationEvent)
      .where(eq(schema.registrationEvent.registrationId, applied.id))
      .orderBy(schema.registrationEvent.createdAt);
    expect(history.map((e) => e.toStatus)).toEqual(["pending_approval", "approved", "confirmed"]);
  });

  it("checks prerequisites, counting an outside completion once an admin approves it", async () => {
    const core = await seedCourse(services.db);
    const advanced = await seedCourse(services.db, { titleEn: "Advanced", titleEs: "Avanzada" });
    await services.db.insert(schema.coursePrerequisite).values({ courseId: advanced.id, requiredCourseId: core.id });
    const session = await seedSession(services.db, advanced.id);
    const [person] = await seedPeople(services.db, 1);
    await expect(
      registerForSession(services, { viewer: person!, sessionId: session.id, ...consent, locale: "es" }, actor),
    ).rejects.toMatchObject({
      code: "conflict",
      message: "registration.errors.prerequisites",
      details: { values: { courses: "Capacitación básica" } },
    });
    // Taking part in a Core run that was signed off as not completed does not count.
    const pastCore = await seedSession(services.db, core.id, { startsInDays: -20, overrides: { status: "completed" } });
    const [attended] = await services.db
      .insert(schema.registration)
      .values({
        sessionId: pastCore.id,
        userId: person!.userId,
        status: "confirmed",
        requestedAt: new Date(),
        queueAt: new Date(),
      })
      .returning();
    await services.db.insert(schema.completion).values({
      registrationId: attended!.id,
      completed: false,
      contactMinutes: 2100,
      attendedMinutes: 1680,
      ceMinutes: 0,
      signedOffAt: new Date(),
    });
    await expect(register(person!, session.id)).rejects.toMatchObject({ message: "registration.errors.prerequisites" });
    const declared = await declareOutsideCompletion(
      services,
      {
        viewer: person!,
        courseId: core.id,
        provider: "Another hub",
        completedOn: "2025-05-01",
        evidence: "Certificate 123",
      },
      actor,
    );
    await expect(register(person!, session.id)).rejects.toMatchObject({ message: "registration.errors.prerequisites" });
    await decideOutsideCompletion(services, { viewer: admin, id: declared.id, approve: true }, actor);
    expect((await register(person!, session.id)).status).toBe("confirmed");
  });

  it("moves an entry in line only with a reason, and keeps every place distinct", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id, { overrides: { capacity: 1 } });
    const people = await seedPeople(services.db, 4);
    const outcomes = [];
    for (const person of people) outcomes.push(await register(person, session.id));
    await expect(
      moveWaitlistEntry(services, { viewer: admin, registrationId: outcomes[3]!.id, position: 1, reason: " " }, actor),
    ).rejects.toMatchObject({ code: "invalid" });
    expect(
      await moveWaitlistEntry(
        services,
        {
          viewer: admin,
          registrationId: outcomes[3]!.id,
          position: 1,
          reason: "Needs it for a job starting next month",
        },
        actor,
      ),
    ).toEqual({ position: 1 });
    const roster = await listSessionRoster(services.db, admin, session.id);
    const line = roster.entries
      .filter((e) => e.status === "waitlisted")
      .sort((x, y) => x.waitlistPosition! - y.waitlistPosition!);
    expect(line.map((e) => e.id)).toEqual([outcomes[3]!.id, outcomes[1]!.id, outcomes[2]!.id]);
    const [audit] = await services.db
      .select()
      .from(schema.auditEvent)
      .where(eq(schema.auditEvent.action, "registration.move"));
    expect(audit!.summary).toMatchObject({ from: 3, to: 1, reason: "Needs it for a job starting next month" });
  });

  it("raises capacity with offers at once and refuses to lower it below the seats held", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id, { overrides: { capacity: 2 } });
    const people = await seedPeople(services.db, 4);
    const outcomes = [];
    for (const person of people) outcomes.push(await register(person, session.id));
    await expect(
      services.db.transaction((tx) =>
        applySeatPlan(
          tx,
          session.id,
          { capacity: 1, partnerSeats: 0, scholarshipSeats: 0 },
          { now: services.now(), actor },
        ),
      ),
    ).rejects.toMatchObject({
      code: "invalid",
      details: { fields: [{ path: "capacity", message: "registration.errors.belowTaken", values: { taken: 2 } }] },
    });
    await services.db.transaction((tx) =>
      applySeatPlan(
        tx,
        session.id,
        { capacity: 3, partnerSeats: 0, scholarshipSeats: 0 },
        { now: services.now(), actor },
      ),
    );
    expect(await statusOf(outcomes[2]!.id)).toBe("offered");
    expect(await statusOf(outcomes[3]!.id)).toBe("waitlisted");
  });

  it("transfers a place to another session of the same course and keeps the history", async () => {
    const course = await seedCourse(services.db);
    const from = await seedSession(services.db, course.id, { overrides: { capacity: 1 } });
    const to = await seedSession(services.db, course.id, { startsInDays: 60, overrides: { capacity: 5 } });
    const [a, b] = await seedPeople(services.db, 2);
    const seated = await register(a!, from.id);
    const waiting = await register(b!, from.id);
    const moved = await transferRegistration(
      services,
      { viewer: a!, registrationId: seated.id, toSessionId: to.id },
      actor,
    );
    expect(moved.status).toBe("confirmed");
    expect(await statusOf(seated.id)).toBe("transferred");
    expect(await statusOf(waiting.id)).toBe("offered");
    const [row] = await services.db.select().from(schema.registration).where(eq(schema.registration.id, moved.id));
    expect(row!.transferredFromId).toBe(seated.id);
  });
});
