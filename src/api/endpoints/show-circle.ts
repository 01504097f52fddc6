// GET /circles/{id}: a circle as its members see it; to anyone else it does not exist.
import { readCircle } from "#features/circles/read-circle.ts";
import { defineEndpoint } from "../endpoint.ts";
import { CircleDetail, CircleIdParams } from "../circle-schemas.ts";

export const showCircle = defineEndpoint({
  operationId: "showCircle",
  tag: "Circles",
  summary: "A circle you are in",
  description:
    "The circle's details, members, every meeting with your own answer, the counts of answers (never who answered what) and the prompt " +
    "for that date, and the agreement in force. " +
    "Only members may read it; nothing said in a meeting is ever stored.",
  request: { params: CircleIdParams },
  response: { status: 200, description: "The circle.", schema: CircleDetail },
  problems: { "not-found": "No circle with this id has the caller as a member." },
  async handle({ services, viewer, params }) {
    const view = await readCircle(services.db, { viewer, circleId: params.id, now: services.now() });
    const current = view.agreement.versions[0];
    return {
      body: {
        id: view.circle.id,
        name: view.circle.name,
        description: view.circle.description,
        language: view.circle.language,
        maxMembers: view.circle.maxMembers,
        memberCount: view.members.length,
        meetingCount: view.meetings.filter((m) => m.status === "scheduled").length,
        timeZone: view.circle.timeZone,
        joinPolicy: view.circle.joinPolicy,
        place: view.circle.place,
        videoUrl: view.circle.videoUrl,
        members: view.members.map(({ userId, name, organizer }) => ({ userId, name, organizer })),
        meetings: view.meetings.map(({ attended: _, prompt, ...m }) => ({
          ...m,
          prompt: prompt ? { id: prompt.id, en: prompt.textEn, es: prompt.textEs, chosen: prompt.chosen } : null,
          startsAt: m.startsAt.toISOString(),
          endsAt: m.endsAt.toISOString(),
        })),
        agreement: current
          ? {
              version: current.version,
              body: current.body,
              publishedAt: current.publishedAt.toISOString(),
              acknowledgedByMe: view.agreement.acknowledgedCurrent,
            }
          : null,
        archivedAt: view.archived?.at.toISOString() ?? null,
        archiveReason: view.archived?.reason ?? null,
      },
    };
  },
});
