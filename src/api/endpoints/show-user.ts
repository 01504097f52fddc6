// GET /users/{id}: one person's profile and roles, for hub admins.
import { findPerson } from "#features/access/find-person.ts";
import { defineEndpoint } from "../endpoint.ts";
import { personBody } from "../person.ts";
import { UserIdParams, Person } from "../schemas.ts";

export const showUser = defineEndpoint({
  operationId: "showUser",
  tag: "People",
  summary: "Show a person",
  description: "Returns one person's profile and roles. This is where `POST /users` points its `Location` header.",
  request: { params: UserIdParams },
  response: { status: 200, description: "The person.", schema: Person },
  problems: { "not-found": "No person has this id." },
  async handle({ services, params }) {
    const person = await findPerson(services.db, params.id);
    return { body: personBody(person, person.roles) };
  },
});
