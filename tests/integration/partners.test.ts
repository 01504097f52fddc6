// Partners on both engines: staff links with consent and their scoping, partner enrolment limited to consented staff
// (issue 14 item 1), sponsored seat blocks through the seat ledger (never oversold, released to the line), the directory.
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { answerStaffLink, inviteStaff, listMyStaffLinks } from "#features/partners/staff-links.ts";
import { listStaffProgress } from "#features/partners/staff-progress.ts";
import {
  createSponsoredBlock,
  listSponsoredBlocks,
  releaseSponsoredSeats,
  takeSponsoredSeat,
} from "#features/partners/sponsored-blocks.ts";
import { listPartnerDirectory, updateDirectoryEntry } from "#features/partners/directory.ts";
import { registerForSession } from "#features/registration/register-for-session.ts";
import { seatFiguresFor } from "#features/catalog/seat-figures.ts";
import { showSession } from "#features/catalog/show-session.ts";
import { seatPlanOf, seatsHeld } from "#features/registration/seat-ledger.ts";
import { freeSeats } from "#core/seats.ts";
import { complianceFor } from "#core/certification.ts";
import { ceLedger } from "#features/certifications/ce-ledger.ts";
import { ensureCertificationTypes } from "#features/hub/seed-defaults.ts";
import { registerGroup } from "#features/registration/register-group.ts";
import { seedDemo } from "#features/demo/seed-demo.ts";
import { createPersonalAccessToken } from "#features/tokens/personal-access-tokens.ts";
import { createApiRouter } from "#api/router.ts";
import { API_BASE_PATH } from "#api/endpoint-table.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { adminViewer, seedCourse, seedPeople, seedSession } from "../support/catalog.ts";

const actor = { userId: null, label: "test" };

