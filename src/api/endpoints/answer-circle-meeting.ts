// PUT /circles/{id}/meetings/{meetingId}/rsvp: the caller's answer for one date of a circle.
import { answerMeeting } from "#features/circles/answer-meeting.ts";
import { defineEndpoint } from "../endpoint.ts";
import { CircleMeetingParams, RsvpRequest, RsvpResult } from "../circle-schemas.ts";

export const answerCircleMeeting = defineEndpoint({
  operationId: "answerCircleMeeting",
  tag: "Circles",
  summary: "Answer for one meeting",
  description:
    "Sets or changes your answer (`going`, `not_going`, `maybe`) for this one date. Other dates of the same series keep their own answers.",
  request: { params: CircleMeetingParams, body: RsvpRequest },
  response: { status: 200, description: "Your answer is saved.", schema: RsvpResult },
  problems: {
    "not-found": "No such circle with the caller as member, or no such meeting in it.",
    conflict: "The meeting is cancelled, or the circle is archived.",
  },
  async handle({ services, viewer, params, body }) {
    return {
      body: await answerMeeting(services, {
        viewer,
        circleId: params.id,
        meetingId: params.meetingId,
        answer: body.answer,
      }),
    };
  },
});
