// Changes a password after checking the current one; every other session and every API token ends, this one gets a
// fresh cookie.
import { z } from "zod";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { revokeAllPersonalAccessTokens } from "#features/tokens/personal-access-tokens.ts";
import { invalid, parseInput, problem } from "#features/validation/parse-input.ts";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "#core/passwords.ts";
import { guardPassword } from "./password-guard.ts";
import { authErrorCode, cookiesFrom } from "./auth-responses.ts";

const passwordInput = z.object({
  currentPassword: z.string().min(1, problem("account.password.errors.currentMissing")),
  newPassword: z
    .string()
    .min(MIN_PASSWORD_LENGTH, problem("account.password.errors.tooShort"))
    .max(MAX_PASSWORD_LENGTH, problem("account.password.errors.tooLong")),
});

/**
 * Returns the Set-Cookie headers of the new session (the page must pass them on or the person is signed out) and how
 * many API tokens were signed out, so the page can tell them.
 */
export async function changePassword(
  services: Services,
  input: { userId: string; email: string; currentPassword: string; newPassword: string; headers: Headers; ip: string },
  actor: AuditActor,
): Promise<{ headers: Headers; tokensRevoked: number }> {
  const passwords = parseInput(passwordInput, input);
  if (passwords.currentPassword === passwords.newPassword) {
    throw invalid([{ path: "newPassword", message: problem("account.password.errors.same") }]);
  }
  // Checking the current password is a guess like any sign-in, so it counts in the same place.
  const changed = await guardPassword(services, { email: input.email, ip: input.ip }, async () => {
    try {
      const { headers } = await services.auth.api.changePassword({
        body: { ...passwords, revokeOtherSessions: true },
        headers: input.headers,
        returnHeaders: true,
      });
      return { passwordRight: true, headers };
    } catch (error) {
      const code = authErrorCode(error);
      if (code === "INVALID_PASSWORD") return { passwordRight: false, headers: null };
      // The current password was not the problem: the new one was, or there is none to change.
      if (code === "CREDENTIAL_ACCOUNT_NOT_FOUND")
        throw invalid([{ path: "currentPassword", message: problem("account.password.errors.noPassword") }]);
      if (code === "PASSWORD_TOO_SHORT") {
        throw invalid([
          {
            path: "newPassword",
            message: problem("account.password.errors.tooShort"),
            values: { min: MIN_PASSWORD_LENGTH },
          },
        ]);
      }
      if (code === "PASSWORD_TOO_LONG")
        throw invalid([{ path: "newPassword", message: problem("account.password.errors.tooLong") }]);
      throw error;
    }
  });
  if (!changed.headers)
    throw invalid([{ path: "currentPassword", message: problem("account.password.errors.currentWrong") }]);
  const headers = changed.headers;
  // better-auth commits the password in its own transaction; the tokens end right after it, with the audit row.
  const tokensRevoked = await services.db.transaction(async (tx) => {
    const count = await revokeAllPersonalAccessTokens(tx, {
      userId: input.userId,
      now: services.now(),
      actor,
      reason: "password.change",
    });
    await recordAudit(tx, actor, {
      action: "password.change",
      targetType: "user",
      targetId: input.userId,
      summary: { otherSessionsEnded: true, tokensRevoked: count },
    });
    return count;
  });
  return { headers: cookiesFrom(headers), tokensRevoked };
}
