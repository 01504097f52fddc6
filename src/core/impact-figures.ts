// What each impact figure means, defined once for the admin dashboard, the public impact page and the API (issue 12).
import { shownCount } from "./small-numbers.ts";

/**
 * The registration funnel, each stage a subset of the one before (except views, which are anonymous page opens):
 * - viewed: the session's public page was opened (counted per session and day, no person recorded)
 * - registered: a registration or application was made (a transfer's old row is not counted twice)
 * - confirmed: the person held a confirmed seat: confirmed now, marked a no-show, or signed off
 * - attended: at least one minute of attendance was recorded at any meeting
 * - completed: the trainer's sign-off decided "completed" under the course's completion rules (core/completion.ts)
 */
export const funnelStages = ["viewed", "registered", "confirmed", "attended", "completed"] as const;
export type FunnelStage = (typeof funnelStages)[number];

/** How often the impact figures are counted again; pages say "next count by" the last count plus this. */
export const IMPACT_REFRESH_MINUTES = 10;

/** A no-show: confirmed, and marked by a trainer or admin as not having come (registration status `no_show`). */
export const NO_SHOW_STATUS = "no_show";

/** The raw counts the database returns for one filtered view; nothing here is shown before `dashboardFigures`. */
export type DashboardCounts = Record<FunnelStage, number> & {
  noShows: number;
  waitlisted: number;
  seated: number;
  capacity: number;
  /** Median minutes from joining the line to a confirmed seat, over people seated from the waitlist; null if none. */
  medianMinutesToSeat: number | null;
  seatedFromWaitlist: number;
  scholarshipsAwarded: number;
  scholarshipCents: number;
  ceMinutes: number;
  completionsByMonth: { month: string; completed: number }[];
};

/** A share shown as a whole percent, or null when either count is withheld or there is nothing to divide by. */
export function shareOf(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return Math.round((part / whole) * 100);
}

/** The figures as they may be shown: every count of people under the threshold withheld, rates only from shown counts. */
export function dashboardFigures(counts: DashboardCounts) {
  const funnel = funnelStages.map((stage) => ({ stage, count: shownCount(counts[stage]) }));
  const shown = Object.fromEntries(funnel.map((row) => [row.stage, row.count])) as Record<FunnelStage, number | null>;
  const seated = shownCount(counts.seated);
  const noShows = shownCount(counts.noShows);
  const seatedFromWaitlist = shownCount(counts.seatedFromWaitlist);
  return {
    funnel,
    completionRate: shareOf(shown.completed, shown.confirmed),
    fillRate: counts.capacity === 0 ? null : shareOf(seated, counts.capacity),
    capacity: counts.capacity,
    seated,
    waitlisted: shownCount(counts.waitlisted),
    seatedFromWaitlist,
    // A median over fewer than five people is one of them: withheld with their count.
    medianHoursToSeat:
      seatedFromWaitlist === null || counts.medianMinutesToSeat === null
        ? null
        : Math.round(counts.medianMinutesToSeat / 6) / 10,
    noShows,
    noShowRate: shareOf(noShows, shown.confirmed),
    scholarshipsAwarded: shownCount(counts.scholarshipsAwarded),
    scholarshipCents: shownCount(counts.scholarshipsAwarded) === null ? null : counts.scholarshipCents,
    ceMinutes: counts.ceMinutes,
    completionsByMonth: counts.completionsByMonth.map((row) => ({
      month: row.month,
      completed: shownCount(row.completed),
    })),
  };
}
export type DashboardFigures = ReturnType<typeof dashboardFigures>;

/** The longest note an admin may write for a funder report. */
export const MAX_NARRATIVE_LENGTH = 4000;
