// PUT /circles/{id}/meetings/{meetingId}/facilitator: another member takes this meeting's facilitating turn.
import { setMeetingFacilitator } from "#features/circles/change-circle-meeting.ts";
import { defineEndpoint } from "../endpoint.ts";
import { CircleMeetingParams, FacilitatorRequest } from "../circle-schemas.ts";

export const setCircleMeetingFacilitator = defineEndpoint({
  operationId: "setCircleMeetingFacilitator",
  tag: "Circles",
  summary: "Swap who facilitates one meeting",
  description:
    "Names the member who facilitates this one date, for a swap of turns. Organizers, or the member whose turn it is.",
  request: { params: CircleMeetingParams, body: FacilitatorRequest },
  response: { status: 200, description: "The facilitator is changed.", schema: FacilitatorRequest },
  problems: {
    forbidden: "The caller is neither an organizer nor this meeting's facilitator.",
    "not-found": "No such circle with the caller as member, or no such meeting in it.",
    invalid: "The person named is not a member of the circle.",
  },
  async handle({ services, viewer, params, body, actor }) {
    await setMeetingFacilitator(
      services,
      { viewer, circleId: params.id, meetingId: params.meetingId, facilitatorId: body.facilitatorId },
      actor,
    );
    return { body: { facilitatorId: body.facilitatorId } };
  },
});
