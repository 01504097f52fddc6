import { describe, expect, it } from "vitest";
import { dashboardFigures, shareOf, type DashboardCounts } from "./impact-figures.ts";

const base: DashboardCounts = {
  viewed: 120,
  registered: 40,
  confirmed: 30,
  attended: 27,
  completed: 24,
  noShows: 3,
  waitlisted: 6,
  seated: 30,
  capacity: 40,
  medianMinutesToSeat: 90,
  seatedFromWaitlist: 5,
  scholarshipsAwarded: 4,
  scholarshipCents: 60000,
  ceMinutes: 24 * 600,
  completionsByMonth: [
    { month: "2026-01", completed: 20 },
    { month: "2026-02", completed: 4 },
  ],
};

describe("dashboardFigures", () => {
  it("computes rates from shown counts", () => {
    const figures = dashboardFigures(base);
    expect(figures.completionRate).toBe(80);
    expect(figures.fillRate).toBe(75);
    expect(figures.medianHoursToSeat).toBe(1.5);
  });
  it("withholds counts under 5 and every figure derived from them", () => {
    const figures = dashboardFigures(base);
    expect(figures.noShows).toBeNull();
    expect(figures.noShowRate).toBeNull();
    expect(figures.scholarshipsAwarded).toBeNull();
    expect(figures.scholarshipCents).toBeNull();
    expect(figures.completionsByMonth).toEqual([
      { month: "2026-01", completed: 20 },
      { month: "2026-02", completed: null },
    ]);
    const few = dashboardFigures({ ...base, seatedFromWaitlist: 4 });
    expect(few.medianHoursToSeat).toBeNull();
  });
  it("gives no share when a part is withheld or the whole is zero", () => {
    expect(shareOf(null, 10)).toBeNull();
    expect(shareOf(5, 0)).toBeNull();
    expect(shareOf(5, 10)).toBe(50);
  });
});
