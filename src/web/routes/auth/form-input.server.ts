// What the sign-in, sign-up and recovery actions share: reading form fields, and turning errors into calm messages.
import type { z } from "zod";
import { isAppError } from "#platform/app-error.ts";
import type { MessageKey, Translate } from "#i18n/translate.ts";
import { MIN_PASSWORD_LENGTH } from "#features/accounts/create-account.ts";
import { MAX_NAME_LENGTH, MAX_PASSWORD_LENGTH } from "#features/accounts/sign-up.ts";

/** What a form page gets back from its action: translated messages and the values to show again (never a password). */
export type FormState = {
  errors?: Record<string, string>;
  formError?: string;
  values?: Record<string, string>;
};

export function formFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string" && !(name in fields)) fields[name] = value;
  return fields;
}

/** zod issues carry message keys; the first problem of each field is shown beside it. */
export function fieldErrors(error: z.ZodError, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= t(issue.message as MessageKey, { min: MIN_PASSWORD_LENGTH, max: field === "name" ? MAX_NAME_LENGTH : MAX_PASSWORD_LENGTH });
  }
  return errors;
}

const featureMessages: Record<string, MessageKey> = {
  invalid_email: "auth.errors.emailInvalid",
  name_required: "auth.errors.nameRequired",
  name_too_long: "auth.errors.nameTooLong",
  password_too_short: "auth.errors.passwordTooShort",
  password_too_long: "auth.errors.passwordTooLong",
};

/**
 * A use case's expected refusals as page state and HTTP status: too many attempts (429, with the minutes to wait)
 * or fields that need attention (400). Anything else is not ours to explain here and is thrown on.
 */
export function describeFailure(error: unknown, t: Translate): { state: FormState; status: number } {
  if (isAppError(error) && error.code === "rate_limited") {
    const minutes = Math.max(1, Math.ceil((error.details.retryAfterSeconds ?? 60) / 60));
    return { state: { formError: t("auth.errors.rateLimited", { minutes }) }, status: 429 };
  }
  if (isAppError(error) && error.code === "invalid" && error.details.fields?.length) {
    const errors: Record<string, string> = {};
    for (const field of error.details.fields) {
      const key = featureMessages[field.message];
      errors[field.path] ??= key ? t(key, { min: MIN_PASSWORD_LENGTH, max: field.path === "name" ? MAX_NAME_LENGTH : MAX_PASSWORD_LENGTH }) : field.message;
    }
    return { state: { errors }, status: 400 };
  }
  throw error;
}
