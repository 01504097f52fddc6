// Creates an account that waits for its email to be confirmed, in the person's language and time zone.
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { schema } from "#db/client.ts";
import type { Services } from "#platform/services.ts";
import type { Locale } from "#core/locale.ts";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "#core/passwords.ts";
import { isSupportedTimeZone } from "#core/time-zones.ts";
import { safeReturnPath } from "#core/safe-redirect.ts";
import { invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import { limitCredentialAttempts } from "./rate-limit.ts";
import { authErrorCode } from "./auth-responses.ts";
import { emailField, nameField, newPasswordField } from "./credential-fields.ts";

const signUpInput = z.object({ name: nameField, email: emailField, password: newPasswordField });

/**
 * Whether the address is new or already has an account, the caller sees the same result and the same delay:
 * better-auth answers a duplicate with a look-alike user, and the confirmation call below pads every answer.
 * A new account gets its confirmation mail; an existing unconfirmed one gets a fresh one; a confirmed one, none.
 */
export async function signUp(
  services: Services,
  input: {
    name: string;
    email: string;
    password: string;
    locale: Locale;
    timeZone: string;
    ip: string;
    /** Where the person was going (a training's registration): the confirmation link brings them back there. */
    next?: string;
  },
): Promise<void> {
  const { name, email, password } = parseInput(signUpInput, input);

  await limitCredentialAttempts(services.db, services.config, {
    action: "sign-up",
    email,
    ip: input.ip,
    now: services.now(),
  });

  let userId: string;
  try {
    const result = await services.auth.api.signUpEmail({ body: { name, email, password } });
    userId = result.user.id;
  } catch (error) {
    // better-auth checks again with the same limits (auth.ts), so these are a safety net.
    const code = authErrorCode(error);
    if (code === "INVALID_EMAIL") throw invalid([{ path: "email", message: problem("auth.errors.emailInvalid") }]);
    if (code === "PASSWORD_TOO_SHORT")
      throw invalid([
        { path: "password", message: problem("auth.errors.passwordTooShort"), values: { min: MIN_PASSWORD_LENGTH } },
      ]);
    if (code === "PASSWORD_TOO_LONG")
      throw invalid([
        { path: "password", message: problem("auth.errors.passwordTooLong"), values: { max: MAX_PASSWORD_LENGTH } },
      ]);
    throw error;
  }

  // Only a real, new, unconfirmed row matches; the look-alike user of a duplicate sign-up changes nothing.
  // The zone is one the profile page offers too, so saving the profile later never trips over it.
  await services.db
    .update(schema.user)
    .set({ locale: input.locale, timeZone: isSupportedTimeZone(input.timeZone) ? input.timeZone : undefined })
    .where(and(eq(schema.user.id, userId), eq(schema.user.emailVerified, false)));

  // Sent after the language is saved, so the mail arrives in it (auth.ts keeps sendOnSignUp off for this).
  const next = safeReturnPath(input.next, "");
  await services.auth.api.sendVerificationEmail({ body: { email, callbackURL: next || undefined } });
}
