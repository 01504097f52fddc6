// POST /sessions/{id}/walk-ins: a trainer of the session (or an admin) adds someone who arrived after the start.
import { addWalkIn as addWalkInToSession } from "#features/trainers/add-walk-in.ts";
import { defineEndpoint } from "../endpoint.ts";
import { SessionIdParams } from "../catalog-schemas.ts";
import { WalkIn, WalkInRequest } from "../trainer-schemas.ts";

export const addWalkIn = defineEndpoint({
  operationId: "addWalkIn",
  tag: "Sessions",
  summary: "Add a walk-in",
  description:
    "From the start of the first meeting until the last one ends, the session's trainers (or a hub admin) add someone " +
    "who arrived late: they are confirmed only if a seat is free (decided under the same lock as every registration, " +
    "so never oversold) and, during a meeting, their attendance counts from now. Audited.",
  request: { params: SessionIdParams, body: WalkInRequest },
  response: { status: 201, description: "They are in.", schema: WalkIn },
  problems: {
    "not-found": "No session has this id.",
    forbidden: "You are not one of this session's trainers (nor an admin).",
    conflict:
      "The training has not started, has ended or is not published; every seat is taken; or the person is already registered (`detail` says which).",
  },
  async handle({ services, viewer, params, body, actor }) {
    // Read with the use case's own schema; handed on as read.
    return { body: await addWalkInToSession(services, { viewer, sessionId: params.id, input: body }, actor) };
  },
});
