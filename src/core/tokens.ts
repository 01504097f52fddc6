// Personal access tokens over time: when a new one stops working, and where one stands (usable, past its date, revoked).
export type TokenStatus = "active" | "expired" | "revoked";

export function tokenStatus(token: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): TokenStatus {
  if (token.revokedAt) return "revoked";
  return token.expiresAt && token.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The end of a token that works for `days` from `now`; null (no end) when `days` is null. */
export function tokenExpiry(days: number | null, now: Date): Date | null {
  return days === null ? null : new Date(now.getTime() + days * DAY_MS);
}
