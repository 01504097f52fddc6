// Every way a password is tried (the sign-in page, an API token request, a password change) goes through here, so
// one account has one count of wrong passwords and one address one count of wrong passwords, whatever the door.
// Only wrong passwords count: a try is counted before the password is checked (so a burst of parallel guesses is
// counted in full) and the count is cleared when the password proves right.
import { eq, sql } from "drizzle-orm";
import { queryRows, schema } from "#db/client.ts";
import { afterFailure, secondsToWait, type FailureRecord } from "#core/password-throttle.ts";
import { secondsUntilWindowEnds, windowStart } from "#core/rate-window.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { countHit } from "./rate-limit.ts";

type GuardServices = Pick<Services, "db" | "config" | "now">;

/** Runs `check` (true when the password was right) under the account's and the address's counts of wrong passwords. */
export async function guardPassword<T extends { passwordRight: boolean }>(
  services: GuardServices,
  input: { email: string; ip: string },
  check: () => Promise<T>,
): Promise<T> {
  if (!services.config.rateLimit.enabled) return check();
  const email = input.email.trim().toLowerCase();
  const now = services.now();
  await refuseBusyAddress(services, input.ip, now);
  await countTry(services, email, now);
  const outcome = await check();
  if (outcome.passwordRight) {
    await services.db.delete(schema.passwordFailure).where(eq(schema.passwordFailure.email, email));
  } else {
    await countAddressFailure(services, input.ip, now);
  }
  return outcome;
}

function rateLimited(retryAfterSeconds: number): AppError {
  return new AppError("rate_limited", { detail: "Too many attempts" }, { retryAfterSeconds });
}

/** Counts this try as wrong under the account's row lock, or refuses it while the account must wait. */
async function countTry(services: GuardServices, email: string, now: Date): Promise<void> {
  const free = services.config.rateLimit.signInPerAccount;
  await services.db.transaction(async (tx) => {
    await tx
      .insert(schema.passwordFailure)
      .values({ email, failures: 0, lastFailureAt: now, waitUntil: null })
      .onConflictDoNothing();
    const [row] = await tx
      .select()
      .from(schema.passwordFailure)
      .where(eq(schema.passwordFailure.email, email))
      .for("update");
    const record: FailureRecord | null = row && row.failures > 0 ? row : null;
    const wait = secondsToWait(record, now);
    if (wait !== null) throw rateLimited(wait);
    const next = afterFailure(record, now, free);
    await tx.update(schema.passwordFailure).set(next).where(eq(schema.passwordFailure.email, email));
  });
}

const addressKey = (ip: string) => `password:ip:${ip}`;

/** Many wrong passwords from one address, across accounts (password spraying), pause that address for the window. */
async function refuseBusyAddress(services: GuardServices, ip: string, now: Date): Promise<void> {
  const { windowSeconds, signInPerIp } = services.config.rateLimit;
  const [row] = await queryRows<{ hits: number }>(
    services.db,
    sql`SELECT hits FROM rate_limit_bucket WHERE key = ${addressKey(ip)} AND window_start = ${windowStart(now, windowSeconds).toISOString()}::timestamptz`,
  );
  if ((row?.hits ?? 0) >= signInPerIp) throw rateLimited(secondsUntilWindowEnds(now, windowSeconds));
}

async function countAddressFailure(services: GuardServices, ip: string, now: Date): Promise<void> {
  await countHit(services.db, { key: addressKey(ip), windowSeconds: services.config.rateLimit.windowSeconds, now });
}
