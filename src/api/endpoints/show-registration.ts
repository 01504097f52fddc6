// GET /registrations/{id}: one registration, for the person, staff who may act for them, and the session's trainers and admins.
import { AppError } from "#platform/app-error.ts";
import { mayReadRegistration } from "#core/access.ts";
import { standingInSession } from "#features/access/session-standing.ts";
import { holdingOf, loadRegistration } from "#features/registration/load-registration.ts";
import { waitlistPositionOf } from "#features/registration/seat-ledger.ts";
import { defineEndpoint } from "../endpoint.ts";
import { Registration, RegistrationIdParams } from "../registration-schemas.ts";
import { registrationBody } from "../registration-body.ts";

export const showRegistration = defineEndpoint({
  operationId: "showRegistration",
  tag: "Registrations",
  summary: "Show a registration",
  description:
    "Returns one registration's state, place in line and offer deadline. This is where `POST /sessions/{id}/registrations` points its `Location` header. " +
    "The person registered may read it, as may the partner admin who registered them, the session's trainers and hub admins.",
  request: { params: RegistrationIdParams },
  response: { status: 200, description: "The registration.", schema: Registration },
  problems: { forbidden: "The registration is someone else's.", "not-found": "No registration has this id." },
  async handle({ services, viewer, params }) {
    const row = await loadRegistration(services.db, params.id);
    if (!mayReadRegistration(viewer, holdingOf(row), await standingInSession(services.db, viewer, row.sessionId))) {
      throw new AppError("forbidden", { key: "registration.errors.notYours" });
    }
    const position = row.status === "waitlisted" ? await waitlistPositionOf(services.db, row.id) : null;
    return { body: registrationBody(row, position) };
  },
});
