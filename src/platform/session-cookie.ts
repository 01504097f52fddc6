// The session token inside better-auth's signed session cookie, read without better-auth: the cookie holds
// `token.signature`, URL-encoded, where the signature is the base64 HMAC-SHA256 of the token under the auth secret
// (better-call's signCookieValue / getSignedCookie). See docs/decisions/0030-one-query-session-read.md; the
// session fast path test (tests/integration/session-fast-path.test.ts) fails if better-call changes this format.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Auth } from "./auth.ts";

/** What reading the cookie needs from better-auth: the cookie's full name (with its `__Secure-` prefix) and the secret. */
export type SessionCookieSettings = {
  sessionCookie: string;
  /** A cached copy of the session (better-auth's cookie cache, off here). */
  dataCookie: string;
  /** Set by a sign-in that asked not to be remembered: the session lasts a day and is never renewed. */
  dontRememberCookie: string;
  secret: string;
};

const settingsByAuth = new WeakMap<Auth, Promise<SessionCookieSettings>>();

/** better-auth's own names and secret, read once from its context, so both readers always agree. */
export function sessionCookieSettings(auth: Auth): Promise<SessionCookieSettings> {
  let settings = settingsByAuth.get(auth);
  if (!settings) {
    settings = auth.$context.then((context) => ({
      sessionCookie: context.authCookies.sessionToken.name,
      dataCookie: context.authCookies.sessionData.name,
      dontRememberCookie: context.authCookies.dontRememberToken.name,
      secret: context.secret,
    }));
    settingsByAuth.set(auth, settings);
  }
  return settings;
}

/** A cookie's value as better-call reads it: the first of that name, quotes taken off, URL-decoded. Null when absent. */
export function cookieValue(header: string, name: string): string | null {
  let index = 0;
  while (index < header.length) {
    const equals = header.indexOf("=", index);
    if (equals === -1) return null;
    let end = header.indexOf(";", index);
    if (end === -1) end = header.length;
    else if (end < equals) {
      index = end + 1;
      continue;
    }
    if (header.slice(index, equals).trim() === name) {
      let value = header.slice(equals + 1, end).trim();
      if (value.codePointAt(0) === 34) value = value.slice(1, -1);
      if (!value.includes("%")) return value;
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    }
    index = end + 1;
  }
  return null;
}

const BASE64_DIGEST = /^[A-Za-z0-9+/]{43}=$/;

/**
 * The token a signed cookie value carries when its signature is right; null when it is malformed or signed with
 * another secret (the caller then asks better-auth, which answers the same).
 */
export function verifiedToken(value: string, secret: string): string | null {
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  // A base64 SHA-256 digest: 44 characters ending in one "=".
  if (!BASE64_DIGEST.test(signature)) return null;
  const given = Buffer.from(signature, "base64");
  const expected = createHmac("sha256", secret).update(token).digest();
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return token;
}
