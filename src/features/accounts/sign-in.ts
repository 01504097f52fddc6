// Signs a person in with email and password; the answer never tells an unknown email from a wrong password.
import type { Services } from "#platform/services.ts";
import { AppError } from "#platform/app-error.ts";
import { limitCredentialAttempts } from "./rate-limit.ts";
import { authErrorCode, cookiesFrom } from "./auth-responses.ts";

export type SignInResult =
  | { status: "signed-in"; cookies: Headers }
  /** Unknown email, wrong password, or no password on the account: one answer for all three. */
  | { status: "refused" }
  /** The password was right, so it is safe to say the address still needs confirming. */
  | { status: "unconfirmed" };

export async function signIn(
  services: Services,
  input: { email: string; password: string; remember: boolean; ip: string; headers: Headers },
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  await limitCredentialAttempts(services.db, services.config, { action: "sign-in", email, ip: input.ip, now: services.now() });
  try {
    const { headers } = await services.auth.api.signInEmail({
      body: { email, password: input.password, rememberMe: input.remember },
      headers: input.headers,
      returnHeaders: true,
    });
    return { status: "signed-in", cookies: cookiesFrom(headers) };
  } catch (error) {
    const code = authErrorCode(error);
    if (code === "EMAIL_NOT_VERIFIED") return { status: "unconfirmed" };
    if (code === "INVALID_EMAIL_OR_PASSWORD" || code === "PASSWORD_TOO_LONG") return { status: "refused" };
    if (code === "INVALID_EMAIL") throw new AppError("invalid", "Enter a valid email address", { fields: [{ path: "email", message: "invalid_email" }] });
    throw error;
  }
}
