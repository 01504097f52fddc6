// GET /me: the caller's own profile and roles.
import { defineEndpoint } from "../endpoint.ts";
import { personBody } from "../person.ts";
import { Person } from "../schemas.ts";

export const showMe = defineEndpoint({
  operationId: "showMe",
  tag: "Your account",
  summary: "Show who you are",
  description:
    "Returns the profile and roles of the person the access token belongs to. A quick way to check that a token works.",
  response: { status: 200, description: "The caller's profile.", schema: Person },
  async handle({ viewer }) {
    // Authentication has just read the person and their roles (src/features/access/load-viewer.ts): no second read.
    return { body: personBody({ ...viewer, id: viewer.userId }, viewer.roles) };
  },
});
