// What a circle's organizers do on its page, through the API too: answer requests to join, archive the circle (and an
// admin restores it); and each member's own reminder. Thin: each calls the page's use case.
import { archiveCircle as archive, restoreCircle as restore } from "#features/circles/archive-circle.ts";
import { answerJoinRequest, listJoinRequests } from "#features/circles/request-to-join.ts";
import { setCircleReminder as setReminder } from "#features/circles/set-circle-reminder.ts";
import { defineEndpoint } from "../endpoint.ts";
import {
  ArchiveRequest,
  ArchiveResult,
  CircleIdParams,
  JoinRequestAnswerRequest,
  JoinRequestAnswerResult,
  JoinRequestList,
  JoinRequestParams,
  ReminderRequest,
} from "../circle-schemas.ts";

const notMember = "No circle with this id has the caller as a member.";
const archived = "The circle is archived: its history can be read, nothing can be changed.";

// GET /circles/{id}/join-requests
export const listCircleJoinRequests = defineEndpoint({
  operationId: "listCircleJoinRequests",
  tag: "Circles",
  summary: "Requests to join a circle",
  description: "The people who asked to join and wait for an answer, oldest first. Organizers only.",
  request: { params: CircleIdParams },
  response: { status: 200, description: "The requests waiting.", schema: JoinRequestList },
  problems: { forbidden: "The caller is a member but not an organizer of this circle.", "not-found": notMember },
  async handle({ services, viewer, params }) {
    const requests = await listJoinRequests(services.db, { viewer, circleId: params.id });
    return { body: { requests: requests.map((r) => ({ ...r, requestedAt: r.requestedAt.toISOString() })) } };
  },
});

// POST /circles/{id}/join-requests/{userId}/answer
export const answerCircleJoinRequest = defineEndpoint({
  operationId: "answerCircleJoinRequest",
  tag: "Circles",
  summary: "Let someone into a circle, or not",
  description:
    "Answers one request to join. Letting someone in puts them last in the facilitating rotation; turning it down tells them nothing " +
    "more than that the request is no longer waiting. Organizers only.",
  request: { params: JoinRequestParams, body: JoinRequestAnswerRequest },
  response: { status: 200, description: "The request is answered.", schema: JoinRequestAnswerResult },
  problems: {
    forbidden: "The caller is a member but not an organizer of this circle.",
    "not-found": "No circle with this id has the caller as a member, or no request from this person is waiting.",
    conflict: `The circle is full, or archived. ${archived}`,
  },
  async handle({ services, viewer, params, body, actor }) {
    await answerJoinRequest(services, { viewer, circleId: params.id, userId: params.userId, admit: body.admit }, actor);
    return { body: { userId: params.userId, admitted: body.admit } };
  },
});

// PUT /circles/{id}/reminder
export const setCircleReminder = defineEndpoint({
  operationId: "setCircleReminder",
  tag: "Circles",
  summary: "Your reminder for a circle's meetings",
  description:
    "Chooses whether, and how long before each meeting, you get an email reminder (none by default). It is yours alone: " +
    "nobody else sees it, and no reminder goes for a date you said you are not going to.",
  request: { params: CircleIdParams, body: ReminderRequest },
  response: { status: 204, description: "Your reminder is saved." },
  problems: { "not-found": notMember, conflict: archived },
  async handle({ services, viewer, params, body }) {
    await setReminder(services, { viewer, circleId: params.id, minutes: body.minutes });
    return { body: undefined };
  },
});

// POST /circles/{id}/archive
export const archiveCircle = defineEndpoint({
  operationId: "archiveCircle",
  tag: "Circles",
  summary: "Archive a circle",
  description:
    "For a circle that has finished its work. Its meetings ahead are cancelled (calendars show them cancelled, and no reminder goes " +
    "out); its members can still read its agreement and past meetings, but nothing can be changed, answered or planned. It is listed " +
    "apart in `GET /me/circles` under `archived`. The circle's organizers or a hub admin may archive it; a hub admin can restore it.",
  request: { params: CircleIdParams, body: ArchiveRequest },
  response: { status: 200, description: "The circle is archived.", schema: ArchiveResult },
  problems: {
    forbidden: "The caller is a member but not an organizer of this circle.",
    "not-found": "No circle with this id has the caller as a member (hub admins: no circle with this id).",
    conflict: "The circle is already archived.",
  },
  async handle({ services, viewer, params, body, actor }) {
    const result = await archive(services, { viewer, circleId: params.id, reason: body.reason }, actor);
    return { body: { archivedAt: result.archivedAt.toISOString(), cancelledMeetings: result.cancelledMeetings } };
  },
});

// POST /circles/{id}/restore
export const restoreCircle = defineEndpoint({
  operationId: "restoreCircle",
  tag: "Circles",
  summary: "Restore an archived circle",
  description:
    "Makes an archived circle active again. The dates cancelled when it was archived stay cancelled; its organizers plan new ones. " +
    "Hub admins only.",
  request: { params: CircleIdParams },
  response: { status: 204, description: "The circle is active again." },
  problems: { "not-found": "No circle with this id.", conflict: "The circle is not archived." },
  async handle({ services, viewer, params, actor }) {
    await restore(services, { viewer, circleId: params.id }, actor);
    return { body: undefined };
  },
});
