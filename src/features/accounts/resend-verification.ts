// Sends a fresh email-confirmation link to an address that has an unconfirmed account, and to no other.
import type { Services } from "#platform/services.ts";
import { safeReturnPath } from "#core/safe-redirect.ts";
import { parseInput } from "#features/validation/parse-input.ts";
import { limitCredentialAttempts } from "./rate-limit.ts";
import { emailOnlyInput } from "./credential-fields.ts";

/** The same answer, after the same minimum delay, whether or not the address has an account. */
export async function resendVerification(
  services: Services,
  input: {
    email: string;
    ip: string;
    /** Where the person was going: the new link brings them back there. */
    next?: string;
  },
): Promise<void> {
  const { email } = parseInput(emailOnlyInput, input);
  await limitCredentialAttempts(services.db, services.config, {
    action: "sign-up",
    email,
    ip: input.ip,
    now: services.now(),
  });
  // Without a session better-auth sends only to an unconfirmed account, and pads its answer to 500 ms.
  const next = safeReturnPath(input.next, "");
  await services.auth.api.sendVerificationEmail({ body: { email, callbackURL: next || undefined } });
}
