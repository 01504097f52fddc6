// The fields people type to sign up, sign in and recover an account, checked the same way by every use case that takes them.
import { MAX_CHOSEN_NAME_LENGTH } from "#core/names.ts";
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "#core/passwords.ts";
import { emailAddress, problem, requiredText } from "#features/validation/parse-input.ts";

export const emailField = emailAddress(problem("auth.errors.emailInvalid"), problem("auth.errors.emailRequired"));

export const currentPasswordField = z
  .string()
  .min(1, problem("auth.errors.passwordRequired"))
  .max(MAX_PASSWORD_LENGTH, problem("auth.errors.passwordTooLong"));

export const newPasswordField = z
  .string()
  .min(1, problem("auth.errors.passwordRequired"))
  .min(MIN_PASSWORD_LENGTH, problem("auth.errors.passwordTooShort"))
  .max(MAX_PASSWORD_LENGTH, problem("auth.errors.passwordTooLong"));

export const nameField = requiredText(
  MAX_CHOSEN_NAME_LENGTH,
  problem("auth.errors.nameRequired"),
  problem("auth.errors.nameTooLong"),
);

/** The requests that only need an address: a sign-in link, a reset link, a fresh confirmation link. */
export const emailOnlyInput = z.object({ email: emailField });
