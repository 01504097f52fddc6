// GET /impact/dashboard: the admin dashboard's aggregates for one filter, small numbers withheld.
import { readImpactDashboard } from "#features/impact/read-impact-dashboard.ts";
import { defineEndpoint } from "../endpoint.ts";
import { ImpactDashboard, ImpactDashboardQuery } from "../impact-schemas.ts";

export const showImpactDashboard = defineEndpoint({
  operationId: "showImpactDashboard",
  tag: "Impact",
  summary: "Impact dashboard figures",
  description:
    "The registration funnel, fill rate, waitlist, no-shows, completion rate, scholarships and CE hours behind the admin " +
    "dashboard, for an optional course, partner, county, trainer and period. Aggregates only: every count of people under 5 " +
    "is null. Figures are recomputed every 10 minutes; `nextRefreshAt` says by when.",
  request: { query: ImpactDashboardQuery },
  response: { status: 200, description: "The figures.", schema: ImpactDashboard },
  async handle({ services, query }) {
    const { figures, stamp } = await readImpactDashboard(services.db, { filter: query, now: services.now() });
    return {
      body: {
        ...figures,
        refreshedAt: stamp.refreshedAt.toISOString(),
        nextRefreshAt: stamp.nextRefreshAt.toISOString(),
      },
    };
  },
});
