// Creates an account that waits for its email to be confirmed, in the person's language and time zone.
import { and, eq } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import type { Locale } from "#core/locale.ts";
import { limitCredentialAttempts } from "./rate-limit.ts";
import { authErrorCode } from "./auth-responses.ts";
import { MIN_PASSWORD_LENGTH } from "./create-account.ts";

export const MAX_PASSWORD_LENGTH = 200;
export const MAX_NAME_LENGTH = 120;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value.includes("/") || value === "UTC";
  } catch {
    return false;
  }
}

/**
 * Whether the address is new or already has an account, the caller sees the same result and the same delay:
 * better-auth answers a duplicate with a look-alike user, and the confirmation call below pads every answer.
 * A new account gets its confirmation mail; an existing unconfirmed one gets a fresh one; a confirmed one, none.
 */
export async function signUp(
  services: Services,
  input: { name: string; email: string; password: string; locale: Locale; timeZone: string; ip: string },
): Promise<void> {
  const name = input.name.trim();
  const email = input.email.trim().toLowerCase();
  const fields: { path: string; message: string }[] = [];
  if (!name) fields.push({ path: "name", message: "name_required" });
  if (name.length > MAX_NAME_LENGTH) fields.push({ path: "name", message: "name_too_long" });
  if (input.password.length < MIN_PASSWORD_LENGTH) fields.push({ path: "password", message: "password_too_short" });
  if (input.password.length > MAX_PASSWORD_LENGTH) fields.push({ path: "password", message: "password_too_long" });
  if (fields.length) throw new AppError("invalid", "Some fields need attention", { fields });

  await limitCredentialAttempts(services.db, services.config, { action: "sign-up", email, ip: input.ip, now: services.now() });

  let userId: string;
  try {
    const result = await services.auth.api.signUpEmail({ body: { name, email, password: input.password } });
    userId = result.user.id;
  } catch (error) {
    const code = authErrorCode(error);
    if (code === "INVALID_EMAIL") throw new AppError("invalid", "Enter a valid email address", { fields: [{ path: "email", message: "invalid_email" }] });
    if (code === "PASSWORD_TOO_SHORT") throw new AppError("invalid", "Password too short", { fields: [{ path: "password", message: "password_too_short" }] });
    if (code === "PASSWORD_TOO_LONG") throw new AppError("invalid", "Password too long", { fields: [{ path: "password", message: "password_too_long" }] });
    throw error;
  }

  // Only a real, new, unconfirmed row matches; the look-alike user of a duplicate sign-up changes nothing.
  await services.db
    .update(schema.user)
    .set({ locale: input.locale, timeZone: isTimeZone(input.timeZone) ? input.timeZone : undefined })
    .where(and(eq(schema.user.id, userId), eq(schema.user.emailVerified, false)));

  // Sent after the language is saved, so the mail arrives in it (auth.ts keeps sendOnSignUp off for this).
  await services.auth.api.sendVerificationEmail({ body: { email } });
}
