// What a person sends to register or apply: answers, pronouns, accommodations, price, a scholarship request and consent.
import { z } from "zod";
import { priceTierKinds } from "#core/catalog.ts";
import type { FieldError } from "#platform/app-error.ts";
import { fieldErrorsOf, optionalText, problem } from "#features/validation/parse-input.ts";
import {
  MAX_ACCOMMODATIONS_LENGTH,
  MAX_NEED_STATEMENT_LENGTH,
  MAX_PRICE_CENTS,
  MAX_REGISTRATION_PRONOUNS_LENGTH,
} from "#core/limits.ts";

export const registrationInput = z.object({
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])).default({}),
  pronouns: optionalText(MAX_REGISTRATION_PRONOUNS_LENGTH, problem("registration.errors.pronounsTooLong")).optional(),
  accommodations: optionalText(
    MAX_ACCOMMODATIONS_LENGTH,
    problem("registration.errors.accommodationsTooLong"),
  ).optional(),
  priceTier: z.enum(priceTierKinds, problem("registration.errors.tierNotOffered")).nullish(),
  amountCents: z
    .number(problem("registration.errors.amountRequired"))
    .int(problem("registration.errors.amountRequired"))
    .min(0)
    .max(MAX_PRICE_CENTS)
    .nullish(),
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
export type ParsedRegistration = z.output<typeof registrationInput>;

/** The parts the course's and the session's own rules check; read leniently so those rules can speak even when the rest of the form has problems. */
const checkedParts = registrationInput.pick({ answers: true, priceTier: true, amountCents: true });

/**
 * Reads a request so every problem of the form is found in one go: the schema's complaints are kept, and the answers
 * and price are still handed on (empty where they could not be read) for the course's rules to check.
 */
export function readRegistration<Schema extends z.ZodType>(
  schema: Schema,
  request: unknown,
): {
  input: z.output<Schema> | null;
  parts: Pick<ParsedRegistration, "answers" | "priceTier" | "amountCents">;
  problems: FieldError[];
} {
  const parsed = schema.safeParse(request);
  // Every schema read here is the registration form or an extension of it, so a parsed form has these parts.
  if (parsed.success) return { input: parsed.data, parts: parsed.data as ParsedRegistration, problems: [] };
  const parts = checkedParts.safeParse(request);
  return { input: null, parts: parts.success ? parts.data : { answers: {} }, problems: fieldErrorsOf(parsed.error) };
}
