// The circle's group agreement through the API: read it with its history, propose a change, publish a version,
// acknowledge the version in force. Members only; who acknowledged is never listed, only how many.
import { acknowledgeAgreement, proposeAgreementChange, publishAgreement } from "#features/circles/agreement.ts";
import { readCircle } from "#features/circles/read-circle.ts";
import { defineEndpoint } from "../endpoint.ts";
import {
  AgreementAckRequest,
  AgreementTextRequest,
  AgreementView,
  CircleIdParams,
  ProposalCreated,
  VersionPublished,
} from "../circle-schemas.ts";

const notMember = "No circle with this id has the caller as a member.";

// GET /circles/{id}/agreement
export const showCircleAgreement = defineEndpoint({
  operationId: "showCircleAgreement",
  tag: "Circles",
  summary: "A circle's group agreement",
  description:
    "The version in force (whether you acknowledged it, and how many members did), earlier versions as they were agreed, and changes " +
    "members proposed that wait for the facilitator.",
  request: { params: CircleIdParams },
  response: { status: 200, description: "The agreement.", schema: AgreementView },
  problems: { "not-found": notMember },
  async handle({ services, viewer, params }) {
    const view = await readCircle(services.db, { viewer, circleId: params.id, now: services.now() });
    const [current, ...history] = view.agreement.versions;
    return {
      body: {
        current: current
          ? {
              version: current.version,
              body: current.body,
              publishedAt: current.publishedAt.toISOString(),
              acknowledgedByMe: view.agreement.acknowledgedCurrent,
              acknowledgements: view.agreement.acknowledgements,
            }
          : null,
        history: history.map((v) => ({ ...v, publishedAt: v.publishedAt.toISOString() })),
        openProposals: view.agreement.openProposals.map((p) => ({ ...p, createdAt: p.createdAt.toISOString() })),
        mayPublish: view.may.publish,
      },
    };
  },
});

// POST /circles/{id}/agreement/proposals
export const proposeCircleAgreementChange = defineEndpoint({
  operationId: "proposeCircleAgreementChange",
  tag: "Circles",
  summary: "Propose a change to the agreement",
  description:
    "Any member may propose the agreement's full new text; the facilitator or an organizer publishes a version when the circle agrees.",
  request: { params: CircleIdParams, body: AgreementTextRequest },
  response: { status: 201, description: "The proposal is waiting for the facilitator.", schema: ProposalCreated },
  problems: { "not-found": notMember },
  async handle({ services, viewer, params, body, actor }) {
    const { proposalId } = await proposeAgreementChange(
      services,
      { viewer, circleId: params.id, body: body.body },
      actor,
    );
    return { body: { id: proposalId } };
  },
});

// POST /circles/{id}/agreement/versions
export const publishCircleAgreement = defineEndpoint({
  operationId: "publishCircleAgreement",
  tag: "Circles",
  summary: "Publish a version of the agreement",
  description:
    "Publishes the text as the next version; open proposals are marked as answered. Versions are never edited. The next meeting's " +
    "facilitator or an organizer.",
  request: { params: CircleIdParams, body: AgreementTextRequest },
  response: { status: 201, description: "The version is published.", schema: VersionPublished },
  problems: {
    "not-found": notMember,
    forbidden: "The caller is a member but neither the next meeting's facilitator nor an organizer.",
  },
  async handle({ services, viewer, params, body, actor }) {
    return { body: await publishAgreement(services, { viewer, circleId: params.id, body: body.body }, actor) };
  },
});

// POST /circles/{id}/agreement/acknowledgements
export const acknowledgeCircleAgreement = defineEndpoint({
  operationId: "acknowledgeCircleAgreement",
  tag: "Circles",
  summary: "Acknowledge the agreement",
  description:
    "Says you read and agree to the version in force. Name the version you read: if a newer one was published meanwhile, the answer " +
    "is 409 so nobody agrees to text they have not seen. Acknowledging twice changes nothing.",
  request: { params: CircleIdParams, body: AgreementAckRequest },
  response: { status: 204, description: "Your acknowledgement is recorded." },
  problems: {
    "not-found": "No circle with this id has the caller as a member, or it has no agreement yet.",
    conflict: "The version named is not the one in force.",
  },
  async handle({ services, viewer, params, body }) {
    await acknowledgeAgreement(services, { viewer, circleId: params.id, version: body.version });
    return { body: undefined };
  },
});
