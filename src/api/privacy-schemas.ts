// The privacy API's shapes: asking for one's own account to be deleted.
import { z } from "zod";
import "zod-openapi";
import { accountDeletionInput } from "#features/privacy/request-account-deletion.ts";

const fields = accountDeletionInput.shape;

export const AccountDeletionRequest = accountDeletionInput
  .extend({
    password: fields.password.meta({
      description:
        "Your password, to confirm it is you. Wrong guesses count toward the same limit as signing in, however you sign in.",
      examples: ["learning-together-42"],
    }),
    credentials: fields.credentials.meta({
      description:
        "What becomes of your credentials: `keep` — they stay verifiable under the name printed on them; `revoke` — they are revoked through the hub's status list, so verifying one says so.",
      examples: ["keep"],
    }),
  })
  .meta({ id: "AccountDeletionRequest", description: "Your confirmation and your choice for your credentials." });

export const AccountDeletion = z
  .object({
    id: z.string().meta({ description: "The request's id." }),
    status: z.literal("pending").meta({ description: "Always `pending`: a job carries it out within minutes." }),
    requestedAt: z.iso
      .datetime({ offset: true })
      .meta({ description: "When it was asked for, in UTC (RFC 3339).", examples: ["2026-03-14T17:00:00.000Z"] }),
  })
  .meta({ id: "AccountDeletion", description: "Your deletion request, accepted." });
