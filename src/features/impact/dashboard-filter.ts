// The filters of the impact dashboard and API: course, partner, county, trainer and a period of session start dates.
import { z } from "zod";
import { isOregonCounty } from "#core/oregon-counties.ts";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
const id = z.string().trim().min(1).max(100);

export const dashboardFilterSchema = z.object({
  courseId: id.optional(),
  organizationId: id.optional(),
  countyFips: z.string().refine(isOregonCounty).optional(),
  trainerId: id.optional(),
  /** First day of the period (inclusive), by session start. */
  from: day.optional(),
  /** Last day of the period (inclusive). */
  to: day.optional(),
});
export type DashboardFilter = z.infer<typeof dashboardFilterSchema>;

/** Reads a filter from query parameters, dropping blanks and anything malformed rather than refusing the page. */
export function filterFromParams(params: URLSearchParams): DashboardFilter {
  const filter: Record<string, string> = {};
  for (const key of Object.keys(dashboardFilterSchema.shape)) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    const parsed = dashboardFilterSchema.shape[key as keyof DashboardFilter].safeParse(value);
    if (parsed.success && parsed.data) filter[key] = parsed.data;
  }
  return filter as DashboardFilter;
}
