// POST /sponsored-blocks/{id}/seats: a partner admin gives one of the block's seats to consented linked staff.
import { takeSponsoredSeat } from "#features/partners/sponsored-blocks.ts";
import { defineEndpoint } from "../endpoint.ts";
import { AssignedSeat, AssignSeatRequest, BlockIdParams } from "../partner-schemas.ts";

export const assignSponsoredSeat = defineEndpoint({
  operationId: "assignSponsoredSeat",
  tag: "Partners",
  summary: "Give a sponsored seat to a staff member",
  description:
    "Registers a person linked to the block's organization (who accepted the link) on the block's session, confirmed, on " +
    "one of the block's seats. Refused alike for anyone not linked, whether or not they have an account.",
  request: { params: BlockIdParams, body: AssignSeatRequest },
  response: { status: 201, description: "The person holds a seat.", schema: AssignedSeat },
  problems: {
    "not-found": "No block has this id.",
    conflict: "The block's seats are used up or released, registration is closed, or the person is already registered.",
  },
  async handle({ services, viewer, params, body, actor }) {
    return {
      body: await takeSponsoredSeat(services, { viewer, personId: body.userId, blockId: params.id }, actor),
    };
  },
});
