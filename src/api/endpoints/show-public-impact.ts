// GET /impact: the public impact page's figures, small numbers withheld.
import { readPublicImpact } from "#features/impact/read-public-impact.ts";
import { defineEndpoint } from "../endpoint.ts";
import { PublicImpact } from "../impact-schemas.ts";

export const showPublicImpact = defineEndpoint({
  operationId: "showPublicImpact",
  tag: "Impact",
  summary: "Public impact figures",
  description:
    "People trained by year and form of training, partners, active trainers, CE hours and Oregon counties reached, as on " +
    "the public impact page. Every count of people under 5 is null. Figures are recomputed every 10 minutes.",
  response: { status: 200, description: "The figures.", schema: PublicImpact },
  async handle({ services }) {
    const { figures, stamp } = await readPublicImpact(services.db, services.now());
    return {
      body: {
        ...figures,
        refreshedAt: stamp.refreshedAt.toISOString(),
        nextRefreshAt: stamp.nextRefreshAt.toISOString(),
      },
    };
  },
});
