// What a person sends to register or apply: answers, pronouns, accommodations, price, a scholarship request and consent.
import { z } from "zod";
import { priceTierKinds } from "#core/catalog.ts";
import { optionalText, problem } from "#features/validation/parse-input.ts";

export const MAX_NEED_STATEMENT_LENGTH = 4000;

export const registrationInput = z.object({
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])).default({}),
  pronouns: optionalText(60, problem("registration.errors.pronounsTooLong")).optional(),
  accommodations: optionalText(2000, problem("registration.errors.accommodationsTooLong")).optional(),
  priceTier: z.enum(priceTierKinds, problem("registration.errors.tierNotOffered")).nullish(),
  amountCents: z.number(problem("registration.errors.amountRequired")).int(problem("registration.errors.amountRequired")).min(0).max(10_000_000).nullish(),
  /** Asking for a scholarship: a need statement in the person's words, seen only by admins. */
  scholarship: z
    .object({
      needStatement: z
        .string()
        .trim()
        .min(1, problem("registration.errors.needStatementMissing"))
        .max(MAX_NEED_STATEMENT_LENGTH, problem("registration.errors.needStatementTooLong")),
    })
    .nullish(),
  consent: z.literal(true, problem("registration.errors.consent")),
});
export type RegistrationInput = z.input<typeof registrationInput>;
