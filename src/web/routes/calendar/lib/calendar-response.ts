// How every calendar route answers: iCalendar text, never indexed, cached briefly or not at all.
import { isLocale, type Locale } from "#core/locale.ts";

/**
 * The language a calendar is written in: the address's `?lang=es` when it has one, since a calendar program that
 * subscribes to a feed sends neither the hub's language cookie nor, often, the person's languages; otherwise the
 * request's own language (the signed-in person's choice, the cookie, the browser's languages, else the hub's default).
 */
export function feedLocale(request: Request, requestLocale: Locale): Locale {
  const asked = new URL(request.url).searchParams.get("lang");
  return isLocale(asked) ? asked : requestLocale;
}

export function calendarResponse(ics: string, options: { cache: "public" | "private"; fileName?: string }): Response {
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      // A feed is re-read by calendar programs every few hours; a private one must not sit in a shared cache.
      "Cache-Control": options.cache === "public" ? "public, max-age=300" : "private, no-store",
      // Without `?lang=` the words follow the visitor's language, so a shared cache must keep one copy per language.
      Vary: "Accept-Language, Cookie",
      "X-Robots-Tag": "noindex",
      ...(options.fileName ? { "Content-Disposition": `attachment; filename="${options.fileName}"` } : {}),
    },
  });
}
