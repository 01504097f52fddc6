// POST /sessions: a hub admin schedules a session of a course: meetings as instants in a named time zone, format, seats, prices.
import { z } from "zod";
import { createSession as scheduleSession } from "#features/catalog/create-session.ts";
import { showSession } from "#features/catalog/show-session.ts";
import { defineEndpoint } from "../endpoint.ts";
import { API_BASE_PATH } from "../endpoint-table.ts";
import { bothLanguages, CreateSessionRequest } from "../catalog-admin-schemas.ts";
import { Session } from "../catalog-schemas.ts";
import { sessionBody } from "../session-body.ts";
import { localizedPath, withApiPaths } from "../api-field-paths.ts";

const apiPath = (path: string) =>
  localizedPath(path, ["notes", "accessibilityNotes", "joinDetails"]).replace(/^timeZone$/, "timezone");

export const createSession = defineEndpoint({
  operationId: "createSession",
  tag: "Sessions",
  summary: "Schedule a session",
  description:
    "Schedules one run of a course, given by `courseId` or `courseSlug` (not an archived course). Meetings are RFC 3339 instants; " +
    "`timezone` is the zone they are planned in and shown in. Everything but the course, `timezone`, `meetings`, `format` and `capacity` " +
    "has a default: a free draft, offers held 48 hours, self-cancellation until 24 hours before. A published session needs a lead trainer. " +
    "The join link is stored but never part of the answer. Answers with the session and a `Location` header pointing at it.",
  request: { body: CreateSessionRequest },
  response: {
    status: 201,
    description: "The session was scheduled.",
    schema: Session,
    headers: z.object({
      Location: z.string().meta({
        description: "Where the session can be read: `/api/v1/sessions/{id}`.",
        examples: ["/api/v1/sessions/3c9e5a4b-2f1d-4e8a-9b7c-6d5e4f3a2b1c"],
      }),
    }),
  },
  async handle({ services, viewer, body, actor }) {
    const accessibilityNotes = bothLanguages(body.accessibilityNotes);
    const joinDetails = bothLanguages(body.joinDetails);
    const { id } = await withApiPaths(apiPath, () =>
      scheduleSession(
        services.db,
        {
          viewer,
          session: {
            courseId: body.courseId,
            courseSlug: body.courseSlug,
            status: body.status,
            timeZone: body.timezone,
            meetings: body.meetings,
            format: body.format,
            language: body.language,
            venueName: body.venueName,
            venueAddress: body.venueAddress,
            accessibilityNotes: accessibilityNotes.en,
            accessibilityNotesEs: accessibilityNotes.es,
            joinUrl: body.joinUrl,
            joinDetails: joinDetails.en,
            joinDetailsEs: joinDetails.es,
            capacity: body.capacity,
            reservedPartnerSeats: body.reservedPartnerSeats,
            reservedOrganizationId: body.reservedOrganizationId,
            reservedScholarshipSeats: body.reservedScholarshipSeats,
            registrationOpensAt: body.registrationOpensAt,
            registrationClosesAt: body.registrationClosesAt,
            offerHoldHours: body.offerHoldHours,
            cancelCutoffHours: body.cancelCutoffHours,
            priceTiers: body.priceTiers,
            trainers: body.trainers,
            notesEn: body.notes?.en,
            notesEs: body.notes?.es,
          },
        },
        actor,
      ),
    );
    const session = await showSession(services.db, { id, now: services.now() }, viewer);
    return { body: sessionBody(session), headers: { Location: `${API_BASE_PATH}/sessions/${encodeURIComponent(id)}` } };
  },
});
