// GET /trainers: every trainer with their computed standing, for hub admins.
import { listTrainersWithStanding } from "#features/trainers/list-trainers.ts";
import { defineEndpoint } from "../endpoint.ts";
import { standingBody, TrainerList } from "../trainer-schemas.ts";

export const listTrainers = defineEndpoint({
  operationId: "listTrainers",
  tag: "Trainers",
  summary: "List trainers with their standing",
  description:
    "Everyone holding the trainer role, by name, with their standing now: computed from the Training of Trainers credential, trainings led or co-led, and recorded activity, by the hub's own requirement set.",
  response: { status: 200, description: "The trainers.", schema: TrainerList },
  async handle({ services, viewer }) {
    const { trainers } = await listTrainersWithStanding(services, viewer);
    return {
      body: {
        trainers: trainers.map((t) => ({
          id: t.userId,
          name: t.name,
          email: t.email,
          standing: standingBody(t.standing),
        })),
      },
    };
  },
});
