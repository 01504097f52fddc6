// GET /sessions/{id}/registrations: a session's roster, for hub admins and the session's own trainers.
import { AppError } from "#platform/app-error.ts";
import { listSessionRoster } from "#features/registration/list-session-roster.ts";
import { defineEndpoint } from "../endpoint.ts";
import { SessionIdParams } from "../catalog-schemas.ts";
import { SessionRoster } from "../registration-schemas.ts";
import { rosterEntryBody } from "../registration-body.ts";

export const listSessionRegistrations = defineEndpoint({
  operationId: "listSessionRegistrations",
  tag: "Registrations",
  summary: "List a session's registrations",
  description:
    "The session's roster in line order: everyone who registered or applied, with state, place in line, price, answers (sensitive ones included), " +
    "accommodations and scholarship requests. Scholarship need statements are shown to hub admins only. " +
    "For hub admins and the trainers of this session; other trainers are refused.",
  request: { params: SessionIdParams },
  response: { status: 200, description: "The roster.", schema: SessionRoster },
  problems: {
    forbidden: "The caller is neither a hub admin nor one of this session's trainers.",
    "not-found": "No session has this id.",
  },
  async handle({ services, viewer, params }) {
    const roster = await listSessionRoster(services.db, viewer, params.id);
    // The use case also serves partner admins (their own staff, without sensitive answers); the API's roster is the full one.
    if (!roster.seesSensitive)
      throw new AppError("forbidden", { detail: "Only hub admins and this session's trainers" });
    return { body: { sessionId: roster.sessionId, registrations: roster.entries.map(rosterEntryBody) } };
  },
});
