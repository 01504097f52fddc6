// GET /impact: the public impact page's figures, small numbers withheld.
import { readShownImpact } from "#features/impact/read-public-impact.ts";
import type { ImpactBlock } from "#core/impact-blocks.ts";
import { defineEndpoint } from "../endpoint.ts";
import { PublicImpact } from "../impact-schemas.ts";

export const showPublicImpact = defineEndpoint({
  operationId: "showPublicImpact",
  tag: "Impact",
  summary: "Public impact figures",
  description:
    "People trained by year and form of training, partners, active trainers, CE hours and Oregon counties reached, as on " +
    "the public impact page. Every count of people under 5 is null. Figures are recomputed every 10 minutes. A figure " +
    "whose block the hub does not show the public is absent.",
  response: { status: 200, description: "The figures.", schema: PublicImpact },
  async handle({ services }) {
    // As an anonymous visitor sees the page: only the blocks the hub shows the public.
    const { figures, stamp, blocks } = await readShownImpact(services.db, {
      viewer: null,
      locale: "en",
      now: services.now(),
    });
    const shown = <T>(block: ImpactBlock, value: T): T | undefined => (blocks.includes(block) ? value : undefined);
    return {
      body: {
        trained: shown("trained", figures.trained ?? []),
        partners: shown("partners", figures.partners ?? 0),
        trainers: shown("trainers", figures.trainers),
        ceMinutes: shown("ceHours", figures.ceMinutes ?? 0),
        counties: shown("counties", figures.counties ?? []),
        refreshedAt: stamp.refreshedAt.toISOString(),
        nextRefreshAt: stamp.nextRefreshAt.toISOString(),
      },
    };
  },
});
