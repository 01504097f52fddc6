// POST /registrations/{id}/decline: turns down an offered seat, which passes at once to the next in line.
import { declineOffer as decline } from "#features/registration/decline-offer.ts";
import { defineEndpoint } from "../endpoint.ts";
import { RegistrationIdParams, RegistrationState } from "../registration-schemas.ts";

export const declineOffer = defineEndpoint({
  operationId: "declineOffer",
  tag: "Registrations",
  summary: "Decline an offered seat",
  description:
    "Turns down a seat offered from the waitlist; it is offered to the next in line at once. The registration ends (`declined`).",
  request: { params: RegistrationIdParams },
  response: { status: 200, description: "The offer is declined.", schema: RegistrationState },
  problems: {
    forbidden: "The registration is someone else's.",
    "not-found": "No registration has this id.",
    conflict: "There is no open offer to decline (it expired, or the registration is not offered a seat).",
  },
  async handle({ services, viewer, params, actor }) {
    await decline(services, { viewer, registrationId: params.id }, actor);
    return { body: { id: params.id, status: "declined" as const } };
  },
});
