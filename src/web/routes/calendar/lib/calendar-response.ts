// How every calendar route answers: iCalendar text, never indexed, cached briefly or not at all.
export function calendarResponse(ics: string, options: { cache: "public" | "private"; fileName?: string }): Response {
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      // A feed is re-read by calendar programs every few hours; a private one must not sit in a shared cache.
      "Cache-Control": options.cache === "public" ? "public, max-age=300" : "private, no-store",
      "X-Robots-Tag": "noindex",
      ...(options.fileName ? { "Content-Disposition": `attachment; filename="${options.fileName}"` } : {}),
    },
  });
}
