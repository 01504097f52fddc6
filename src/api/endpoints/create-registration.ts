// POST /sessions/{id}/registrations: the caller registers (or applies), or staff register someone else; a seat, a place in line or an application.
import { z } from "zod";
import { registerForSession } from "#features/registration/register-for-session.ts";
import { defineEndpoint } from "../endpoint.ts";
import { API_BASE_PATH } from "../endpoint-table.ts";
import { SessionIdParams } from "../catalog-schemas.ts";
import { RegistrationRequest, RegistrationResult } from "../registration-schemas.ts";
import { positionField } from "../registration-body.ts";

export const createRegistration = defineEndpoint({
  operationId: "createRegistration",
  tag: "Registrations",
  summary: "Register for a session",
  description:
    "Registers the token's owner for a session, or applies when the course asks for approval. The answer says what the request got: " +
    "`confirmed` (a seat), `waitlisted` (a place in line, first come first served; an offer comes by email when a seat frees up) " +
    "or `pending_approval` (a hub admin decides). The person gets the matching email in their language.\n\n" +
    "**Consent:** calling this endpoint is the person's consent to store what the body holds, seen as each field describes. " +
    "Hub admins, and partner admins for their organization's staff (with `organizationId`), may register someone else with `userId`, " +
    "for people who call or walk in: the same rules and emails apply.\n\n" +
    "Seats never oversell, whatever the number of simultaneous requests: each request takes its place in line one at a time. " +
    "Answers with `Location`: where the registration can be read (`GET /registrations/{id}`).",
  request: { params: SessionIdParams, body: RegistrationRequest },
  response: {
    status: 201,
    description: "The registration was made; `status` says what it got.",
    schema: RegistrationResult,
    headers: z.object({
      Location: z.string().meta({
        description: "Where the registration can be read: `/api/v1/registrations/{id}`.",
        examples: ["/api/v1/registrations/5b2d7e91-0c4a-4f3e-8a6b-1d9c2e7f4a30"],
      }),
    }),
  },
  problems: {
    forbidden:
      "`userId` names someone else, and the caller is neither a hub admin nor a partner admin of `organizationId`.",
    "not-found": "No open session has this id (drafts are not open), or `userId` names no one.",
    conflict:
      "The person already has a live registration for this session; or registration is not open (not yet, closed, the session started or was cancelled — `detail` says which); " +
      "or a prerequisite is missing (`detail` names the courses to complete first).",
    invalid:
      "Some fields need attention; `errors` lists each with its path: `answers.<questionId>` for a missing or wrong answer, `priceTier`, `amountCents` (below a sliding scale's minimum), " +
      "`scholarship.needStatement`.",
  },
  async handle({ services, viewer, params, body, actor }) {
    // The body was read with the use case's own schema; it is handed on as read, not checked again.
    const { userId, organizationId, ...registration } = body;
    const outcome = await registerForSession(
      services,
      {
        viewer,
        sessionId: params.id,
        userId: userId ?? null,
        organizationId: organizationId ?? null,
        // Problem details are in English, so refusals name courses and amounts in English too.
        locale: "en",
        read: { ...registration, consent: true },
      },
      actor,
    );
    return {
      body: {
        id: outcome.id,
        sessionId: outcome.sessionId,
        status: outcome.status,
        ...positionField(outcome.waitlistPosition),
      },
      headers: { Location: `${API_BASE_PATH}/registrations/${encodeURIComponent(outcome.id)}` },
    };
  },
});
