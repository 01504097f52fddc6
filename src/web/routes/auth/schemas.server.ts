// The fields the sign-in, sign-up and recovery forms share, validated the same way on every page.
import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "#features/accounts/create-account.ts";
import { MAX_NAME_LENGTH, MAX_PASSWORD_LENGTH } from "#features/accounts/sign-up.ts";

/** Messages are i18n keys; form-input.server.ts translates them. */
export const emailField = z.string().trim().min(1, "auth.errors.emailRequired").max(320, "auth.errors.emailInvalid").pipe(z.email("auth.errors.emailInvalid"));
export const currentPasswordField = z.string().min(1, "auth.errors.passwordRequired").max(MAX_PASSWORD_LENGTH, "auth.errors.passwordTooLong");
export const newPasswordField = z
  .string()
  .min(1, "auth.errors.passwordRequired")
  .min(MIN_PASSWORD_LENGTH, "auth.errors.passwordTooShort")
  .max(MAX_PASSWORD_LENGTH, "auth.errors.passwordTooLong");
export const nameField = z.string().trim().min(1, "auth.errors.nameRequired").max(MAX_NAME_LENGTH, "auth.errors.nameTooLong");
