// Reading better-auth's answers the same way everywhere: its error code, and the cookies a page must pass on.
import { isAPIError } from "better-auth/api";

/** better-auth's error code ("INVALID_EMAIL_OR_PASSWORD", "INVALID_TOKEN", …), or null for anything else. */
export function authErrorCode(error: unknown): string | null {
  if (!isAPIError(error)) return null;
  const code = (error.body as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : null;
}

/** The error better-auth throws as a redirect (302) carries its reason in the Location's `error` parameter. */
export function redirectErrorCode(error: unknown): string | null {
  if (!isAPIError(error) || error.statusCode !== 302) return null;
  const location = (error.headers as Headers | undefined)?.get?.("location");
  if (!location) return null;
  try {
    return new URL(location, "http://localhost").searchParams.get("error");
  } catch {
    return null;
  }
}

/** Only the Set-Cookie lines of a better-auth answer, ready for `redirect(url, { headers })`. */
export function cookiesFrom(headers: Headers | undefined | null): Headers {
  const out = new Headers();
  for (const cookie of headers?.getSetCookie() ?? []) out.append("Set-Cookie", cookie);
  return out;
}

/** True when the answer starts a session (not when it only clears one). */
export function setsSession(cookies: Headers): boolean {
  return cookies.getSetCookie().some((cookie) => /session_token=[^;]+/.test(cookie) && !/max-age=0/i.test(cookie));
}
