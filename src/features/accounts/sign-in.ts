// Signs a person in with email and password; the answer never tells an unknown email from a wrong password.
import { z } from "zod";
import type { Services } from "#platform/services.ts";
import { invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import { guardPassword } from "./password-guard.ts";
import { authErrorCode, cookiesFrom } from "./auth-responses.ts";
import { currentPasswordField, emailField } from "./credential-fields.ts";

const signInInput = z.object({ email: emailField, password: currentPasswordField });

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
  const { email, password } = parseInput(signInInput, input);
  const { result } = await guardPassword(services, { email, ip: input.ip }, async () => {
    try {
      const { headers } = await services.auth.api.signInEmail({
        body: { email, password, rememberMe: input.remember },
        headers: input.headers,
        returnHeaders: true,
      });
      return { passwordRight: true, result: { status: "signed-in", cookies: cookiesFrom(headers) } as SignInResult };
    } catch (error) {
      const code = authErrorCode(error);
      if (code === "EMAIL_NOT_VERIFIED")
        return { passwordRight: true, result: { status: "unconfirmed" } as SignInResult };
      if (code === "INVALID_EMAIL_OR_PASSWORD" || code === "PASSWORD_TOO_LONG")
        return { passwordRight: false, result: { status: "refused" } as SignInResult };
      if (code === "INVALID_EMAIL") throw invalid([{ path: "email", message: problem("auth.errors.emailInvalid") }]);
      throw error;
    }
  });
  return result;
}
