// PATCH /circles/{id}/meetings/{meetingId}: moves one date of a circle; the others, and this one's answers, stay.
import { changeCircleMeeting } from "#features/circles/change-circle-meeting.ts";
import { defineEndpoint } from "../endpoint.ts";
import { CircleMeetingParams, MoveRequest } from "../circle-schemas.ts";

export const moveCircleMeeting = defineEndpoint({
  operationId: "moveCircleMeeting",
  tag: "Circles",
  summary: "Move one meeting",
  description:
    "Moves this one date to a new local date and time in the circle's time zone. The meeting keeps its id, so members' answers, " +
    "attendance and its prompt stay with it; every member gets an email in their language and calendars update. Organizers of the circle only.",
  request: { params: CircleMeetingParams, body: MoveRequest },
  response: { status: 204, description: "The meeting is moved." },
  problems: {
    forbidden: "The caller is a member but not an organizer of this circle.",
    "not-found": "No such circle with the caller as member, or no such meeting in it.",
    conflict: "The meeting is cancelled, or the circle is archived.",
    invalid: "A field needs attention; a time the clocks skip on that day is refused.",
  },
  async handle({ services, viewer, params, body, actor }) {
    await changeCircleMeeting(
      services,
      { viewer, circleId: params.id, meetingId: params.meetingId, change: { kind: "move", ...body } },
      actor,
    );
    return { body: undefined };
  },
});
