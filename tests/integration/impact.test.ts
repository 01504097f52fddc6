// Impact figures on both engines against a hand-counted hub: the funnel and its filters, rates, waits, scholarships, CE
// hours, the small-number rule, the rollup's refresh promise, and the public page's map (all 36 counties) and API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { readImpactDashboard } from "#features/impact/read-impact-dashboard.ts";
import { readPublicImpact } from "#features/impact/read-public-impact.ts";
import { IMPACT_REFRESH_MINUTES } from "#core/impact-figures.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { seedCourse, seedPeople, seedSession } from "../support/catalog.ts";
import { serveForTest, type TestHttp } from "../support/http.ts";

const NOW = new Date("2026-06-01T12:00:00Z");
const HOUR = 3_600_000;

describe.each(enginesUnderTest())("impact figures (%s)", (engine) => {
  let services: TestServices;
  let http: TestHttp;
  let people: Viewer[];
  let coreCourseId: string;
  let partnerId: string;

  beforeAll(async () => {
    services = await createTestServices(engine);
    const db = services.db;
    people = await seedPeople(db, 13, "impact");
    const p = (n: number) => people[n - 1]!.userId;
    const core = await seedCourse(db, { form: "core", titleEn: "IPS Core", titleEs: "IPS básica" });
    const overview = await seedCourse(db, { form: "overview", titleEn: "IPS Overview", titleEs: "Introducción" });
    coreCourseId = core.id;
    // S1: core, 20 seats, March 2026; S2: overview, 10 seats, April 2026; a draft session that never counts.
    const s1 = await seedSession(db, core.id, {
      now: new Date("2026-03-01T00:00:00Z"),
      startsInDays: 9,
      days: 2,
      overrides: { status: "completed", capacity: 20 },
    });
    const s2 = await seedSession(db, overview.id, {
      now: new Date("2026-04-01T00:00:00Z"),
      startsInDays: 9,
      overrides: { status: "completed", capacity: 10 },
    });
    const draft = await seedSession(db, core.id, { now: NOW, startsInDays: 5, overrides: { status: "draft" } });
    await db.insert(schema.sessionTrainer).values({ sessionId: s1.id, userId: p(13), role: "lead" });
    const [partner] = await db
      .insert(schema.organization)
      .values({ slug: "impact-partner", name: "Partner" })
      .returning();
    partnerId = partner!.id;
    const meetings1 = await db.select().from(schema.sessionMeeting).where(eq(schema.sessionMeeting.sessionId, s1.id));
    const meetings2 = await db.select().from(schema.sessionMeeting).where(eq(schema.sessionMeeting.sessionId, s2.id));

    const requestedAt = new Date("2026-02-01T00:00:00Z");
    const register = async (
      sessionId: string,
      n: number,
      status: "confirmed" | "no_show" | "waitlisted",
      org?: string,
    ) => {
      const [row] = await db
        .insert(schema.registration)
        .values({ sessionId, userId: p(n), status, requestedAt, queueAt: requestedAt, organizationId: org ?? null })
        .returning();
      return row!.id;
    };
    const signOff = (registrationId: string, completed: boolean, ceMinutes: number) =>
      db.insert(schema.completion).values({
        registrationId,
        completed,
        contactMinutes: 840,
        attendedMinutes: completed ? 840 : 400,
        ceMinutes: completed ? ceMinutes : 0,
        signedOffAt: NOW,
      });

    // S1: p1–p8 completed, p9 attended but not completed, p10 confirmed with 0 minutes, p11 no-show, p12 waiting.
    for (let n = 1; n <= 10; n++) {
      const id = await register(s1.id, n, "confirmed", n <= 3 ? partnerId : undefined);
      await db.insert(schema.attendance).values(
        meetings1.map((meeting) => ({
          registrationId: id,
          meetingId: meeting.id,
          minutesPresent: n === 10 ? 0 : 420,
          method: "trainer" as const,
        })),
      );
      if (n <= 9) await signOff(id, n <= 8, 600);
      if (n <= 5) {
        // Seated from the waitlist after 2, 4, 6, 8 and 10 hours (median 6 h), each with a scholarship of $100.
        await db.insert(schema.registrationEvent).values({
          registrationId: id,
          fromStatus: "offered",
          toStatus: "confirmed",
          createdAt: new Date(requestedAt.getTime() + 2 * n * HOUR),
        });
        await db
          .insert(schema.scholarshipRequest)
          .values({ registrationId: id, needStatement: "need", status: "awarded_full", awardCents: 10_000 });
      }
    }
    await register(s1.id, 11, "no_show");
    await register(s1.id, 12, "waitlisted");
    // S2: p1–p6 all completed.
    for (let n = 1; n <= 6; n++) {
      const id = await register(s2.id, n, "confirmed");
      await db
        .insert(schema.attendance)
        .values({ registrationId: id, meetingId: meetings2[0]!.id, minutesPresent: 180, method: "trainer" });
      await signOff(id, true, 180);
    }
    await register(draft.id, 7, "confirmed");
    // Counties: p1–p5 Multnomah, p6 Lane.
    await db
      .insert(schema.personCounty)
      .values([
        ...[1, 2, 3, 4, 5].map((n) => ({ userId: p(n), countyFips: "41051" })),
        { userId: p(6), countyFips: "41039" },
      ]);
    await db.insert(schema.sessionViewDaily).values([
      { sessionId: s1.id, day: "2026-02-01", views: 40 },
      { sessionId: s1.id, day: "2026-02-02", views: 2 },
      { sessionId: s2.id, day: "2026-03-20", views: 10 },
      { sessionId: draft.id, day: "2026-05-20", views: 99 },
    ]);
    http = await serveForTest(services);
  });
  afterAll(async () => {
    await http?.close();
    await services.close();
  });

  it("counts the funnel, rates, waits, scholarships and CE hours as counted by hand", async () => {
    const { figures } = await readImpactDashboard(services.db, { filter: {}, now: NOW });
    expect(figures.funnel).toEqual([
      { stage: "viewed", count: 52 },
      { stage: "registered", count: 18 },
      { stage: "confirmed", count: 17 },
      { stage: "attended", count: 15 },
      { stage: "completed", count: 14 },
    ]);
    expect(figures.capacity).toBe(30);
    expect(figures.fillRate).toBe(57);
    expect(figures.completionRate).toBe(82);
    expect(figures.seatedFromWaitlist).toBe(5);
    expect(figures.medianHoursToSeat).toBe(6);
    expect(figures.scholarshipsAwarded).toBe(5);
    expect(figures.scholarshipCents).toBe(50_000);
    expect(figures.ceMinutes).toBe(8 * 600 + 6 * 180);
    expect(figures.completionsByMonth).toEqual([
      { month: "2026-03", completed: 8 },
      { month: "2026-04", completed: 6 },
    ]);
    // One no-show and one person waiting: withheld, and so is the no-show rate.
    expect(figures.noShows).toBeNull();
    expect(figures.noShowRate).toBeNull();
    expect(figures.waitlisted).toBeNull();
  });

  it("filters by course, county, partner, trainer and period", async () => {
    const read = async (filter: Parameters<typeof readImpactDashboard>[1]["filter"]) =>
      (await readImpactDashboard(services.db, { filter, now: NOW })).figures;
    const course = await read({ courseId: coreCourseId });
    expect(course.funnel.map((row) => row.count)).toEqual([42, 12, 11, 9, 8]);
    expect(course.completionRate).toBe(73);
    const county = await read({ countyFips: "41051" });
    // Views are not filtered by county (no person is recorded with a view): 0 is shown rather than a wrong figure.
    expect(county.funnel.map((row) => row.count)).toEqual([0, 10, 10, 10, 10]);
    // Three of the partner's staff: every count is under 5.
    const partner = await read({ organizationId: partnerId });
    expect(partner.funnel.slice(1).map((row) => row.count)).toEqual([null, null, null, null]);
    const trainer = await read({ trainerId: people[12]!.userId });
    expect(trainer.funnel[1]).toEqual({ stage: "registered", count: 12 });
    const april = await read({ from: "2026-04-01", to: "2026-04-30" });
    expect(april.funnel.map((row) => row.count)).toEqual([10, 6, 6, 6, 6]);
  });

  it("shows no figure older than the next refresh it states", async () => {
    const before = await readImpactDashboard(services.db, { filter: {}, now: NOW });
    expect(before.stamp.nextRefreshAt.getTime() - before.stamp.refreshedAt.getTime()).toBe(
      IMPACT_REFRESH_MINUTES * 60_000,
    );
    const [extra] = await services.db
      .insert(schema.registration)
      .values({
        sessionId: (
          await services.db.select().from(schema.trainingSession).where(eq(schema.trainingSession.capacity, 10))
        )[0]!.id,
        userId: people[11]!.userId,
        status: "waitlisted",
        requestedAt: NOW,
        queueAt: NOW,
      })
      .returning();
    const stillCounted = await readImpactDashboard(services.db, {
      filter: {},
      now: new Date(before.stamp.nextRefreshAt.getTime() - 1000),
    });
    expect(stillCounted.figures.funnel[1]!.count).toBe(18);
    const recounted = await readImpactDashboard(services.db, { filter: {}, now: before.stamp.nextRefreshAt });
    expect(recounted.figures.funnel[1]!.count).toBe(19);
    expect(recounted.stamp.refreshedAt).toEqual(before.stamp.nextRefreshAt);
    await services.db.delete(schema.registration).where(eq(schema.registration.id, extra!.id));
  });

  it("counts the public figures, withholding small counts", async () => {
    const { figures } = await readPublicImpact(services.db, NOW);
    expect(figures.trained).toEqual([
      { year: 2026, form: "core", people: 8 },
      { year: 2026, form: "overview", people: 6 },
    ]);
    expect(figures.trainers).toBeNull();
    expect(figures.counties).toHaveLength(36);
    expect(figures.counties.find((county) => county.fips === "41051")).toMatchObject({ reached: true, people: 5 });
    expect(figures.counties.find((county) => county.fips === "41039")).toMatchObject({ reached: true, people: null });
    expect(figures.counties.filter((county) => county.reached)).toHaveLength(2);
  });

  it("draws every Oregon county on the public page with a title, and the table alternative", async () => {
    for (const lang of ["en", "es"]) {
      const response = await fetch(`${http.url}/impact`, { headers: { cookie: `ips.lang=${lang}` } });
      expect(response.status).toBe(200);
      const html = await response.text();
      const counties = [
        ...html.matchAll(/<path d="[^"]+" class="impact-county[^"]*" data-fips="(41\d{3})"><title>([^<]+)<\/title>/g),
      ];
      expect(counties).toHaveLength(36);
      expect(new Set(counties.map((match) => match[1])).size).toBe(36);
      expect(html).toContain("<title>Multnomah: 5</title>");
      expect(html).toContain(lang === "es" ? "<title>Lane: menos de 5</title>" : "<title>Lane: fewer than 5</title>");
      const table = html.slice(html.indexOf('id="counties-title"'));
      expect(table.match(/<th scope="row">/g)?.length).toBeGreaterThanOrEqual(36);
    }
  });

  it("serves the public figures in the API and keeps the dashboard's to admins", async () => {
    const response = await fetch(`${http.url}/api/v1/impact`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { trainers: number | null; counties: unknown[]; nextRefreshAt: string };
    expect(body.trainers).toBeNull();
    expect(body.counties).toHaveLength(36);
    expect(Date.parse(body.nextRefreshAt)).not.toBeNaN();
    expect((await fetch(`${http.url}/api/v1/impact/dashboard`)).status).toBe(401);
    const document = (await (await fetch(`${http.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/impact", "/impact/dashboard"]));
  });
});
