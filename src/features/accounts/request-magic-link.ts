// Emails a one-time sign-in link to a confirmed account (auth.ts sends an unconfirmed one a confirmation instead).
import type { Services } from "#platform/services.ts";
import { safeReturnPath } from "#core/safe-redirect.ts";
import { parseInput } from "#features/validation/parse-input.ts";
import { limitCredentialAttempts } from "./rate-limit.ts";
import { emailOnlyInput } from "./credential-fields.ts";

/** Finishes the same way for every address, so the page cannot reveal who has an account. */
export async function requestMagicLink(
  services: Services,
  input: {
    email: string;
    ip: string;
    headers: Headers;
    /** Where the link brings the person after signing in. */ next?: string;
  },
): Promise<void> {
  const { email } = parseInput(emailOnlyInput, input);
  await limitCredentialAttempts(services.db, services.config, {
    action: "magic-link",
    email,
    ip: input.ip,
    now: services.now(),
  });
  const next = safeReturnPath(input.next, "");
  await services.auth.api.signInMagicLink({ body: { email, callbackURL: next || undefined }, headers: input.headers });
}
