// "Learn IPS" takes each form's length from the hub's courses and upcoming sessions, on both engines.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waysToLearn } from "#features/catalog/ways-to-learn.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { seedCourse, seedSession } from "../support/catalog.ts";

describe.each(enginesUnderTest())("ways to learn (%s)", (engine) => {
  let services: TestServices;
  const now = new Date();
  beforeAll(async () => {
    services = await createTestServices(engine);
  });
  afterAll(async () => services.close());

  it("states the hub's own hours and days, counts only published sessions to come, and skips archived courses", async () => {
    const db = services.db;
    const overview = await seedCourse(db, { form: "overview", contactMinutes: 12 * 60, slug: "overview-two-days" });
    await seedSession(db, overview.id, { now, startsInDays: 10, days: 2 });
    await seedSession(db, overview.id, { now, startsInDays: -30, days: 3 });
    await seedSession(db, overview.id, { now, startsInDays: 40, days: 4, overrides: { status: "draft" } });
    const archived = await seedCourse(db, { form: "core", contactMinutes: 35 * 60, slug: "old-core", archivedAt: now });
    await seedSession(db, archived.id, { now, startsInDays: 5, days: 5 });
    await seedCourse(db, { form: "advanced", contactMinutes: 21 * 60 + 20, slug: "advanced-no-dates" });

    const lengths = await waysToLearn(db, now);
    expect(lengths.get("overview")).toEqual({
      form: "overview",
      hours: { min: 12, max: 12 },
      days: { min: 2, max: 2 },
      upcomingSessions: 1,
    });
    expect(lengths.has("core")).toBe(false);
    expect(lengths.get("advanced")).toEqual({
      form: "advanced",
      hours: { min: 21.25, max: 21.25 },
      days: null,
      upcomingSessions: 0,
    });
  });
});
