// POST /circles/{id}/meetings/{meetingId}/cancel: cancels one date of a circle without touching the others.
import { changeCircleMeeting } from "#features/circles/change-circle-meeting.ts";
import { defineEndpoint } from "../endpoint.ts";
import { CircleMeetingParams } from "../circle-schemas.ts";

export const cancelCircleMeeting = defineEndpoint({
  operationId: "cancelCircleMeeting",
  tag: "Circles",
  summary: "Cancel one meeting",
  description:
    "Cancels this one date; the other dates of its series stay as they are. Every member gets an email in their language and calendars " +
    "show it as cancelled. Organizers of the circle only.",
  request: { params: CircleMeetingParams },
  response: { status: 204, description: "The meeting is cancelled." },
  problems: {
    forbidden: "The caller is a member but not an organizer of this circle.",
    "not-found": "No such circle with the caller as member, or no such meeting in it.",
    conflict: "The meeting is already cancelled, or the circle is archived.",
  },
  async handle({ services, viewer, params, actor }) {
    await changeCircleMeeting(
      services,
      { viewer, circleId: params.id, meetingId: params.meetingId, change: { kind: "cancel" } },
      actor,
    );
    return { body: undefined };
  },
});
