// POST /registrations/{id}/approve: a hub admin approves an application; it gets a seat if one is free, else a place in line.
import { approveApplication } from "#features/registration/approve-application.ts";
import { defineEndpoint } from "../endpoint.ts";
import { DecisionRequest, RegistrationIdParams, RegistrationState } from "../registration-schemas.ts";
import { positionField } from "../registration-body.ts";

export const approveRegistration = defineEndpoint({
  operationId: "approveRegistration",
  tag: "Registrations",
  summary: "Approve an application",
  description:
    "Approves an application (`pending_approval`). It is placed at once: a seat if one is free after everyone already waiting, else the end of the line, " +
    "which it joins now. The person gets an email with the decision and your message.",
  request: { params: RegistrationIdParams, body: DecisionRequest },
  response: {
    status: 200,
    description: "The application is approved; `status` says whether it got a seat or a place in line.",
    schema: RegistrationState,
  },
  problems: {
    "not-found": "No registration has this id.",
    conflict: "The registration is not an application waiting for a decision.",
  },
  async handle({ services, viewer, params, body, actor }) {
    const placed = await approveApplication(
      services,
      { viewer, registrationId: params.id, message: body.message || null },
      actor,
    );
    return { body: { id: params.id, status: placed.status, ...positionField(placed.waitlistPosition) } };
  },
});
