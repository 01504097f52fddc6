// GET /me/registrations: the caller's trainings, with state, place in line, offer deadline and join details once confirmed.
import { listMyRegistrations as readMyRegistrations } from "#features/registration/list-my-registrations.ts";
import { defineEndpoint } from "../endpoint.ts";
import { MyRegistrationList } from "../registration-schemas.ts";
import { myRegistrationBody } from "../registration-body.ts";

export const listMyRegistrations = defineEndpoint({
  operationId: "listMyRegistrations",
  tag: "Registrations",
  summary: "List your registrations",
  description:
    "Every registration of the token's owner, upcoming and past, ended ones included, ordered by the session's start. " +
    "Waiting entries carry their place in line; offers their deadline; confirmed ones how to join.",
  response: { status: 200, description: "The caller's registrations.", schema: MyRegistrationList },
  async handle({ services, viewer }) {
    const rows = await readMyRegistrations(services.db, viewer.userId);
    return { body: { registrations: rows.map(myRegistrationBody) } };
  },
});
