// POST /sessions/{id}/complete: a lead trainer (or an admin) signs off the session; completed people's credentials are asked for.
import { signOffSession } from "#features/attendance/sign-off-session.ts";
import { defineEndpoint } from "../endpoint.ts";
import { SessionIdParams } from "../catalog-schemas.ts";
import { SessionCompletion } from "../attendance-schemas.ts";

export const completeSession = defineEndpoint({
  operationId: "completeSession",
  tag: "Sessions",
  summary: "Sign off a session",
  description:
    "Records each confirmed person's completion from their attendance and the course's completion rules, and asks for the " +
    "certificate and credential of everyone who completed (they are made by a background job). The session becomes `completed` " +
    "once all its meetings have ended. Only a lead trainer of the session or an admin may. Signing off again after changing a " +
    "mark updates the outcomes; nobody's credential is asked for twice.",
  request: { params: SessionIdParams },
  response: { status: 200, description: "Each person's outcome.", schema: SessionCompletion },
  problems: {
    "not-found": "No session has this id.",
    forbidden: "You are not a lead trainer of this session (nor an admin).",
    conflict: "The session has not started yet, or it was cancelled.",
  },
  async handle({ services, viewer, params, actor }) {
    const signOff = await signOffSession(services, { viewer, sessionId: params.id }, actor);
    return { body: { ...signOff, signedOffAt: signOff.signedOffAt.toISOString() } };
  },
});
