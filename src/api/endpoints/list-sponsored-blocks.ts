// GET /organizations/{id}/sponsored-blocks: a partner's blocks of sponsored seats, seats used and the invoice.
import { listSponsoredBlocks as readBlocks, type SponsoredBlock } from "#features/partners/sponsored-blocks.ts";
import { defineEndpoint } from "../endpoint.ts";
import { OrganizationIdParams, SponsoredBlockList } from "../partner-schemas.ts";

export function sponsoredBlockBody(block: SponsoredBlock) {
  return {
    id: block.id,
    organizationId: block.organizationId,
    sessionId: block.sessionId,
    course: { en: block.courseTitleEn, es: block.courseTitleEs },
    startsAt: block.startsAt.toISOString(),
    seats: block.seats,
    used: block.used,
    code: block.code,
    releaseAt: block.releaseAt.toISOString(),
    releasedAt: block.releasedAt?.toISOString() ?? null,
    invoice: {
      amountCents: block.amountCents,
      currency: block.currency,
      reference: block.invoiceReference,
      paid: block.paid,
    },
  };
}

export const listSponsoredBlocks = defineEndpoint({
  operationId: "listSponsoredBlocks",
  tag: "Partners",
  summary: "List a partner's sponsored seat blocks",
  description:
    "For partner admins of the organization (and hub admins): each block's seats, how many are used, its code, release date and invoice.",
  request: { params: OrganizationIdParams },
  response: { status: 200, description: "The organization's blocks.", schema: SponsoredBlockList },
  problems: { forbidden: "You do not look after this organization." },
  async handle({ services, viewer, params }) {
    const blocks = await readBlocks(services.db, viewer, params.id);
    return { body: { blocks: blocks.map(sponsoredBlockBody) } };
  },
});
