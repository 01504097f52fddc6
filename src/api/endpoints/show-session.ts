// GET /sessions/{id}: one published session with its meetings, trainers, course, prices and seats.
import { showSession as readSession } from "#features/catalog/show-session.ts";
import { defineEndpoint } from "../endpoint.ts";
import { Session, SessionIdParams } from "../catalog-schemas.ts";
import { sessionBody } from "../session-body.ts";

export const showSession = defineEndpoint({
  operationId: "showSession",
  tag: "Sessions",
  summary: "Show a session",
  description:
    "Returns one session: its course, meetings, trainers, place, prices, prerequisites and seats " +
    "(`seats.available` is what anyone may take now; seats reserved for a partner or for scholarships are not in it). " +
    "Drafts and cancelled sessions are not shown here.",
  request: { params: SessionIdParams },
  response: { status: 200, description: "The session.", schema: Session },
  problems: { "not-found": "No published session has this id." },
  async handle({ services, params }) {
    const session = await readSession(services.db, { id: params.id, now: services.now() }, null);
    return { body: sessionBody(session) };
  },
});
