// Trades an email and password for a 30-day personal access token, without opening a browser session.
import { AppError } from "#platform/app-error.ts";
import { tokenExpiry } from "#core/tokens.ts";
import type { Services } from "#platform/services.ts";
import { guardPassword } from "#features/accounts/password-guard.ts";
import type { AuditActor } from "#features/audit/record-audit.ts";
import { createPersonalAccessToken } from "./personal-access-tokens.ts";

export const API_TOKEN_NAME = "API sign-in";
export const API_TOKEN_DAYS = 30;

/**
 * Checks the password the way better-auth's own sign-in does (same hash, same timing work when the account is
 * missing) but creates no session: an API client needs only the token.
 */
async function personWithPassword(services: Services, email: string, password: string) {
  const auth = await services.auth.$context;
  const found = await auth.internalAdapter.findUserByEmail(email.toLowerCase(), { includeAccounts: true });
  const credential = found?.accounts.find(
    (account) => account.providerId === "credential" && account.accountId === found.user.id,
  );
  if (!found || !credential?.password) {
    await auth.password.hash(password);
    return null;
  }
  return (await auth.password.verify({ hash: credential.password, password })) ? found.user : null;
}

export async function issueApiToken(
  services: Services,
  input: { email: string; password: string; ip: string; actor: AuditActor },
): Promise<{ token: string; expiresAt: Date }> {
  const now = services.now();
  // The same count of wrong passwords as the sign-in page: the API is not a second door with its own allowance.
  const { person } = await guardPassword(services, { email: input.email, ip: input.ip }, async () => {
    const found = await personWithPassword(services, input.email, input.password);
    return { passwordRight: found !== null, person: found };
  });
  if (!person) throw new AppError("unauthorized", { detail: "The email or password is not right." });
  if (!person.emailVerified) {
    throw new AppError("forbidden", {
      detail: "Confirm your email address first: follow the link we emailed you, then ask for a token again.",
    });
  }
  const expiresAt = tokenExpiry(API_TOKEN_DAYS, now)!;
  const issued = await createPersonalAccessToken(services.db, {
    userId: person.id,
    name: API_TOKEN_NAME,
    expiresAt,
    actor: { ...input.actor, userId: person.id },
  });
  return { token: issued.token, expiresAt };
}
