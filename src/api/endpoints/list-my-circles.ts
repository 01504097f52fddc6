// GET /me/circles: the circles the caller is in, and invitations waiting for them.
import { listCircles } from "#features/circles/list-circles.ts";
import { defineEndpoint } from "../endpoint.ts";
import { CircleList } from "../circle-schemas.ts";

export const listMyCircles = defineEndpoint({
  operationId: "listMyCircles",
  tag: "Circles",
  summary: "Your co-reflection circles",
  description:
    "The circles you are a member of (name, size and meeting count), invitations sent to your email address that wait for an answer, " +
    "circles you asked to join, circles open to requests, and archived circles (listed apart).",
  response: { status: 200, description: "Your circles and invitations.", schema: CircleList },
  async handle({ services, viewer }) {
    const page = await listCircles(services.db, { viewer });
    return {
      body: {
        circles: page.mine.filter((c) => !c.requested).map(({ requested: _, ...circle }) => circle),
        invitations: page.invitations.map(({ id, circleId, circleName }) => ({ id, circleId, circleName })),
        requested: page.mine.filter((c) => c.requested).map(({ requested: _, ...circle }) => circle),
        openToRequests: page.open,
        archived: page.archived.map(({ member: _, archivedAt, ...circle }) => ({
          ...circle,
          archivedAt: archivedAt.toISOString(),
        })),
      },
    };
  },
});
