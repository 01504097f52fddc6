// Checks a use case's input against its zod schema; every problem becomes one AppError("invalid") naming the field.
import { z } from "zod";
import { AppError, type FieldError, type MessageValues } from "#platform/app-error.ts";
import type { MessageKey } from "#i18n/translate.ts";
import { en } from "#i18n/messages/en.ts";
import { MAX_EMAIL_LENGTH, MAX_WEB_ADDRESS_LENGTH } from "#core/limits.ts";

/**
 * Field messages are message keys (pages translate them; the API may too). Schemas name them with `problem`,
 * so a typo in a key is a type error.
 */
export function problem(key: MessageKey): MessageKey {
  return key;
}

export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const nulls = nullCharacterErrors(input);
  if (nulls.length) throw invalid(nulls);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalid(fieldErrorsOf(result.error));
}

/** A schema's complaints as field errors, for a use case that has more checks to add before it answers. */
export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  return error.issues.map(issueAsFieldError);
}

/** One of a schema's complaints as a field error, with the limit it names. */
export function issueAsFieldError(issue: z.core.$ZodIssue): FieldError {
  return fieldErrorOf(issue.path.map(String).join("."), issue.message, limitOf(issue).values);
}

/**
 * A schema's message as a field error. Zod hands every message over as a string, so this is the one place that
 * tells them apart: a schema's own words are message keys (named with `problem`); zod's defaults (a value of the
 * wrong type) are plain English details.
 */
export function fieldErrorOf(path: string, message: string, values?: MessageValues): FieldError {
  return Object.hasOwn(en, message)
    ? { path, message: message as MessageKey, ...(values ? { values } : {}) }
    : { path, detail: message };
}

/** A length or size limit a message may name ("at least {min} characters"), taken from the schema that set it. */
function limitOf(issue: z.core.$ZodIssue): Pick<FieldError, "values"> {
  if (issue.code === "too_small") return { values: { min: Number(issue.minimum) } };
  if (issue.code === "too_big") return { values: { max: Number(issue.maximum) } };
  return {};
}

/** One AppError for these fields, keeping only the first problem per field. */
export function invalid(fields: FieldError[]): AppError {
  const seen = new Set<string>();
  const unique = fields.filter((field) => (seen.has(field.path) ? false : (seen.add(field.path), true)));
  return new AppError("invalid", { detail: "Some fields need attention" }, { fields: unique });
}

/** Optional text: trimmed, and an empty answer stored as null. */
export function optionalText(max: number, tooLong: MessageKey) {
  return z
    .string()
    .trim()
    .max(max, tooLong)
    .transform((value) => (value === "" ? null : value));
}

export function requiredText(max: number, missing: MessageKey, tooLong: MessageKey) {
  return z.string().trim().min(1, missing).max(max, tooLong);
}

const emailFormat = z.email();

/** The one test of what counts as an email address, for schemas and for checks written by hand. */
export function isEmailAddress(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && emailFormat.safeParse(value).success;
}

/** Trimmed and lower-cased; an empty answer is `missing` (when the form tells it apart), anything else unlike an address is `wrong`. */
export function emailAddress(wrong: MessageKey, missing: MessageKey = wrong) {
  return z.string().trim().toLowerCase().min(1, missing).refine(isEmailAddress, wrong);
}

/** A web address people can follow: http or https only (never javascript: or data:). */
export function webAddress(options: { httpsOnly: boolean; wrong: MessageKey }) {
  return z
    .string()
    .trim()
    .max(MAX_WEB_ADDRESS_LENGTH, options.wrong)
    .refine((value) => {
      if (value === "") return true;
      try {
        const url = new URL(value);
        return options.httpsOnly ? url.protocol === "https:" : url.protocol === "https:" || url.protocol === "http:";
      } catch {
        return false;
      }
    }, options.wrong)
    .transform((value) => (value === "" ? null : value));
}

/**
 * PostgreSQL can't store a NUL character in text, and no person types one: any string that carries one, at any depth
 * of the input, is a field error before it can reach a query (which would fail as a server error).
 */
export function nullCharacterErrors(input: unknown, path: string[] = [], depth = 0): FieldError[] {
  if (typeof input === "string")
    return input.includes("\u0000") ? [{ path: path.join("."), message: problem("forms.errors.nullCharacter") }] : [];
  if (input === null || typeof input !== "object" || depth > 20) return [];
  const entries = Array.isArray(input)
    ? input.map((value, index) => [String(index), value] as const)
    : Object.entries(input);
  return entries.flatMap(([key, value]) => [
    ...(key.includes("\u0000")
      ? [{ path: [...path, key].join("."), message: problem("forms.errors.nullCharacter") }]
      : []),
    ...nullCharacterErrors(value, [...path, key], depth + 1),
  ]);
}
