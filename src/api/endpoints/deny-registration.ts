// POST /registrations/{id}/deny: a hub admin declines an application, with an optional message the person receives.
import { denyApplication } from "#features/registration/deny-application.ts";
import { defineEndpoint } from "../endpoint.ts";
import { DecisionRequest, RegistrationIdParams, RegistrationState } from "../registration-schemas.ts";

export const denyRegistration = defineEndpoint({
  operationId: "denyRegistration",
  tag: "Registrations",
  summary: "Decline an application",
  description:
    "Declines an application (`pending_approval`). The person gets an email with the decision and your message, which is also kept with the decision.",
  request: { params: RegistrationIdParams, body: DecisionRequest },
  response: { status: 200, description: "The application is declined.", schema: RegistrationState },
  problems: {
    "not-found": "No registration has this id.",
    conflict: "The registration is not an application waiting for a decision.",
  },
  async handle({ services, viewer, params, body, actor }) {
    await denyApplication(services, { viewer, registrationId: params.id, message: body.message || null }, actor);
    return { body: { id: params.id, status: "denied" as const } };
  },
});