describe.each(enginesUnderTest())("partners (%s)", (engine) => {
  let services: TestServices;
  let orgA: string;
  let orgB: string;
  let adminA: Viewer;
  let adminB: Viewer;
  let hubAdmin: Viewer;
  const now = () => new Date();

  beforeAll(async () => {
    services = await createTestServices(engine);
    const db = services.db;
    const [a, b] = await db
      .insert(schema.organization)
      .values([
        { slug: "river-a", name: "River Peer Center" },
        { slug: "coast-b", name: "Coast Wellness" },
      ])
      .returning();
    orgA = a!.id;
    orgB = b!.id;
    const [pa, pb, hub] = await seedPeople(db, 3, "partner-admin");
    await db.insert(schema.roleGrant).values([
      { userId: pa!.userId, role: "partner_admin", organizationId: orgA },
      { userId: pb!.userId, role: "partner_admin", organizationId: orgB },
      { userId: hub!.userId, role: "admin" },
    ]);
    adminA = { ...pa!, roles: [{ role: "partner_admin", organizationId: orgA }] };
    adminB = { ...pb!, roles: [{ role: "partner_admin", organizationId: orgB }] };
    hubAdmin = adminViewer(hub!.userId);
  });
  afterAll(async () => services.close());

  async function linkedStaff(person: Viewer, organizationId: string, partner: Viewer, share = true) {
    await inviteStaff(services, { viewer: partner, organizationId, email: person.email }, actor);
    const [invite] = (await listMyStaffLinks(services.db, person)).filter(
      (link) => link.organizationId === organizationId && link.status === "invited",
    );
    await answerStaffLink(
      services,
      { viewer: person, linkId: invite!.id, action: "accept", shareCompletions: share, shareCompliance: share },
      actor,
    );
    return invite!.id;
  }

  it("shows a partner nothing of a person until they accept, only what they share, and nothing after they withdraw", async () => {
    const [person] = await seedPeople(services.db, 1, "staff");
    await inviteStaff(services, { viewer: adminA, organizationId: orgA, email: person!.email, locale: "es" }, actor);
    // The invitation email goes out in the language chosen (the person's own language wins when they have one: "en").
    const [mail] = await services.db
      .select()
      .from(schema.outboxMessage)
      .where(eq(schema.outboxMessage.toAddress, person!.email));
    expect(mail!.locale).toBe("en");
    expect(mail!.subject).toContain("River Peer Center");

    let staff = await listStaffProgress(services.db, adminA, orgA, now());
    let row = staff.find((m) => m.email === person!.email)!;
    expect(row.status).toBe("invited");
    expect(row.name).toBeNull();
    expect(row.userId).toBeNull();
    expect(row.sharing).toBeNull();

    // Partner B sees nothing of A's staff, not even the list.
    await expect(listStaffProgress(services.db, adminB, orgA, now())).rejects.toMatchObject({ code: "forbidden" });
    // Partner B cannot answer or end A's link: it is "not found" to them.
    await expect(
      answerStaffLink(services, { viewer: adminB, linkId: row.linkId, action: "cancel" }, actor),
    ).rejects.toMatchObject({ code: "not_found" });

    const [invite] = await listMyStaffLinks(services.db, person!);
    await answerStaffLink(
      services,
      { viewer: person!, linkId: invite!.id, action: "accept", shareCompletions: true, shareCompliance: false },
      actor,
    );
    staff = await listStaffProgress(services.db, adminA, orgA, now());
    row = staff.find((m) => m.email === person!.email)!;
    expect(row.name).toBe(person!.name);
    expect(row.sharing).toEqual({ completions: true, compliance: false });
    expect(row.completions).toEqual([]);
    expect(row.certifications).toBeNull();

    await answerStaffLink(services, { viewer: person!, linkId: invite!.id, action: "withdraw" }, actor);
    staff = await listStaffProgress(services.db, adminA, orgA, now());
    expect(staff.find((m) => m.email === person!.email)).toBeUndefined();

    // Audited both ways: the partner's invitation and the person's answers.
    const audits = await services.db
      .select({ action: schema.auditEvent.action, actorId: schema.auditEvent.actorId })
      .from(schema.auditEvent)
      .where(eq(schema.auditEvent.targetId, invite!.id));
    expect(audits.map((a) => a.action).sort()).toEqual([
      "partner.staff.active",
      "partner.staff.invited",
      "partner.staff.withdrawn",
    ]);
  });

  it("lets a partner admin enrol only consented linked staff, with the same answer whether or not an account exists", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id, { overrides: { capacity: 10 } });
    const [stranger, declined, linked] = await seedPeople(services.db, 3, "enrol");
    const refusal = { code: "forbidden", key: "partners.errors.notLinked" };
    const enrol = (userId: string, viewer = adminA) =>
      registerForSession(
        services,
        { viewer, userId, organizationId: orgA, sessionId: session.id, consent: true },
        actor,
      );

    await expect(enrol(stranger!.userId)).rejects.toMatchObject(refusal);
    await expect(enrol("00000000-0000-4000-8000-000000000000")).rejects.toMatchObject(refusal);
    await inviteStaff(services, { viewer: adminA, organizationId: orgA, email: declined!.email }, actor);
    const [invite] = await listMyStaffLinks(services.db, declined!);
    await expect(enrol(declined!.userId)).rejects.toMatchObject(refusal);
    await answerStaffLink(services, { viewer: declined!, linkId: invite!.id, action: "decline" }, actor);
    await expect(enrol(declined!.userId)).rejects.toMatchObject(refusal);

    await linkedStaff(linked!, orgA, adminA);
    // Linked to A is not linked to B.
    await expect(
      registerForSession(
        services,
        { viewer: adminB, userId: linked!.userId, organizationId: orgB, sessionId: session.id, consent: true },
        actor,
      ),
    ).rejects.toMatchObject(refusal);
    expect((await enrol(linked!.userId)).status).toBe("confirmed");

    // By email, as a group: an unknown address and a known unlinked one get the same field message.
    await expect(
      registerGroup(
        services,
        {
          viewer: adminA,
          sessionId: session.id,
          organizationId: orgA,
          consent: true,
          members: [
            { name: "Nobody", email: "nobody-at-all@example.org" },
            { name: stranger!.name, email: stranger!.email },
          ],
        },
        actor,
      ),
    ).rejects.toMatchObject({
      code: "invalid",
      details: {
        fields: [
          { path: "members.0.email", message: "partners.errors.notLinked" },
          { path: "members.1.email", message: "partners.errors.notLinked" },
        ],
      },
    });
    const [nobody] = await services.db
      .select()
      .from(schema.user)
      .where(eq(schema.user.email, "nobody-at-all@example.org"));
    expect(nobody).toBeUndefined();
    // A hub admin still registers anyone.
    expect((await enrol(stranger!.userId, hubAdmin)).status).toBe("confirmed");
  });

  it("reads the staff summary in a fixed number of queries however many staff share their certifications", async () => {
    const db = services.db;
    await ensureCertificationTypes(db);
    const [type] = await db.select().from(schema.certificationType).limit(1);
    const [org] = await db.insert(schema.organization).values({ slug: "summary-c", name: "Summary Co-op" }).returning();
    const [partner] = await seedPeople(db, 1, "summary-admin");
    await db
      .insert(schema.roleGrant)
      .values({ userId: partner!.userId, role: "partner_admin", organizationId: org!.id });
    const adminC: Viewer = { ...partner!, roles: [{ role: "partner_admin", organizationId: org!.id }] };
    let statements = 0;
    const counted = new Proxy(db, {
      get(target, property) {
        const value = Reflect.get(target, property, target) as unknown;
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          if (["select", "selectDistinct", "execute"].includes(String(property))) statements += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    async function addStaff(count: number, offset: number) {
      const people = await seedPeople(db, count, `summary-staff-${offset}`);
      for (const [index, person] of people.entries()) {
        await linkedStaff(person, org!.id, adminC);
        await db
          .insert(schema.certification)
          .values({ userId: person.userId, typeKey: type!.key, issuedOn: "2026-01-01" });
        await db.insert(schema.outsideHours).values({
          userId: person.userId,
          title: "Ethics",
          provider: "State",
          completedOn: "2026-03-01",
          minutes: 60 * (offset + index + 1),
          inPerson: false,
        });
      }
    }
    const readAll = async () => {
      statements = 0;
      const members = await listStaffProgress(counted, adminC, org!.id, now());
      return { members, statements };
    };

    await addStaff(1, 0);
    const one = await readAll();
    await addStaff(4, 1);
    const five = await readAll();
    expect(five.members.filter((m) => m.certifications?.length)).toHaveLength(5);
    expect(five.statements).toBe(one.statements);
    expect(five.statements).toBeLessThanOrEqual(5);

    // Each person's summary is their own ledger's, as the one-person reading computes it.
    const today = now().toISOString().slice(0, 10);
    for (const member of five.members) {
      const own = complianceFor({
        rules: type!.rules,
        issuedOn: "2026-01-01",
        today,
        entries: await ceLedger(db, member.userId!),
      });
      expect(member.certifications).toEqual([
        {
          typeName: type!.name,
          status: own.status,
          expiresOn: own.expiresOn,
          minutesStillNeeded: own.minutesStillNeeded,
        },
      ]);
    }
    expect(new Set(five.members.map((m) => m.certifications![0]!.minutesStillNeeded)).size).toBeGreaterThan(1);
  });

  it("holds a sponsored block's seats from the public, never gives more than N, and releases the rest to the line", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id, { overrides: { capacity: 6 } });
    const releaseAt = new Date(Date.now() + 86_400_000);
    await expect(
      createSponsoredBlock(
        services,
        { viewer: adminA, organizationId: orgA, sessionId: session.id, seats: 5, releaseAt, amountCents: 50000 },
        actor,
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      createSponsoredBlock(
        services,
        { viewer: hubAdmin, organizationId: orgA, sessionId: session.id, seats: 7, releaseAt, amountCents: 50000 },
        actor,
      ),
    ).rejects.toMatchObject({ code: "invalid" });
    const block = await createSponsoredBlock(
      services,
      {
        viewer: hubAdmin,
        organizationId: orgA,
        sessionId: session.id,
        seats: 5,
        releaseAt,
        amountCents: 50000,
        invoiceReference: "INV-1",
      },
      actor,
    );

    // The public has one seat left; two more people wait.
    const publicPeople = await seedPeople(services.db, 3, "public");
    const outcomes = [];
    for (const person of publicPeople)
      outcomes.push(
        await registerForSession(services, { viewer: person, sessionId: session.id, consent: true }, actor),
      );
    expect(outcomes.map((o) => o.status)).toEqual(["confirmed", "waitlisted", "waitlisted"]);

    // Eight linked staff race for five seats: by code themselves and assigned by the partner admin, at once.
    const staff = await seedPeople(services.db, 8, "sponsored");
    for (const person of staff) await linkedStaff(person, orgA, adminA);
    const results = await Promise.allSettled(
      staff.map((person, index) =>
        index % 2
          ? takeSponsoredSeat(
              services,
              { viewer: person, personId: person.userId, code: block.code.toLowerCase() },
              actor,
            )
          : takeSponsoredSeat(services, { viewer: adminA, personId: person.userId, blockId: block.id }, actor),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ key: "partners.blocks.errors.usedUp" });

    // A person not linked to A cannot use its code, and partner B cannot see A's blocks.
    const [outsider] = await seedPeople(services.db, 1, "outsider");
    await expect(
      takeSponsoredSeat(services, { viewer: outsider!, personId: outsider!.userId, code: block.code }, actor),
    ).rejects.toMatchObject({ key: "partners.blocks.errors.linkFirst" });
    await expect(listSponsoredBlocks(services.db, adminB, orgA)).rejects.toMatchObject({ code: "forbidden" });
    const [listed] = await listSponsoredBlocks(services.db, adminA, orgA);
    expect(listed).toMatchObject({ seats: 5, used: 5, invoiceReference: "INV-1", paid: false });
    // The block names exactly the five who hold its seats, so the partner is not offered them again.
    const seated = results.flatMap((r, index) => (r.status === "fulfilled" ? [staff[index]!.userId] : []));
    expect([...listed!.heldBy].sort()).toEqual([...seated].sort());

    const confirmed = await services.db
      .select()
      .from(schema.registration)
      .where(and(eq(schema.registration.sessionId, session.id), eq(schema.registration.status, "confirmed")));
    expect(confirmed).toHaveLength(6);
  });

  it("shows the public's seats left without a block's unused seats, as the seat ledger counts them, until release", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id, { overrides: { capacity: 10 } });
    let clock = new Date();
    const timed = { ...services, now: () => clock };
    const figures = async () => (await seatFiguresFor(services.db, [session])).get(session.id)!;
    const ledger = async () => freeSeats(seatPlanOf(session), await seatsHeld(services.db, session.id)).general;
    expect((await figures()).available).toBe(10);

    const block = await createSponsoredBlock(
      timed,
      {
        viewer: hubAdmin,
        organizationId: orgA,
        sessionId: session.id,
        seats: 4,
        releaseAt: new Date(clock.getTime() + 3_600_000),
        amountCents: 0,
      },
      actor,
    );
    expect((await figures()).available).toBe(6);
    expect(await ledger()).toBe(6);

    // A staff member takes a block seat: the public's figure does not move (the seat was already not theirs).
    const [staffer] = await seedPeople(services.db, 1, "figures-staff");
    await linkedStaff(staffer!, orgA, adminA);
    await takeSponsoredSeat(timed, { viewer: staffer!, personId: staffer!.userId, code: block.code }, actor);
    expect((await figures()).available).toBe(6);
    // A member of the public takes one of the public's seats.
    const [visitor] = await seedPeople(services.db, 1, "figures-public");
    await registerForSession(timed, { viewer: visitor!, sessionId: session.id, consent: true }, actor);
    expect((await figures()).available).toBe(5);
    expect(await ledger()).toBe(5);

    // The session's public page reads the same figure.
    expect((await showSession(services.db, { id: session.id, now: clock }, null)).seats.available).toBe(5);

    clock = new Date(clock.getTime() + 2 * 3_600_000);
    expect(await releaseSponsoredSeats(timed)).toBe(1);
    expect((await figures()).available).toBe(8);
    expect(await ledger()).toBe(8);
  });

  it("hands unused sponsored seats back at the release date: the first in line is offered one", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id, { overrides: { capacity: 3 } });
    let clock = new Date();
    const timed = { ...services, now: () => clock };
    const block = await createSponsoredBlock(
      timed,
      {
        viewer: hubAdmin,
        organizationId: orgA,
        sessionId: session.id,
        seats: 2,
        releaseAt: new Date(clock.getTime() + 3_600_000),
        amountCents: 0,
      },
      actor,
    );
    const [staffer] = await seedPeople(services.db, 1, "release-staff");
    await linkedStaff(staffer!, orgA, adminA);
    await takeSponsoredSeat(timed, { viewer: staffer!, personId: staffer!.userId, code: block.code }, actor);
    const people = await seedPeople(services.db, 2, "release-public");
    const first = await registerForSession(timed, { viewer: people[0]!, sessionId: session.id, consent: true }, actor);
    const second = await registerForSession(timed, { viewer: people[1]!, sessionId: session.id, consent: true }, actor);
    expect([first.status, second.status]).toEqual(["confirmed", "waitlisted"]);

    expect(await releaseSponsoredSeats(timed)).toBe(0);
    clock = new Date(clock.getTime() + 2 * 3_600_000);
    expect(await releaseSponsoredSeats(timed)).toBe(1);
    const [offered] = await services.db
      .select({ status: schema.registration.status })
      .from(schema.registration)
      .where(eq(schema.registration.id, second.id));
    expect(offered!.status).toBe("offered");
    // Released blocks take no more seats.
    const [late] = await seedPeople(services.db, 1, "late-staff");
    await linkedStaff(late!, orgA, adminA);
    await expect(
      takeSponsoredSeat(timed, { viewer: late!, personId: late!.userId, code: block.code }, actor),
    ).rejects.toMatchObject({ key: "partners.blocks.errors.released" });
  });

  it("publishes only listed partners and only the fields each chooses, with figures counted from consented staff", async () => {
    await updateDirectoryEntry(
      services,
      {
        viewer: adminB,
        organizationId: orgB,
        listed: true,
        shownFields: ["counties", "staffTrained"],
        descriptionEn: "Not shown",
        descriptionEs: "",
        counties: "Lane, Linn",
        coReflectionInPlace: true,
      },
      actor,
    );
    await expect(
      updateDirectoryEntry(
        services,
        {
          viewer: adminB,
          organizationId: orgA,
          listed: true,
          shownFields: [],
          descriptionEn: "",
          descriptionEs: "",
          counties: "",
          coReflectionInPlace: false,
        },
        actor,
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
    const directory = await listPartnerDirectory(services.db);
    expect(directory.map((entry) => entry.name)).toEqual(["Coast Wellness"]);
    expect(directory[0]).toEqual({
      name: "Coast Wellness",
      slug: "coast-b",
      counties: ["Lane", "Linn"],
      staffTrained: 0,
    });
  });

  it("scopes the API the same way: problem+json for another partner's staff and blocks, and for unconsented people", async () => {
    const app = express().use(API_BASE_PATH, createApiRouter(services));
    const server: Server = await new Promise((resolve) => {
      const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
    });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${API_BASE_PATH}`;
    const token = async (viewer: Viewer) =>
      (await createPersonalAccessToken(services.db, { userId: viewer.userId, name: "t", expiresAt: null, actor }))
        .token;
    const [tokenA, tokenB, tokenHub] = [await token(adminA), await token(adminB), await token(hubAdmin)];
    const call = async (path: string, bearer: string, body?: unknown) => {
      const response = await fetch(`${base}${path}`, {
        method: body === undefined ? "GET" : "POST",
        headers: {
          authorization: `Bearer ${bearer}`,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, type: response.headers.get("content-type"), json: await response.json() };
    };
    try {
      const refused = await call(`/organizations/${orgA}/staff`, tokenB);
      expect(refused.status).toBe(403);
      expect(refused.type).toMatch(/^application\/problem\+json/);
      const staff = await call(`/organizations/${orgA}/staff`, tokenA);
      expect(staff.status).toBe(200);
      // Invited people show only the address typed; nobody who withdrew or declined is listed.
      for (const member of staff.json.staff as Array<{ status: string; name: string | null; sharing: unknown }>) {
        expect(["invited", "requested", "active"]).toContain(member.status);
        if (member.status === "invited") expect(member).toMatchObject({ name: null, sharing: null });
      }
      expect((await call(`/organizations/${orgA}/sponsored-blocks`, tokenB)).status).toBe(403);

      const course = await seedCourse(services.db);
      const session = await seedSession(services.db, course.id, { overrides: { capacity: 4 } });
      const body = {
        organizationId: orgA,
        sessionId: session.id,
        seats: 2,
        releaseAt: new Date(Date.now() + 86_400_000).toISOString(),
        amountCents: 90000,
        invoiceReference: "INV-API",
      };
      expect((await call("/sponsored-blocks", tokenA, body)).status).toBe(403);
      const created = await call("/sponsored-blocks", tokenHub, body);
      expect(created.status).toBe(201);
      const listed = await call(`/organizations/${orgA}/sponsored-blocks`, tokenA);
      expect(listed.json.blocks.find((b: { id: string }) => b.id === created.json.id)).toMatchObject({
        seats: 2,
        used: 0,
        invoice: { amountCents: 90000, reference: "INV-API", paid: false },
      });

      const [unlinked, linked] = await seedPeople(services.db, 2, "api-staff");
      await linkedStaff(linked!, orgA, adminA);
      const seat = (bearer: string, userId: string) =>
        call(`/sponsored-blocks/${created.json.id}/seats`, bearer, { userId });
      expect((await seat(tokenA, unlinked!.userId)).status).toBe(403);
      expect((await seat(tokenA, "00000000-0000-4000-8000-000000000000")).status).toBe(403);
      expect((await seat(tokenB, linked!.userId)).status).toBe(403);
      expect((await seat(tokenA, linked!.userId)).status).toBe(201);
      const twice = await seat(tokenA, linked!.userId);
      expect(twice.status).toBe(409);
      expect(twice.type).toMatch(/^application\/problem\+json/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("seeds the demo's partners: two listed organizations, consented and pending links, a block with 2 of 5 seats used", async () => {
    // A database of its own: the demo is seeded as a newcomer's hub is, without this file's earlier fixtures.
    const demo = await createTestServices(engine);
    try {
      expect(await seedDemo(demo.db)).toBe(true);
      const directory = await listPartnerDirectory(demo.db);
      expect(directory.map((entry) => entry.name)).toEqual(
        expect.arrayContaining(["Willamette Peer Network", "Coast Recovery Collective"]),
      );
      expect(directory.find((entry) => entry.name === "Coast Recovery Collective")).toMatchObject({
        organizationalTrainers: 1,
      });
      const blocks = await listSponsoredBlocks(demo.db, hubAdmin, null);
      // The demo's own block, by its invoice (earlier tests in this file made blocks of their own).
      const demoBlock = blocks.find((block) => block.invoiceReference === "WPN-2027-014");
      expect(demoBlock).toMatchObject({ seats: 5, used: 2, paid: true });
      const links = await demo.db.select().from(schema.staffLink);
      expect(links.filter((link) => link.status === "invited").length).toBeGreaterThan(0);
    } finally {
      await demo.close();
    }
  });
});
