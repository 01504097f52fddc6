// DELETE /me/circles/{id}: leaves a circle.
import { leaveCircle as leave } from "#features/circles/leave-circle.ts";
import { defineEndpoint } from "../endpoint.ts";
import { CircleIdParams } from "../circle-schemas.ts";

export const leaveCircle = defineEndpoint({
  operationId: "leaveCircle",
  tag: "Circles",
  summary: "Leave a circle",
  description:
    "Leaves the circle. Your answers for dates ahead are removed and dates you were to facilitate wait for someone to take the turn; " +
    "what you attended stays on your record. If you were its last organizer, organizing passes to the next member in turn. " +
    "You can come back by invitation or, for an open circle, by asking again.",
  request: { params: CircleIdParams },
  response: { status: 204, description: "You left the circle." },
  problems: { "not-found": "No circle with this id has the caller as a member." },
  async handle({ services, viewer, params, actor }) {
    await leave(services, { viewer, circleId: params.id }, actor);
    return { body: undefined };
  },
});
