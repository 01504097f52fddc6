// GET /trainers/{id}/standing: one trainer's standing — their own, or anyone's for a hub admin.
import { readTrainerStanding } from "#features/trainers/list-trainers.ts";
import { defineEndpoint } from "../endpoint.ts";
import { UserIdParams } from "../schemas.ts";
import { Trainer, standingBody } from "../trainer-schemas.ts";

export const showTrainerStanding = defineEndpoint({
  operationId: "showTrainerStanding",
  tag: "Trainers",
  summary: "Show a trainer's standing",
  description:
    "Where one trainer stands, why, and what comes next. A trainer may read their own; hub admins anyone's. The permanent credential's date is given apart from the renewable standing.",
  request: { params: UserIdParams },
  response: { status: 200, description: "The trainer and their standing.", schema: Trainer },
  problems: { "not-found": "No trainer has this id, or it is another trainer's (only admins read others')." },
  async handle({ services, viewer, params }) {
    const trainer = await readTrainerStanding(services, viewer, params.id);
    return {
      body: { id: trainer.userId, name: trainer.name, email: trainer.email, standing: standingBody(trainer.standing) },
    };
  },
});
