// Emails a link to choose a new password, if the address has an account; the answer is the same either way.
import type { Services } from "#platform/services.ts";
import { parseInput } from "#features/validation/parse-input.ts";
import { limitCredentialAttempts } from "./rate-limit.ts";
import { emailOnlyInput } from "./credential-fields.ts";

export async function requestPasswordReset(services: Services, input: { email: string; ip: string }): Promise<void> {
  const { email } = parseInput(emailOnlyInput, input);
  await limitCredentialAttempts(services.db, services.config, {
    action: "reset",
    email,
    ip: input.ip,
    now: services.now(),
  });
  // The mail only goes into the outbox here (delivery is a job), so a known address answers as fast as an unknown one.
  await services.auth.api.requestPasswordReset({ body: { email } });
}
