// Follows an email-confirmation link: confirms a new account (and signs it in) or completes an email change.
import type { Services } from "#platform/services.ts";
import { authErrorCode, cookiesFrom, setsSession } from "./auth-responses.ts";

export type VerifyEmailResult =
  /** A new account is confirmed; `signedIn` when the answer carries the new session. */
  | { status: "confirmed"; cookies: Headers; signedIn: boolean }
  /** The link was already used: nothing changed. */
  | { status: "already-confirmed" }
  | { status: "email-changed"; cookies: Headers }
  /** Too old, damaged, or for another account; `email` (read from the link, unverified) only pre-fills a resend form. */
  | { status: "expired" | "invalid"; email: string | null };

/** The address inside a confirmation link; the link is a signed token whose payload is only base64. */
function emailInToken(token: string): string | null {
  const payload = token.split(".")[1];
  if (!payload) return null;
  try {
    const value = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { email?: unknown };
    return typeof value.email === "string" && value.email.length <= 320 ? value.email : null;
  } catch {
    return null;
  }
}

export async function verifyEmail(
  services: Services,
  input: { token: string; headers: Headers },
): Promise<VerifyEmailResult> {
  if (!input.token) return { status: "invalid", email: null };
  try {
    const { headers, response } = await services.auth.api.verifyEmail({
      query: { token: input.token },
      headers: input.headers,
      returnHeaders: true,
    });
    const cookies = cookiesFrom(headers);
    // An email change answers with the updated person; a first confirmation answers with user: null.
    if (response && "user" in response && response.user) return { status: "email-changed", cookies };
    if (setsSession(cookies)) return { status: "confirmed", cookies, signedIn: true };
    return { status: "already-confirmed" };
  } catch (error) {
    const code = authErrorCode(error);
    if (code === "TOKEN_EXPIRED") return { status: "expired", email: emailInToken(input.token) };
    if (code === "INVALID_TOKEN" || code === "USER_NOT_FOUND" || code === "INVALID_USER")
      return { status: "invalid", email: null };
    throw error;
  }
}
