// POST /sponsored-blocks: a hub admin records seats a partner bought, with the invoice; the seats leave the public pool.
import { createSponsoredBlock as create } from "#features/partners/sponsored-blocks.ts";
import { defineEndpoint } from "../endpoint.ts";
import { CreatedSponsoredBlock, CreateSponsoredBlockRequest } from "../partner-schemas.ts";

export const createSponsoredBlock = defineEndpoint({
  operationId: "createSponsoredBlock",
  tag: "Partners",
  summary: "Record a sponsored seat block",
  description:
    "Hub admins only: the block takes seats from the session's general pool, and the hub keeps the invoice. " +
    "The seats must be free now (checked under the session's seat lock). Unused seats go back to the public at `releaseAt`.",
  request: { body: CreateSponsoredBlockRequest },
  response: { status: 201, description: "The block, with the code to give staff.", schema: CreatedSponsoredBlock },
  problems: { "not-found": "No session has this id." },
  async handle({ services, viewer, body, actor }) {
    return { body: await create(services, { viewer, ...body }, actor) };
  },
});
