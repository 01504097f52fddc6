// POST /circles: starts a co-reflection circle with the caller as its first member and organizer.
import { z } from "zod";
import { createCircle as startCircle } from "#features/circles/create-circle.ts";
import { defineEndpoint } from "../endpoint.ts";
import { API_BASE_PATH } from "../endpoint-table.ts";
import { CircleRequest } from "../circle-schemas.ts";

export const createCircle = defineEndpoint({
  operationId: "createCircle",
  tag: "Circles",
  summary: "Start a circle",
  description:
    "Starts a co-reflection circle. Hub admins and trainers may; participants only when the hub's settings allow it. " +
    "The caller becomes the circle's first member, its organizer and first in the facilitating rotation.",
  request: { body: CircleRequest },
  response: {
    status: 201,
    description: "The circle was started.",
    schema: z.object({ id: z.string() }).meta({ id: "CircleCreated" }),
    headers: z.object({ Location: z.string().meta({ description: "Where the circle can be read." }) }),
  },
  problems: { forbidden: "The caller may not start circles on this hub." },
  async handle({ services, viewer, body, actor }) {
    // The body was read with the use case's schema; its empty optional fields (null) go back as absent.
    const { description, place, videoUrl, ...circle } = body;
    const { circleId } = await startCircle(
      services,
      {
        viewer,
        circle: {
          ...circle,
          ...(description ? { description } : {}),
          ...(place ? { place } : {}),
          ...(videoUrl ? { videoUrl } : {}),
        },
      },
      actor,
    );
    return {
      body: { id: circleId },
      headers: { Location: `${API_BASE_PATH}/circles/${encodeURIComponent(circleId)}` },
    };
  },
});
