// POST /registrations/{id}/cancel: gives up a seat (before the session's cutoff), leaves the line, or withdraws an application.
import { cancelRegistration as cancel } from "#features/registration/cancel-registration.ts";
import { defineEndpoint } from "../endpoint.ts";
import { CancelRequest, RegistrationIdParams, RegistrationState } from "../registration-schemas.ts";

export const cancelRegistration = defineEndpoint({
  operationId: "cancelRegistration",
  tag: "Registrations",
  summary: "Cancel a registration",
  description:
    "Cancels a confirmed seat, an offer, a place in line or an application. A person may give up their own seat until the session's cutoff " +
    "(`cancelCutoffAt` in `GET /me/registrations`) and leave the line or withdraw an application any time; hub admins, and the partner admin who " +
    "registered a group, may cancel any time (a partner's whole group entry at once). A freed seat is offered to the next in line at once.",
  request: { params: RegistrationIdParams, body: CancelRequest },
  response: { status: 200, description: "The registration is cancelled.", schema: RegistrationState },
  problems: {
    forbidden: "The registration is someone else's.",
    "not-found": "No registration has this id.",
    conflict:
      "The registration has already ended, or it is too close to the start to give up the seat yourself (`detail` says which).",
  },
  async handle({ services, viewer, params, body, actor }) {
    await cancel(services, { viewer, registrationId: params.id, reason: body.reason || null }, actor);
    return { body: { id: params.id, status: "cancelled" as const } };
  },
});
