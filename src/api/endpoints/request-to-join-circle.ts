// POST /circles/{id}/join-requests: asks to join a circle that is open to requests.
import { requestToJoin } from "#features/circles/request-to-join.ts";
import { defineEndpoint } from "../endpoint.ts";
import { CircleIdParams } from "../circle-schemas.ts";

export const requestToJoinCircle = defineEndpoint({
  operationId: "requestToJoinCircle",
  tag: "Circles",
  summary: "Ask to join a circle",
  description:
    "Asks to join a circle that is open to requests (listed in `GET /me/circles` as `openToRequests`). An organizer lets you in or not; " +
    "asking again, or asking when you are already a member, changes nothing.",
  request: { params: CircleIdParams },
  response: { status: 204, description: "The request is sent." },
  problems: { "not-found": "No circle with this id is open to requests." },
  async handle({ services, viewer, params, actor }) {
    await requestToJoin(services, { viewer, circleId: params.id }, actor);
    return { body: undefined };
  },
});
