// Starts an email change: better-auth mails a link to the new address, and the change happens when it is followed.
import { z } from "zod";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { emailAddress, invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import { hitRateLimit } from "./rate-limit.ts";
import { authErrorCode } from "./auth-responses.ts";

const changeInput = z.object({ newEmail: emailAddress(problem("account.email.errors.invalid")) });

/** Each request mails a stranger's address, so a person gets a few per hour. */
export const EMAIL_CHANGES_PER_HOUR = 5;

export async function requestEmailChange(
  services: Services,
  input: { userId: string; currentEmail: string; newEmail: string; headers: Headers },
  actor: AuditActor,
): Promise<void> {
  const { newEmail } = parseInput(changeInput, input);
  if (newEmail === input.currentEmail.toLowerCase())
    throw invalid([{ path: "newEmail", message: problem("account.email.errors.same") }]);
  if (services.config.rateLimit.enabled) {
    await hitRateLimit(services.db, {
      key: `email-change:user:${input.userId}`,
      limit: EMAIL_CHANGES_PER_HOUR,
      windowSeconds: 3600,
      now: services.now(),
    });
  }
  try {
    // An address someone else already uses gets no mail and the same answer, so nothing is revealed.
    await services.auth.api.changeEmail({ body: { newEmail }, headers: input.headers });
  } catch (error) {
    if (authErrorCode(error) === "INVALID_EMAIL" || authErrorCode(error) === "VALIDATION_ERROR") {
      throw invalid([{ path: "newEmail", message: problem("account.email.errors.invalid") }]);
    }
    throw error;
  }
  // The new address stays out of the log: it is not confirmed, and may not even be theirs.
  await recordAudit(services.db, actor, { action: "email.change.request", targetType: "user", targetId: input.userId });
}
