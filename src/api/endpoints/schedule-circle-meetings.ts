// POST /circles/{id}/meetings: adds meetings from a recurrence rule (one stored row per date) or a single meeting.
import { scheduleCircleMeetings as schedule } from "#features/circles/schedule-circle-meetings.ts";
import { defineEndpoint } from "../endpoint.ts";
import { CircleIdParams, ScheduleRequest, ScheduleResult } from "../circle-schemas.ts";

export const scheduleCircleMeetings = defineEndpoint({
  operationId: "scheduleCircleMeetings",
  tag: "Circles",
  summary: "Plan a circle's meetings",
  description:
    "Expands the rule in the circle's time zone and stores one meeting per date, so each date can later be moved or cancelled on its own and answers belong to one date. " +
    "Facilitators are assigned in rotation order. Organizers of the circle only.",
  request: { params: CircleIdParams, body: ScheduleRequest },
  response: { status: 201, description: "The meetings were planned.", schema: ScheduleResult },
  problems: {
    forbidden: "The caller is not an organizer of this circle.",
    "not-found": "No circle with this id.",
    invalid: "A field needs attention; monthly by date starts on day 1 to 28; a time the clocks skip is refused.",
    conflict: "The circle is archived: no meetings can be planned in it.",
  },
  async handle({ services, viewer, params, body, actor }) {
    return { body: await schedule(services, { viewer, circleId: params.id, schedule: body }, actor) };
  },
});
