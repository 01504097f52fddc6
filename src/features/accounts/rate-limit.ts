// Counts attempts per key in PostgreSQL, so every app process shares one limit; throws rate_limited past it.
import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { secondsUntilWindowEnds, windowStart } from "#core/rate-window.ts";
import type { Config } from "#platform/config.ts";

/** Adds one to the key's count in the current window and answers the new count. */
export async function countHit(
  db: Executor,
  input: { key: string; windowSeconds: number; now: Date },
): Promise<number> {
  const start = windowStart(input.now, input.windowSeconds);
  const [row] = await queryRows<{ hits: number }>(
    db,
    sql`INSERT INTO rate_limit_bucket (key, window_start, hits) VALUES (${input.key}, ${start.toISOString()}::timestamptz, 1)
        ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_bucket.hits + 1
        RETURNING hits`,
  );
  return Number(row?.hits ?? 0);
}

export async function hitRateLimit(
  db: Executor,
  input: { key: string; limit: number; windowSeconds: number; now: Date },
): Promise<void> {
  if ((await countHit(db, input)) > input.limit) {
    const retryAfterSeconds = secondsUntilWindowEnds(input.now, input.windowSeconds);
    throw new AppError("rate_limited", { detail: "Too many attempts" }, { retryAfterSeconds });
  }
}

/**
 * Requests that send mail or create accounts (reset, magic link, sign-up, confirmation): limited per account (email)
 * and per client address. Password tries are counted by password-guard.ts instead: wrong ones only, across doors.
 */
export async function limitCredentialAttempts(
  db: Executor,
  config: Config,
  input: { action: "reset" | "magic-link" | "sign-up"; email: string; ip: string; now: Date },
): Promise<void> {
  if (!config.rateLimit.enabled) return;
  const { windowSeconds, signInPerAccount, signInPerIp } = config.rateLimit;
  const email = input.email.trim().toLowerCase();
  await hitRateLimit(db, { key: `${input.action}:ip:${input.ip}`, limit: signInPerIp, windowSeconds, now: input.now });
  if (email)
    await hitRateLimit(db, {
      key: `${input.action}:account:${email}`,
      limit: signInPerAccount,
      windowSeconds,
      now: input.now,
    });
}
