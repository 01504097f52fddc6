// The Set-Cookie value that remembers a language choice for a year, also after signing out.
import { serialize } from "cookie";
import { LANGUAGE_COOKIE, type Locale } from "#core/locale.ts";

export function languageCookie(locale: Locale, production: boolean): string {
  return serialize(LANGUAGE_COOKIE, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
    secure: production,
  });
}
