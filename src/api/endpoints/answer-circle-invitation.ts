// POST /me/circle-invitations/{id}/answer: joins a circle one was invited to, or says no.
import { answerCircleInvitation as answer } from "#features/circles/answer-circle-invitation.ts";
import { defineEndpoint } from "../endpoint.ts";
import { InvitationAnswerRequest, InvitationAnswerResult, InvitationIdParams } from "../circle-schemas.ts";

export const answerCircleInvitation = defineEndpoint({
  operationId: "answerCircleInvitation",
  tag: "Circles",
  summary: "Answer an invitation to a circle",
  description:
    "Accepts or declines an invitation sent to your account's email address. Saying no is fine; nobody is told why.",
  request: { params: InvitationIdParams, body: InvitationAnswerRequest },
  response: { status: 200, description: "The invitation is answered.", schema: InvitationAnswerResult },
  problems: {
    "not-found": "No invitation with this id was sent to your email address.",
    conflict: "The invitation was already answered, or the circle is full.",
  },
  async handle({ services, viewer, params, body, actor }) {
    const { circleId } = await answer(services, { viewer, invitationId: params.id, accept: body.accept }, actor);
    return { body: { circleId, joined: body.accept } };
  },
});
