// POST /registrations/{id}/accept: takes the seat offered from the waitlist before its deadline.
import { acceptOffer as accept } from "#features/registration/accept-offer.ts";
import { defineEndpoint } from "../endpoint.ts";
import { RegistrationIdParams, RegistrationState } from "../registration-schemas.ts";

export const acceptOffer = defineEndpoint({
  operationId: "acceptOffer",
  tag: "Registrations",
  summary: "Accept an offered seat",
  description:
    "Confirms a seat offered from the waitlist, before `offerExpiresAt`. A partner's group entry is confirmed as one. " +
    "The person gets a confirmation email with the calendar entry and join details.",
  request: { params: RegistrationIdParams },
  response: { status: 200, description: "The seat is confirmed.", schema: RegistrationState },
  problems: {
    forbidden: "The registration is someone else's.",
    "not-found": "No registration has this id.",
    conflict:
      "There is no open offer: it expired and passed to the next in line, or the registration is not offered a seat.",
  },
  async handle({ services, viewer, params, actor }) {
    await accept(services, { viewer, registrationId: params.id }, actor);
    return { body: { id: params.id, status: "confirmed" as const } };
  },
});
