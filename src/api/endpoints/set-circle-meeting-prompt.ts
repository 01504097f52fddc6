// PUT /circles/{id}/meetings/{meetingId}/prompt: the prompt the circle reflects on at one meeting.
import { setMeetingPrompt } from "#features/circles/set-meeting-prompt.ts";
import { defineEndpoint } from "../endpoint.ts";
import { CircleMeetingParams, MeetingPromptRequest, MeetingPromptResult } from "../circle-schemas.ts";

export const setCircleMeetingPrompt = defineEndpoint({
  operationId: "setCircleMeetingPrompt",
  tag: "Circles",
  summary: "Choose the prompt for one meeting",
  description:
    "Chooses a prompt from the hub's library for this one date (other dates keep theirs; a moved date keeps it), or with `null` goes back " +
    "to the library's prompt in turn. The meeting's facilitator or an organizer, for a meeting that has not ended.",
  request: { params: CircleMeetingParams, body: MeetingPromptRequest },
  response: { status: 200, description: "The prompt is chosen.", schema: MeetingPromptResult },
  problems: {
    forbidden: "The caller is a member but neither this meeting's facilitator nor an organizer.",
    "not-found": "No such circle with the caller as member, or no such meeting in it.",
    conflict: "The meeting is cancelled or has ended.",
    invalid: "No prompt the library offers has this id.",
  },
  async handle({ services, viewer, params, body, actor }) {
    return {
      body: await setMeetingPrompt(
        services,
        { viewer, circleId: params.id, meetingId: params.meetingId, promptId: body.promptId },
        actor,
      ),
    };
  },
});
