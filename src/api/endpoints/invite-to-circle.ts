// POST /circles/{id}/invitations: invites people to a circle by email.
import { inviteToCircle as invite } from "#features/circles/invite-to-circle.ts";
import { defineEndpoint } from "../endpoint.ts";
import { CircleIdParams, InviteRequest, InviteResult } from "../circle-schemas.ts";

export const inviteToCircle = defineEndpoint({
  operationId: "inviteToCircle",
  tag: "Circles",
  summary: "Invite people to a circle",
  description:
    "Sends each address an invitation in its owner's language (their account's, else the circle's). They answer on the circles page after signing in with that address. Organizers only.",
  request: { params: CircleIdParams, body: InviteRequest },
  response: { status: 200, description: "Who was invited, and who already was.", schema: InviteResult },
  problems: {
    forbidden: "The caller is not an organizer of this circle.",
    "not-found": "No circle with this id.",
    conflict: "The circle is archived.",
  },
  async handle({ services, viewer, params, body, actor }) {
    return { body: await invite(services, { viewer, circleId: params.id, emails: body.emails }, actor) };
  },
});
